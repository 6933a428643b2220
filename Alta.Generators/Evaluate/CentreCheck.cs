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
            var locals = ConstantLocals(body);
            foreach (var operation in body.DescendantsAndSelf())
            {
                cancellation.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case ISimpleAssignmentOperation { Target: IFieldReferenceOperation target } assignment when Numerical(numerical, target) is { } written:
                        foreach (var constant in Constants(assignment.Value, locals))
                            Check(written, constant, diagnostics, stored => $"the write stores {Show(stored)}");
                        break;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                        var (variable, other) = Numerical(numerical, comparison.LeftOperand) is { } left ? (left, comparison.RightOperand)
                            : Numerical(numerical, comparison.RightOperand) is { } right ? (right, comparison.LeftOperand) : default;
                        if (variable.Variable is null || ConstantOf(other, locals) is not { } compared) continue;
                        bool equals = comparison.OperatorKind == BinaryOperatorKind.Equals;
                        Check(variable, compared, diagnostics, _ => $"'{comparison.Syntax}' is always {(equals ? "false" : "true")}");
                        break;
                    case IIsPatternOperation { Pattern: IConstantPatternOperation pattern } isPattern when Numerical(numerical, isPattern.Value) is { } tested
                        && ConstantOf(pattern.Value, locals) is { } value:
                        Check(tested, value, diagnostics, _ => $"'{isPattern.Syntax}' is always false");
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
    private static IEnumerable<(double Value, IOperation Site)> Constants(IOperation value, Dictionary<ILocalSymbol, IOperation> locals)
    {
        if (ConstantOf(value, locals) is { } constant) { yield return constant; yield break; }
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
                foreach (var inner in Constants(arm, locals)) yield return inner;
    }

    /// <summary>
    /// A numeric compile-time constant as the comparison or write sees it (after its conversions), with the site to
    /// report it at, or null. A local that is never written after its constant initializer counts as that constant,
    /// reported at the initializer (<c>var x = 0.3; R = x;</c> is the same mistake as <c>R = 0.3;</c>).
    /// </summary>
    private static (double Value, IOperation Site)? ConstantOf(IOperation operation, Dictionary<ILocalSymbol, IOperation> locals)
    {
        while (true)
        {
            if (operation.ConstantValue is { HasValue: true, Value: { } value and not bool and not string and not char })
                return (System.Convert.ToDouble(value, CultureInfo.InvariantCulture), operation);
            if (operation is IConversionOperation conversion) operation = conversion.Operand;
            else if (operation is ILocalReferenceOperation local && locals.TryGetValue(local.Local, out var initializer)) operation = initializer;
            else return null;
        }
    }

    /// <summary>
    /// The locals of a body that hold one value for their whole scope: declared with an initializer and never the
    /// target of a later write (assignment, compound assignment, increment, deconstruction, ref or out argument, or
    /// a ref taken to them). Anything else could hold another value where it is read, so it is not followed.
    /// </summary>
    private static Dictionary<ILocalSymbol, IOperation> ConstantLocals(IOperation body)
    {
        var initialized = new Dictionary<ILocalSymbol, IOperation>(SymbolEqualityComparer.Default);
        var written = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in body.DescendantsAndSelf())
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator when !declarator.Symbol.IsRef:
                    initialized[declarator.Symbol] = value;
                    break;
                case IAssignmentOperation assignment:
                    foreach (var target in assignment.Target.DescendantsAndSelf().OfType<ILocalReferenceOperation>()) written.Add(target.Local);
                    break;
                case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target }:
                    written.Add(target.Local);
                    break;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation target }:
                    written.Add(target.Local);
                    break;
                case IAddressOfOperation { Reference: ILocalReferenceOperation target }:
                    written.Add(target.Local);
                    break;
            }
        foreach (var local in written) initialized.Remove(local);
        return initialized;
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
