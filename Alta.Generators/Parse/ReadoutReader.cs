using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Diagnostics;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alta.Generators.Parse;

/// <summary>
/// Reads a linear read-out (docs/language.md, "`[Readout]` and `[Votes]`: a linear read-out"): the <c>[Readout]</c> output and its
/// <c>[Votes]</c> methods. Reports a read-out on anything but the categorical Output, an output without votes,
/// votes without a read-out, votes on a variable that cannot vote or with the wrong signature, and heads or
/// HaltWhen reading the read-out, and the MLP reading or writing it (it is computed from the state where the output is
/// read, so nothing inside a layer can see it, and nothing but the read-out sets it).
/// </summary>
internal static class ReadoutReader
{
    /// <summary>The valid <c>[Votes]</c> methods when the Output is a valid read-out; empty otherwise.</summary>
    public static EquatableArray<VotesMethod> Read(INamedTypeSymbol type, Compilation compilation, AttributeReader program, IReadOnlyList<ParsedVariable> variables,
        IReadOnlyList<Head> heads, IReadOnlyList<Selector> selectors, int output, int haltWhen, List<DiagnosticInfo> diagnostics)
    {
        var votes = type.GetMembers().OfType<IMethodSymbol>().Where(m => AttributeReader.Find(m, "VotesAttribute") is not null).ToList();
        var readouts = Enumerable.Range(0, variables.Count).Where(v => AttributeReader.Find(variables[v].Field, "ReadoutAttribute") is not null).ToList();
        bool valid = true;
        foreach (int v in readouts)
            valid &= CheckReadout(type, variables, v, output, diagnostics);
        if (readouts.Count == 0 || !readouts.Contains(output))
        {
            // Votes with nothing to vote for; a misplaced [Readout] has its own error already.
            if (readouts.Count == 0)
                foreach (var method in votes)
                    diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadVotes, method.Locations.FirstOrDefault(), method.Name,
                        $"votes for a read-out, but '{type.Name}' has none; mark its Output variable with [Readout]"));
            return EquatableArray<VotesMethod>.Empty;
        }
        if (!valid) return EquatableArray<VotesMethod>.Empty;

        var readout = variables[output];
        if (votes.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadReadout, readout.Location, readout.Variable.Name,
                $"has no [Votes] method; add 'static int M(T value, {readout.Field.Type.ToDisplayString()} label)' marked [Votes(nameof(Variable))] for each variable that votes"));
            valid = false;
        }
        valid &= CheckReaders(program, variables, heads, selectors, output, haltWhen, diagnostics);
        valid &= CheckMlp(type, compilation, readout.Field, diagnostics);

        var read = new List<VotesMethod>();
        foreach (var method in votes)
            if (ReadVotes(type, variables, output, method, diagnostics) is { } one) read.Add(one);
        return valid && read.Count == votes.Count ? read.ToEquatableArray() : EquatableArray<VotesMethod>.Empty;
    }

    private static bool CheckReadout(INamedTypeSymbol type, IReadOnlyList<ParsedVariable> variables, int index, int output, List<DiagnosticInfo> diagnostics)
    {
        var variable = variables[index].Variable;
        string? problem =
            variable.IsHead ? "is a head output; the read-out is the program's Output, an ordinary variable"
            : index != output ? $"is not the Output of '{type.Name}'{(output >= 0 ? $" ('{variables[output].Variable.Name}')" : "")}; only the Output can be a read-out"
            : variable.Kind != VariableKind.Categorical ? $"is {variable.Kind.ToString().ToLowerInvariant()}; a read-out chooses a label, so it must be a bool, enum or categorical int"
            : null;
        if (problem is null) return true;
        diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadReadout, variables[index].Location, variable.Name, problem));
        return false;
    }

    /// <summary>Heads and HaltWhen run inside a layer, where the read-out (a function of the final state) does not exist.</summary>
    private static bool CheckReaders(AttributeReader program, IReadOnlyList<ParsedVariable> variables, IReadOnlyList<Head> heads, IReadOnlyList<Selector> selectors,
        int output, int haltWhen, List<DiagnosticInfo> diagnostics)
    {
        var name = variables[output].Variable.Name;
        bool valid = true;
        foreach (var head in heads)
        {
            var selector = selectors[head.Selector];
            string? role = head.Value == output ? "Value" : selector.Query == output ? "Query" : selector.Key == output ? "Key" : null;
            if (role is null) continue;
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadReadout, variables[head.Output].Location, name,
                $"is the {role} of head '{head.Name}'; the read-out is computed from the state where the output is read, so no head can read it"));
            valid = false;
        }
        if (haltWhen == output)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadReadout, program.LocationOf("HaltWhen"), name,
                "is the HaltWhen variable; the read-out is computed from the state where the output is read, so it cannot decide halting"));
            valid = false;
        }
        return valid;
    }

    /// <summary>
    /// Every use of the read-out's field in the class: only instance code can name it, and the MLP (with the instance
    /// methods it calls) is the class's only instance code. A read would see a value that exists only after the layer;
    /// a write would be overwritten by the read-out.
    /// </summary>
    private static bool CheckMlp(INamedTypeSymbol type, Compilation compilation, IFieldSymbol field, List<DiagnosticInfo> diagnostics)
    {
        bool valid = true;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            SemanticModel? semantic = null;
            foreach (var name in reference.GetSyntax().DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != field.Name || name.FirstAncestorOrSelf<AttributeSyntax>() is not null || InsideNameOf(name)) continue;
                semantic ??= compilation.GetSemanticModel(reference.SyntaxTree);
                if (!SymbolEqualityComparer.Default.Equals(semantic.GetSymbolInfo(name).Symbol, field)) continue;
                bool write = IsWrite(name);
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.MlpUsesReadout, name.GetLocation(), write ? "writes" : "reads", field.Name,
                    write ? "the read-out computes it from the [Votes] of the other variables, so the MLP must not assign it"
                        : "it is computed from the state where the output is read, after the layer, so the MLP cannot see it; read the variables that vote instead"));
                valid = false;
            }
        }
        return valid;
    }

    private static bool InsideNameOf(SyntaxNode node) =>
        node.Ancestors().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });

    /// <summary>Whether the name is assigned (<c>=</c>, compound, <c>++</c>, <c>--</c>, <c>ref</c>/<c>out</c>), directly or as <c>this.X</c>.</summary>
    private static bool IsWrite(IdentifierNameSyntax name)
    {
        SyntaxNode target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        return target.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == target,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => target.Parent.IsKind(SyntaxKind.PreIncrementExpression) || target.Parent.IsKind(SyntaxKind.PreDecrementExpression)
                || target.Parent.IsKind(SyntaxKind.PostIncrementExpression) || target.Parent.IsKind(SyntaxKind.PostDecrementExpression),
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            _ => false,
        };
    }

    private static VotesMethod? ReadVotes(INamedTypeSymbol type, IReadOnlyList<ParsedVariable> variables, int output, IMethodSymbol method, List<DiagnosticInfo> diagnostics)
    {
        var attribute = AttributeReader.Find(method, "VotesAttribute")!;
        var name = attribute.Constructor.Length > 0 ? attribute.Constructor[0].Value as string : null;
        int index = name is null ? -1 : VariableReader.IndexOf(variables, name);
        string? problem =
            name is null ? "names no variable; write [Votes(nameof(Variable))]"
            : index < 0 ? $"names '{name}', which is not a variable of '{type.Name}'"
            : index == output ? $"names the read-out '{name}' itself; votes come from the other variables"
            : variables[index].Variable.IsHead ? $"names the head output '{name}', which is null whenever the output is read; vote on the variable the MLP copies it into"
            : variables[index].Variable.Kind != VariableKind.Categorical ? $"names the {variables[index].Variable.Kind.ToString().ToLowerInvariant()} variable '{name}'; only categorical variables (bool, enum, categorical int) vote"
            : null;
        if (problem is not null)
        {
            if (!(index < 0 && name is not null && VariableReader.WasRejected(type, name))) // else its own error stands alone
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadVotes, attribute.ConstructorLocation(), method.Name, problem));
            return null;
        }

        var valueType = variables[index].Field.Type;
        var labelType = variables[output].Field.Type;
        bool? nullable = SignatureOf(method, valueType, labelType);
        if (nullable is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadVotes, method.Locations.FirstOrDefault(), method.Name,
                $"must be 'static int {method.Name}({valueType.ToDisplayString()} value, {labelType.ToDisplayString()} label)' (the value may be nullable)"));
            return null;
        }
        return new VotesMethod(method.Name, index, nullable.Value);
    }

    /// <summary>Whether the method takes the value as <c>T?</c> (true), as <c>T</c> (false), or does not fit (null).</summary>
    private static bool? SignatureOf(IMethodSymbol method, ITypeSymbol valueType, ITypeSymbol labelType)
    {
        if (!method.IsStatic || method.IsGenericMethod || method.ReturnType.SpecialType != SpecialType.System_Int32 || method.Parameters.Length != 2
            || method.Parameters.Any(p => p.RefKind != RefKind.None)
            || !SymbolEqualityComparer.Default.Equals(method.Parameters[1].Type, labelType))
            return null;
        var first = method.Parameters[0].Type;
        if (SymbolEqualityComparer.Default.Equals(first, valueType)) return false;
        return TypeClassifier.UnderlyingOfNullable(first) is { } underlying && SymbolEqualityComparer.Default.Equals(underlying, valueType) ? true : null;
    }
}
