using Alta.Generators.Evaluate.Diagrams;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate.Operations;

internal sealed partial class SymbolicExecutor
{
    /// <summary>Whether <paramref name="value"/> matches the pattern (a boolean diagram); declares the pattern's locals.</summary>
    private int Match(IPatternOperation pattern, int value, ITypeSymbol? inputType)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                return Equal(value, Evaluate(constant.Value), inputType);
            case IRelationalPatternOperation relational:
                return Compare(relational.OperatorKind, value, Evaluate(relational.Value), inputType, pattern);
            case IBinaryPatternOperation binary:
                var left = Match(binary.LeftPattern, value, inputType);
                var right = Match(binary.RightPattern, value, inputType);
                return binary.OperatorKind == BinaryOperatorKind.Or ? D.Or(left, right) : D.And(left, right);
            case INegatedPatternOperation negated:
                return D.Not(Match(negated.Pattern, value, inputType));
            case IDiscardPatternOperation:
                return D.Apply(value, static v => v.IsError ? v : Value.True);
            case IDeclarationPatternOperation declaration:
                var matches = declaration.MatchesNull
                    ? D.Apply(value, static v => v.IsError ? v : Value.True)
                    : D.Apply(value, static v => v.IsError ? v : Value.Bool(!v.IsNull));
                if (declaration.DeclaredSymbol is ILocalSymbol local) AssignLocal(local, value);
                return matches;
            case ITypePatternOperation:
                return D.Apply(value, static v => v.IsError ? v : Value.Bool(!v.IsNull));
            case IRecursivePatternOperation recursive when recursive.DeconstructionSubpatterns.IsEmpty && recursive.PropertySubpatterns.IsEmpty:
                if (recursive.DeclaredSymbol is ILocalSymbol declared) AssignLocal(declared, value);
                return D.Apply(value, static v => v.IsError ? v : Value.Bool(!v.IsNull));
            default:
                throw NotSupported(pattern, pattern.Syntax.ToString(), "patterns may be constants, relational, and/or/not, 'is T v' and 'is null'");
        }
    }

    private int Equal(int value, int constant, ITypeSymbol? inputType)
    {
        var type = ScalarTypes.Of(inputType);
        var failure = new Failure(EvaluationDiagnostics.Overflow, "comparison", null);
        return D.Apply(value, constant, (v, c) =>
        {
            if (v.IsError) return v;
            if (c.IsError) return c;
            if (c.IsNull || v.IsNull) return Value.Bool(c.IsNull == v.IsNull);
            var compareType = type == ScalarType.Other ? (c.Kind == ValueKind.Real ? ScalarType.Double : ScalarType.Int64) : type;
            if (compareType.IsIntegral() && c.Kind == ValueKind.Real) compareType = ScalarType.Double;
            return Arithmetic.Binary(BinaryOperatorKind.Equals, v, c, compareType, false, failure);
        });
    }

    private int Compare(BinaryOperatorKind kind, int value, int bound, ITypeSymbol? inputType, IOperation site)
    {
        var type = ScalarTypes.Of(inputType);
        if (!type.IsNumeric())
            throw NotSupported(site, site.Syntax.ToString(), "relational patterns compare numbers");
        var failure = new Failure(EvaluationDiagnostics.Overflow, "comparison", null);
        return D.Apply(value, bound, (v, c) =>
        {
            if (v.IsError) return v;
            if (c.IsError) return c;
            if (v.IsNull || c.IsNull) return Value.False;
            var compareType = c.Kind == ValueKind.Real || v.Kind == ValueKind.Real ? ScalarType.Double : ScalarType.Int64;
            return Arithmetic.Binary(kind, v, c, compareType, false, failure);
        });
    }
}
