using System;
using Alta.Generators.Evaluate.Diagrams;
using Microsoft.CodeAnalysis.Operations;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>C#'s operators on concrete values (the leaves), with C# semantics: wrapping integers,
/// IEEE doubles, float rounding, lifted nullable operators and three-valued <c>bool?</c> logic.</summary>
internal static class Arithmetic
{
    /// <param name="type">The operator's operand type (after C#'s promotions).</param>
    /// <param name="failure">What a division by zero or a checked overflow fails with.</param>
    public static Value Binary(BinaryOperatorKind kind, Value a, Value b, ScalarType type, bool isChecked, Failure failure)
    {
        if (a.IsError) return a;
        if (b.IsError) return b;
        if (a.IsNull || b.IsNull) return Lifted(kind, a, b);
        if (type == ScalarType.Bool) return Logic(kind, a.AsBool, b.AsBool);
        if (type == ScalarType.IndexSet)
            return kind switch
            {
                BinaryOperatorKind.Equals => Value.Bool(a.Set.Equals(b.Set)),
                BinaryOperatorKind.NotEquals => Value.Bool(!a.Set.Equals(b.Set)),
                _ => throw new InvalidOperationException("IndexSet operator " + kind),
            };
        if (type.IsReal()) return Real(kind, a.Number, b.Number, type);
        return Integer(kind, a.Integer, b.Integer, type, isChecked, failure);
    }

    public static Value Unary(UnaryOperatorKind kind, Value a, ScalarType type, bool isChecked, Failure failure)
    {
        if (a.IsError || a.IsNull) return a;
        switch (kind)
        {
            case UnaryOperatorKind.Not: return Value.Bool(!a.AsBool);
            case UnaryOperatorKind.Plus: return a;
            case UnaryOperatorKind.Minus:
                if (type.IsReal()) return Round(-a.Number, type);
                if (isChecked && !ScalarTypes.Fits(-a.Integer, type)) return Value.Error(failure);
                return Value.Int(ScalarTypes.Wrap(-a.Integer, type));
            case UnaryOperatorKind.BitwiseNegation: return Value.Int(ScalarTypes.Wrap(~a.Integer, type));
            default: throw new InvalidOperationException("unary operator " + kind);
        }
    }

    /// <summary>Rounds to float where the static type is float, so float programs see float results.</summary>
    public static Value Round(double value, ScalarType type) => Value.Double(type == ScalarType.Float ? (float)value : value);

    private static Value Lifted(BinaryOperatorKind kind, Value a, Value b)
    {
        bool bothNull = a.IsNull && b.IsNull;
        switch (kind)
        {
            case BinaryOperatorKind.Equals: return Value.Bool(bothNull);
            case BinaryOperatorKind.NotEquals: return Value.Bool(!bothNull);
            case BinaryOperatorKind.LessThan:
            case BinaryOperatorKind.LessThanOrEqual:
            case BinaryOperatorKind.GreaterThan:
            case BinaryOperatorKind.GreaterThanOrEqual: return Value.False;
            // bool? logic: false & null = false, true | null = true, otherwise null.
            case BinaryOperatorKind.And:
                return a.Kind == ValueKind.Bool && !a.AsBool || b.Kind == ValueKind.Bool && !b.AsBool ? Value.False : Value.Null;
            case BinaryOperatorKind.Or:
                return a.Kind == ValueKind.Bool && a.AsBool || b.Kind == ValueKind.Bool && b.AsBool ? Value.True : Value.Null;
            default: return Value.Null;
        }
    }

    private static Value Logic(BinaryOperatorKind kind, bool a, bool b) => kind switch
    {
        BinaryOperatorKind.And or BinaryOperatorKind.ConditionalAnd => Value.Bool(a & b),
        BinaryOperatorKind.Or or BinaryOperatorKind.ConditionalOr => Value.Bool(a | b),
        BinaryOperatorKind.ExclusiveOr or BinaryOperatorKind.NotEquals => Value.Bool(a ^ b),
        BinaryOperatorKind.Equals => Value.Bool(a == b),
        _ => throw new InvalidOperationException("bool operator " + kind),
    };

