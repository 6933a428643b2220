using System.Collections.Generic;
using Alta.Generators.Evaluate.Diagrams;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate.Operations;

internal sealed partial class SymbolicExecutor
{
    /// <summary>Evaluates an expression on the paths of <see cref="Alive"/>; errors stay in the leaves until consumed.</summary>
    public int Evaluate(IOperation expression)
    {
        if (expression.ConstantValue.HasValue && expression is not IAssignmentOperation)
            return D.Constant(Conversions.FromConstant(expression.ConstantValue.Value, expression.Type));
        switch (expression)
        {
            case ILocalReferenceOperation local:
                return Local(local.Local, expression);
            case IParameterReferenceOperation parameter:
                return Local(parameter.Parameter, expression);
            case IFieldReferenceOperation field:
                return ReadField(field);
            case IConversionOperation conversion:
                return Convert(conversion);
            case IBinaryOperation binary:
                return Binary(binary);
            case IUnaryOperation unary:
                return Unary(unary);
            case IConditionalOperation conditional:
                return Conditional(conditional);
            case ICoalesceOperation coalesce:
                return Coalesce(coalesce);
            case IIsPatternOperation isPattern:
                return Match(isPattern.Pattern, Evaluate(isPattern.Value), isPattern.Value.Type);
            case ISwitchExpressionOperation switchExpression:
                return SwitchExpression(switchExpression);
            case IInvocationOperation invocation:
                return Invoke(invocation);
            case IPropertyReferenceOperation property:
                return Property(property);
            case ISimpleAssignmentOperation assignment:
                return Assign(assignment.Target, Consume(Evaluate(assignment.Value)));
            case ICompoundAssignmentOperation compound:
                return CompoundAssign(compound);
            case ICoalesceAssignmentOperation coalesceAssignment:
                return CoalesceAssign(coalesceAssignment);
            case IIncrementOrDecrementOperation increment:
                return Increment(increment);
            case IArrayCreationOperation creation:
                return CreateArray(creation);
            case IArrayElementReferenceOperation element:
                return ReadElement(element);
            case IDefaultValueOperation:
                return D.Constant(Conversions.Default(expression.Type));
            case IThrowOperation:
                return D.Constant(Value.Error(new Failure(null, "it throws", expression.Syntax.GetLocation())));
            case IObjectCreationOperation creation when ScalarTypes.Of(creation.Type) == ScalarType.IndexSet && creation.Arguments.Length == 0 && creation.Initializer is null:
                return D.Constant(Value.OfSet(default));
            case IObjectCreationOperation creation:
                throw NotSupported(expression, "new " + creation.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), "an ALTA program allocates nothing but arrays in initialisers and providers");
            case IInterpolatedStringOperation:
                throw NotSupported(expression, "string interpolation", "strings are not values of an ALTA program");
            case IAnonymousFunctionOperation:
            case IDelegateCreationOperation:
                throw NotSupported(expression, "lambda", "delegates cannot be evaluated at build time");
            case IInstanceReferenceOperation:
                throw NotSupported(expression, "this", "use the class's fields and methods directly");
            case ITupleOperation:
            case IDeconstructionAssignmentOperation:
                throw NotSupported(expression, "tuple", "use separate variables");
            case IConditionalAccessOperation:
                throw NotSupported(expression, "?.", "use 'is null', HasValue or '??'");
            default:
                throw NotSupported(expression, StatementName(expression), "the build-time subset is listed in docs/language.md, \"What the MLP may contain\"");
        }
    }

    private int Local(ISymbol symbol, IOperation site)
    {
        if (_frame.Locals.TryGetValue(symbol, out var value)) return value;
        if (Rejected.Count > 0) return D.Constant(Value.Null); // declared by a rejected statement
        throw NotSupported(site, symbol.Name, "the variable is not in scope here");
    }

    private int ReadField(IFieldReferenceOperation reference)
    {
        var field = reference.Field;
        if (field.IsStatic && field.IsReadOnly) return StaticTable(field, reference);
        if (field.IsStatic || reference.Instance is not IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
            throw NotSupported(reference, Display(field), field.IsStatic
                ? "static fields other than constants and static readonly tables are not evaluated at build time; use a const or a variable"
                : "only the program's own variables can be read");
        if (_fields?.Read(field, reference) is { } value) return value;
        throw NotSupported(reference, Display(field), _fields is null
            ? "initialisers, providers and predicates are static: they cannot read variables"
            : "it is not a variable of the program");
    }

    private int Convert(IConversionOperation conversion)
    {
        var operand = Evaluate(conversion.Operand);
        var info = conversion.Conversion;
        if (info.IsUserDefined || conversion.Type is { IsReferenceType: true } and not IArrayTypeSymbol || conversion.Operand.Type is { IsReferenceType: true } and not IArrayTypeSymbol && conversion.Operand.ConstantValue is not { HasValue: true, Value: null })
        {
            throw NotSupported(conversion, $"conversion to '{conversion.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'",
                "only numeric, enum, bool and nullable conversions are supported");
        }
        var target = conversion.Type;
        bool isChecked = conversion.IsChecked;
        var nullFailure = NullValueFailure(conversion.Operand, conversion);
        var overflow = FailureAt(conversion, EvaluationDiagnostics.ConversionOverflow, () => conversion.Syntax.ToString());
        return D.Apply(operand, v => Conversions.Convert(v, target, isChecked, nullFailure, overflow));
    }

    private Failure NullValueFailure(IOperation nullable, IOperation site) =>
        FailureAt(site, EvaluationDiagnostics.NullValue, () => nullable.Syntax.ToString());

    private int Binary(IBinaryOperation binary)
    {
        var kind = binary.OperatorKind;
        if (binary.OperatorMethod is { } method && ScalarTypes.Of(method.ContainingType) != ScalarType.IndexSet)
            throw NotSupported(binary, $"operator {kind} of '{method.ContainingType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'", "user-defined operators are not supported");
        var left = Evaluate(binary.LeftOperand);
        if (kind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr)
        {
            bool isAnd = kind == BinaryOperatorKind.ConditionalAnd;
            var takeRight = D.Test(left, v => v.Kind == ValueKind.Bool && v.AsBool == isAnd);
            var right = Narrowed(takeRight, () => Evaluate(binary.RightOperand), left);
            return D.Apply(left, right, (l, r) => l.IsError ? l : l.AsBool == isAnd ? r : l);
        }
        var rightValue = Evaluate(binary.RightOperand);
        var type = ScalarTypes.Of(binary.LeftOperand.Type);
        if (type == ScalarType.Other) type = ScalarTypes.Of(binary.RightOperand.Type);
        if (kind is BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift)
            type = ScalarTypes.Of(binary.Type);
        if (type is ScalarType.Other or ScalarType.Array)
            throw NotSupported(binary, $"operator {kind} on '{binary.LeftOperand.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'", "operators work on bool, integers, doubles, enums and IndexSet equality");
        bool isChecked = binary.IsChecked;
        var failure = FailureAt(binary, kind is BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder
            ? EvaluationDiagnostics.DivisionByZero : EvaluationDiagnostics.Overflow, () => binary.Syntax.ToString());
        return D.Apply(left, rightValue, (a, b) => Arithmetic.Binary(kind, a, b, type, isChecked, failure));
    }

    private int Unary(IUnaryOperation unary)
    {
        if (unary.OperatorMethod is not null)
            throw NotSupported(unary, "user-defined operator", "user-defined operators are not supported");
        var operand = Evaluate(unary.Operand);
        var kind = unary.OperatorKind;
        if (kind is UnaryOperatorKind.True or UnaryOperatorKind.False or UnaryOperatorKind.Hat)
            throw NotSupported(unary, unary.Syntax.ToString(), "this operator is not supported");
        var type = ScalarTypes.Of(unary.Type);
        var failure = FailureAt(unary, EvaluationDiagnostics.Overflow, () => unary.Syntax.ToString());
        bool isChecked = unary.IsChecked;
        return D.Apply(operand, v => Arithmetic.Unary(kind, v, type, isChecked, failure));
    }

    private int Conditional(IConditionalOperation conditional)
    {
        var condition = Evaluate(conditional.Condition);
        if (condition == D.True) return Evaluate(conditional.WhenTrue);
        if (condition == D.False) return Evaluate(conditional.WhenFalse!);
        var isTrue = D.Test(condition, static v => v.Kind == ValueKind.Bool && v.AsBool);
        var isFalse = D.Test(condition, static v => v.Kind == ValueKind.Bool && !v.AsBool);
        var error = D.Constant(Value.Null);
        var whenTrue = Narrowed(isTrue, () => Evaluate(conditional.WhenTrue), error);
        var whenFalse = Narrowed(isFalse, () => Evaluate(conditional.WhenFalse!), error);
        return D.Ite(condition, whenTrue, whenFalse);
    }

    private int Coalesce(ICoalesceOperation coalesce)
    {
        var value = Evaluate(coalesce.Value);
        var isNull = D.Test(value, static v => v.IsNull);
        if (isNull == D.False) return ConvertTo(value, coalesce.Type);
        var fallback = Narrowed(isNull, () => Evaluate(coalesce.WhenNull), D.Constant(Value.Null));
        return D.Ite(isNull, fallback, ConvertTo(value, coalesce.Type));
    }

    private int ConvertTo(int value, ITypeSymbol? type)
    {
        var failure = new Failure(EvaluationDiagnostics.ConversionOverflow, "conversion", null);
        return D.Apply(value, v => v.IsNull ? v : Conversions.Convert(v, type, false, failure, failure));
    }

    private int SwitchExpression(ISwitchExpressionOperation switchExpression)
    {
        var value = Evaluate(switchExpression.Value);
        var entry = Alive;
        var remaining = D.Test(value, static v => !v.IsError);
        var arms = new List<(int Match, int Value)>();
        foreach (var arm in switchExpression.Arms)
        {
            Alive = D.And(D.And(entry, remaining), D.Not(Faulted));
            if (Alive == D.False) break;
            var match = Match(arm.Pattern, value, switchExpression.Value.Type);
            if (arm.Guard is { } guard) match = D.And(match, Narrowed(match, () => Consume(Evaluate(guard)), D.False));
            var result = Narrowed(match, () => Evaluate(arm.Value), D.Constant(Value.Null));
            arms.Add((D.And(match, remaining), result));
            remaining = D.And(remaining, D.Not(match));
        }
        Alive = D.And(entry, D.Not(Faulted));
        // No arm matched: C# throws SwitchExpressionException, which marks the path impossible.
        int combined = D.Apply(value, v => v.IsError ? v : Value.Error(new Failure(null, "no arm matched", switchExpression.Syntax.GetLocation())));
        for (int i = arms.Count - 1; i >= 0; i--) combined = D.Ite(arms[i].Match, arms[i].Value, combined);
        return combined;
    }

    private int Assign(IOperation target, int value)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                AssignLocal(local.Local, value);
                return value;
            case IParameterReferenceOperation parameter:
                AssignLocal(parameter.Parameter, value);
                return value;
            case IFieldReferenceOperation field:
                if (_fields is null || field.Field.IsStatic || field.Instance is not IInstanceReferenceOperation)
                    throw NotSupported(target, Display(field.Field), "only the program's own variables can be written, and only by the MLP");
                var old = ReadField(field);
                _fields.Write(field.Field, Alive == D.True ? value : D.Ite(Alive, value, old), target);
                return value;
            case IArrayElementReferenceOperation element:
                return AssignElement(element, value);
            default:
                throw NotSupported(target, target.Syntax.ToString(), "only locals, parameters, variables and array elements can be assigned");
        }
    }

    private int CompoundAssign(ICompoundAssignmentOperation compound)
    {
        if (compound.OperatorMethod is not null)
            throw NotSupported(compound, "user-defined operator", "user-defined operators are not supported");
        var current = Evaluate(compound.Target);
        var operand = Evaluate(compound.Value);
        var kind = compound.OperatorKind;
        var type = ScalarTypes.Of(compound.Target.Type);
        var operandType = kind is BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift
            ? ScalarTypes.Promote(type, ScalarType.Int32)
            : ScalarTypes.Promote(type, ScalarTypes.Of(compound.Value.Type));
        if (type == ScalarType.Bool) operandType = ScalarType.Bool;
        var target = compound.Target.Type;
        bool isChecked = compound.IsChecked;
        var failure = FailureAt(compound, kind is BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder
            ? EvaluationDiagnostics.DivisionByZero : EvaluationDiagnostics.Overflow, () => compound.Syntax.ToString());
        var result = D.Apply(current, operand, (a, b) =>
            Conversions.Convert(Arithmetic.Binary(kind, a, b, operandType, isChecked, failure), target, isChecked, failure, failure));
        return Assign(compound.Target, Consume(result));
    }

    private int CoalesceAssign(ICoalesceAssignmentOperation assignment)
    {
        var current = Evaluate(assignment.Target);
        var isNull = D.Test(current, static v => v.IsNull);
        if (isNull == D.False) return current;
        var fallback = Narrowed(isNull, () => Consume(Evaluate(assignment.Value)), current);
        return Assign(assignment.Target, D.Ite(isNull, fallback, current));
    }

    private int Increment(IIncrementOrDecrementOperation increment)
    {
        if (increment.OperatorMethod is not null)
            throw NotSupported(increment, "user-defined operator", "user-defined operators are not supported");
        var current = Consume(Evaluate(increment.Target));
        var type = ScalarTypes.Of(increment.Target.Type);
        var kind = increment.Kind == OperationKind.Increment ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
        var failure = FailureAt(increment, EvaluationDiagnostics.Overflow, () => increment.Syntax.ToString());
        bool isChecked = increment.IsChecked;
        var one = type.IsReal() ? Value.Double(1) : Value.Int(1);
        var updated = Consume(D.Apply(current, v => Arithmetic.Binary(kind, v, one, type, isChecked, failure)));
        Assign(increment.Target, updated);
        return increment.IsPostfix ? current : updated;
    }
}
