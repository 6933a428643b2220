using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Alta.Generators.Diagnostics;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Evaluate.Operations;
using Alta.Generators.Shared;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Alta.Generators.Evaluate;

/// <summary>
/// ALTA048: a numerical variable only ever holds one of its bucket centres, so a constant that is not a centre
/// is snapped when written (<c>R = 0.3</c> stores the nearest centre) and never equals the variable when compared
/// (<c>R == 0.3</c> is always false). Both are legal C#, and both are almost always a forgotten centre, so the
/// generator warns at the constant, naming the centres around it. Ordered comparisons (<c>R &lt; 0.3</c>) are
/// thresholds between centres and stay silent.
/// </summary>
internal static class CentreCheck
{
    public static void Report(ProgramSpec model, Domain[] domains, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        var numerical = new Dictionary<string, (Variable Variable, Domain Domain)>();
        for (int v = 0; v < model.Variables.Count; v++)
            if (model.Variables[v].Kind == VariableKind.Numerical && domains[v].Centres.Count > 0)
                numerical[model.Variables[v].Name] = (model.Variables[v], domains[v]);
        if (numerical.Count == 0) return;
        // Only instance code reads or writes variables: the MLP, the methods and properties it calls.
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
        {
            if (method.IsStatic || method.DeclaringSyntaxReferences.Length == 0 || method.MethodKind is not (MethodKind.Ordinary or MethodKind.PropertyGet)) continue;
            var body = MethodBodies.For(compilation).Get(method, cancellation);
            if (body is null) continue;
            foreach (var operation in body.DescendantsAndSelf())
            {
                cancellation.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case ISimpleAssignmentOperation { Target: IFieldReferenceOperation target } assignment when Numerical(numerical, target) is { } written:
                        foreach (var constant in Constants(assignment.Value))
                            Check(written, constant, diagnostics, stored => $"the write stores {Show(stored)}");
                        break;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                        var (variable, other) = Numerical(numerical, comparison.LeftOperand) is { } left ? (left, comparison.RightOperand)
                            : Numerical(numerical, comparison.RightOperand) is { } right ? (right, comparison.LeftOperand) : default;
                        if (variable.Variable is null || ConstantOf(other) is not { } compared) continue;
                        bool equals = comparison.OperatorKind == BinaryOperatorKind.Equals;
                        Check(variable, (compared, other), diagnostics, _ => $"'{comparison.Syntax}' is always {(equals ? "false" : "true")}");
                        break;
                    case IIsPatternOperation { Pattern: IConstantPatternOperation pattern } isPattern when Numerical(numerical, isPattern.Value) is { } tested
                        && ConstantOf(pattern.Value) is { } value:
                        Check(tested, (value, pattern.Value), diagnostics, _ => $"'{isPattern.Syntax}' is always false");
                        break;
                }
            }
        }
    }

    private static (Variable Variable, Domain Domain)? Numerical(Dictionary<string, (Variable, Domain)> numerical, IOperation operation)
    {
        while (operation is IConversionOperation conversion) operation = conversion.Operand;
        return operation is IFieldReferenceOperation { Field.IsStatic: false } field && numerical.TryGetValue(field.Field.Name, out var found) ? found : null;
    }

    /// <summary>The constants an assigned expression may produce: itself, or the arms of <c>?:</c>, <c>??</c> and <c>switch</c>.</summary>
    private static IEnumerable<(double Value, IOperation Site)> Constants(IOperation value)
    {
        if (ConstantOf(value) is { } constant) { yield return (constant, value); yield break; }
        var arms = value switch
        {
            IConditionalOperation conditional => [conditional.WhenTrue, conditional.WhenFalse!],
            ICoalesceOperation coalesce => [coalesce.WhenNull],
            ISwitchExpressionOperation @switch => @switch.Arms.Select(a => a.Value).ToArray(),
            IConversionOperation conversion => [conversion.Operand],
            _ => System.Array.Empty<IOperation>(),
        };
        foreach (var arm in arms)
            if (arm is not null)
                foreach (var inner in Constants(arm)) yield return inner;
    }

    /// <summary>A numeric compile-time constant as the comparison or write sees it (after its conversions), or null.</summary>
    private static double? ConstantOf(IOperation operation)
    {
        while (true)
        {
            if (operation.ConstantValue is { HasValue: true, Value: { } value and not bool and not string and not char })
                return System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (operation is IConversionOperation conversion) operation = conversion.Operand;
            else return null;
        }
    }

    private static void Check((Variable Variable, Domain Domain) target, (double Value, IOperation Site) constant, List<DiagnosticInfo> diagnostics, System.Func<double, string> consequence)
    {
        var centres = target.Domain.Centres.AsSpan();
        // What the C# code sees a centre as (a float variable holds float centres).
        bool isFloat = target.Variable.Type == Spec.ValueType.Float;
        double Seen(double centre) => isFloat ? (float)centre : centre;
        double x = isFloat && (float)constant.Value == constant.Value ? (float)constant.Value : constant.Value;
        if (double.IsNaN(x)) return;
        for (int i = 0; i < centres.Length; i++)
            if (Seen(centres[i]) == x) return;
        int stored = Buckets.Of(centres, x);
        var below = centres.ToArray().Where(c => Seen(c) < x).DefaultIfEmpty(double.NaN).Max();
        var above = centres.ToArray().Where(c => Seen(c) > x).DefaultIfEmpty(double.NaN).Min();
        var nearest = new[] { below, above }.Where(c => !double.IsNaN(c)).Select(c => Show(Seen(c))).ToArray();
        var around = nearest.Length == 2 ? $"the nearest centres are {nearest[0]} and {nearest[1]}" : $"the nearest centre is {nearest[0]}";
        diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.NotACentre, constant.Site.Syntax.GetLocation(),
            Show(constant.Value), target.Variable.Name, consequence(Seen(centres[stored])), around));
    }

    private static string Show(double value) => VariableValues.Display(Value.Double(value));
}
