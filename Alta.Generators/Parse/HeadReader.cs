using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Parse;

/// <summary>Reads every <c>[Attend]</c> field into a <see cref="Head"/>, completes its output variable, and shares selectors.</summary>
internal static class HeadReader
{
    public static List<Head> Read(INamedTypeSymbol type, Compilation compilation, List<ParsedVariable> variables, int maxLength, List<DiagnosticInfo> diagnostics, out List<Selector> selectors)
    {
        var heads = new List<Head>();
        selectors = new List<Selector>();
        for (int output = 0; output < variables.Count; output++)
        {
            if (!variables[output].Variable.IsHead) continue;
            var head = ReadHead(type, compilation, variables, output, maxLength, diagnostics);
            if (head is null) continue;
            var (kind, value, selector) = head.Value;
            var prefer = PreferenceReader.Read(variables[output], maxLength, diagnostics);
            if (prefer is null) continue;
            selector = selector with { Prefer = prefer.Value };
            int index = selectors.IndexOf(selector);
            if (index < 0)
            {
                index = selectors.Count;
                selectors.Add(selector);
            }
            heads.Add(new Head(variables[output].Variable.Name, kind, output, value, index));
        }
        return heads;
    }

    /// <summary>The head's kind, value variable (-1 for a count) and selector, or null after reporting a problem.</summary>
    private static (HeadKind Kind, int Value, Selector Selector)? ReadHead(INamedTypeSymbol type, Compilation compilation, List<ParsedVariable> variables, int output, int maxLength, List<DiagnosticInfo> diagnostics)
    {
        var parsed = variables[output];
        var name = parsed.Variable.Name;
        var attend = AttributeReader.Find(parsed.Field, "AttendAttribute")!;
        string? valueName = attend.String("Value"), queryName = attend.String("Query"), keyName = attend.String("Key"), where = attend.MethodName("Where", compilation);

        int value = -1;
        HeadKind kind = HeadKind.Count;
        if (attend.Int("Aggregate", 0) is var aggregate and not 0)
        {
            if (aggregate != 1) return Fail(diagnostics, attend.LocationOf("Aggregate"), name, $"has Aggregate = {aggregate}, which is not an Aggregation");
            if (valueName is not null)
                return Fail(diagnostics, attend.LocationOf("Value"), name, "counts the selected positions (Aggregate = Count), so it reads no Value; remove it");
            if (!CountReader.CompleteOutput(parsed, maxLength, attend, diagnostics)) return null;
        }
        else
        {
            if (valueName is null) return Fail(diagnostics, attend.Location, name, "needs Value = nameof(...) naming the variable it reads");
            value = Resolve(type, variables, attend, "Value", valueName, name, diagnostics);
            if (value < 0) return null;
            if (KindOf(variables[value].Variable.Kind) is not { } valueKind)
                return Fail(diagnostics, attend.LocationOf("Value"), name, $"reads the set variable '{valueName}'; heads read categorical or numerical variables");
            kind = valueKind;
            if (!CompleteOutput(parsed, variables[value], diagnostics)) return null;
        }

        var offsets = OffsetReader.Read(type, compilation, attend, name, maxLength, diagnostics);
        if (offsets is null) return null;

        if ((queryName is null) != (keyName is null))
            return Fail(diagnostics, attend.LocationOf(queryName is null ? "Key" : "Query"), name, "gives only one of Query and Key; give both or neither");
        if (queryName is null)
        {
            if (where is not null) return Fail(diagnostics, attend.LocationOf("Where"), name, "has Where but no Query and Key for it to compare");
            return (kind, value, new Selector(-1, -1, offsets.Value, null));
        }

        int query = Resolve(type, variables, attend, "Query", queryName, name, diagnostics);
        int key = Resolve(type, variables, attend, "Key", keyName!, name, diagnostics);
        if (query < 0 || key < 0) return null;
        var queryVariable = variables[query].Variable;
        var keyVariable = variables[key].Variable;
        if (keyVariable.Kind != VariableKind.Categorical)
            return Mismatch(diagnostics, attend.LocationOf("Key"), name, $"the key '{keyName}' must be categorical (bool, enum or int)");
        if (queryVariable.Kind == VariableKind.Numerical)
            return Mismatch(diagnostics, attend.LocationOf("Query"), name, $"the query '{queryName}' is numerical; a query must be categorical or a set");

        if (where is not null)
        {
            var queryType = variables[query].Field.Type;
            if (!MethodChecks.Has(type, where, compilation.GetSpecialType(SpecialType.System_Boolean), queryType, variables[key].Field.Type))
            {
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadMethod, attend.LocationOf("Where"), $"Where of head '{name}'", where, type.Name,
                    $"static bool {where}({queryType.ToDisplayString()} query, {variables[key].Field.Type.ToDisplayString()} key)"));
                return null;
            }
        }
        else if (queryVariable.Kind == VariableKind.Set ? queryVariable.Range != keyVariable.Range
                 : queryVariable.Range != keyVariable.Range || queryVariable.TypeName != keyVariable.TypeName)
        {
            return Mismatch(diagnostics, attend.LocationOf("Key"), name,
                $"the query '{queryName}' ({Describe(queryVariable)}) and the key '{keyName}' ({Describe(keyVariable)}) must have the same type and range, or the head needs a Where predicate");
        }
        return (kind, value, new Selector(query, key, offsets.Value, where));
    }

    /// <summary>How a head combines the values of the variable it reads; null for sets, which no head can average.</summary>
    private static HeadKind? KindOf(VariableKind value) => value switch
    {
        VariableKind.Categorical => HeadKind.Categorical,
        VariableKind.Numerical => HeadKind.Numerical,
        VariableKind.Set => null,
    };

    /// <summary>Gives the head output the value variable's kind and range (or its own numerical buckets) and checks its type.</summary>
    private static bool CompleteOutput(ParsedVariable head, ParsedVariable value, List<DiagnosticInfo> diagnostics)
    {
        var expected = value.Field.Type;
        var actual = TypeClassifier.UnderlyingOfNullable(head.Field.Type);
        if (actual is null || !SymbolEqualityComparer.Default.Equals(actual, expected))
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.HeadTypeMismatch, head.Location, head.Variable.Name, head.Field.Type.ToDisplayString(),
                value.Variable.Name, expected.ToDisplayString() + "?"));
            return false;
        }
        var own = head.Variable;
        var source = value.Variable;
        bool ownBuckets = own.Kind == VariableKind.Numerical && (own.Centres.Count > 0 || own.CentresFrom is not null);
        head.Variable = own with
        {
            Kind = source.Kind,
            Type = source.Type,
            TypeName = source.TypeName,
            Range = ownBuckets ? own.Range : source.Range,
            Centres = ownBuckets ? own.Centres : source.Centres,
            CentresFrom = ownBuckets ? own.CentresFrom : source.CentresFrom,
            ValueNames = source.ValueNames,
        };
        return true;
    }

    private static int Resolve(INamedTypeSymbol type, List<ParsedVariable> variables, AttributeReader attend, string property, string name, string head, List<DiagnosticInfo> diagnostics)
    {
        int index = VariableReader.IndexOf(variables, name);
        if (index < 0 && VariableReader.WasRejected(type, name)) return -1; // already reported where it is declared
        if (index < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.UnknownVariable, attend.LocationOf(property), property, name, type.Name));
            return -1;
        }
        if (variables[index].Variable.IsHead)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHead, attend.LocationOf(property), head,
                $"uses the head output '{name}' as its {property.ToLowerInvariant()}; heads read ordinary variables (head outputs are null during attention)"));
            return -1;
        }
        return index;
    }

    private static string Describe(Variable variable) =>
        variable.Kind == VariableKind.Set ? $"a set over 0..{variable.Range - 1}" : $"{variable.TypeName.Replace("global::", "")} with range {variable.Range}";

    private static (HeadKind, int, Selector)? Fail(List<DiagnosticInfo> diagnostics, Location? location, string head, string problem)
    {
        diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHead, location, head, problem));
        return null;
    }

    private static (HeadKind, int, Selector)? Mismatch(List<DiagnosticInfo> diagnostics, Location? location, string head, string problem)
    {
        diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.QueryKeyMismatch, location, head, problem));
        return null;
    }
}