    private static Value Real(BinaryOperatorKind kind, double a, double b, ScalarType type) => kind switch
    {
        BinaryOperatorKind.Add => Round(a + b, type),
        BinaryOperatorKind.Subtract => Round(a - b, type),
        BinaryOperatorKind.Multiply => Round(a * b, type),
        BinaryOperatorKind.Divide => Round(a / b, type),
        BinaryOperatorKind.Remainder => Round(a % b, type),
        BinaryOperatorKind.Equals => Value.Bool(a == b),
        BinaryOperatorKind.NotEquals => Value.Bool(a != b),
        BinaryOperatorKind.LessThan => Value.Bool(a < b),
        BinaryOperatorKind.LessThanOrEqual => Value.Bool(a <= b),
        BinaryOperatorKind.GreaterThan => Value.Bool(a > b),
        BinaryOperatorKind.GreaterThanOrEqual => Value.Bool(a >= b),
        _ => throw new InvalidOperationException("double operator " + kind),
    };

    private static Value Integer(BinaryOperatorKind kind, long a, long b, ScalarType type, bool isChecked, Failure failure)
    {
        bool unsigned = type is ScalarType.UInt32 or ScalarType.UInt64;
        long result;
        switch (kind)
        {
            case BinaryOperatorKind.Add: result = unchecked(a + b); break;
            case BinaryOperatorKind.Subtract: result = unchecked(a - b); break;
            case BinaryOperatorKind.Multiply: result = unchecked(a * b); break;
            case BinaryOperatorKind.Divide:
            case BinaryOperatorKind.Remainder:
                if (b == 0) return Value.Error(failure);
                if (unsigned && type == ScalarType.UInt64)
                    result = unchecked((long)(kind == BinaryOperatorKind.Divide ? (ulong)a / (ulong)b : (ulong)a % (ulong)b));
                else if (b == -1) result = kind == BinaryOperatorKind.Divide ? unchecked(-a) : 0;
                else result = kind == BinaryOperatorKind.Divide ? a / b : a % b;
                break;
            case BinaryOperatorKind.And: result = a & b; break;
            case BinaryOperatorKind.Or: result = a | b; break;
            case BinaryOperatorKind.ExclusiveOr: result = a ^ b; break;
            case BinaryOperatorKind.LeftShift: result = a << (int)(b & Mask(type)); break;
            case BinaryOperatorKind.RightShift:
                result = unsigned ? (long)((ulong)a >> (int)(b & Mask(type))) : a >> (int)(b & Mask(type));
                break;
            case BinaryOperatorKind.UnsignedRightShift:
                result = type is ScalarType.Int64 or ScalarType.UInt64
                    ? (long)((ulong)a >> (int)(b & 63))
                    : (uint)a >> (int)(b & 31);
                break;
            case BinaryOperatorKind.Equals: return Value.Bool(a == b);
            case BinaryOperatorKind.NotEquals: return Value.Bool(a != b);
            case BinaryOperatorKind.LessThan: return Value.Bool(unsigned && type == ScalarType.UInt64 ? (ulong)a < (ulong)b : a < b);
            case BinaryOperatorKind.LessThanOrEqual: return Value.Bool(unsigned && type == ScalarType.UInt64 ? (ulong)a <= (ulong)b : a <= b);
            case BinaryOperatorKind.GreaterThan: return Value.Bool(unsigned && type == ScalarType.UInt64 ? (ulong)a > (ulong)b : a > b);
            case BinaryOperatorKind.GreaterThanOrEqual: return Value.Bool(unsigned && type == ScalarType.UInt64 ? (ulong)a >= (ulong)b : a >= b);
            default: throw new InvalidOperationException("integer operator " + kind);
        }
        if (isChecked && kind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply
            && !ScalarTypes.Fits(result, type) | Overflowed(kind, a, b))
            return Value.Error(failure);
        return Value.Int(ScalarTypes.Wrap(result, type));
    }

    private static bool Overflowed(BinaryOperatorKind kind, long a, long b)
    {
        try
        {
            _ = kind switch
            {
                BinaryOperatorKind.Add => checked(a + b),
                BinaryOperatorKind.Subtract => checked(a - b),
                _ => checked(a * b),
            };
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }

    private static int Mask(ScalarType type) => type is ScalarType.Int64 or ScalarType.UInt64 ? 63 : 31;
}
