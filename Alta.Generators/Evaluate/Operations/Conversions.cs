using System;
using Alta.Generators.Evaluate.Diagrams;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>C# conversions between the build-time types: numeric (wrapping or saturating as .NET does),
/// enums, bool, float rounding, and into/out of <c>Nullable&lt;T&gt;</c>.</summary>
internal static class Conversions
{
    /// <param name="nullFailure">What unwrapping a null (an explicit <c>(int)x</c> of an <c>int?</c>) fails with.</param>
    /// <param name="overflow">What a checked conversion that does not fit fails with.</param>
    public static Value Convert(Value value, ITypeSymbol? target, bool isChecked, Failure nullFailure, Failure overflow)
    {
        if (value.IsError || target is null) return value;
        bool toNullable = ScalarTypes.IsNullable(target);
        if (value.IsNull) return toNullable || target.IsReferenceType ? value : Value.Error(nullFailure);
        var type = ScalarTypes.Of(target);
        switch (type)
        {
            case ScalarType.Bool:
            case ScalarType.IndexSet:
            case ScalarType.Array:
            case ScalarType.Other:
                return value;
            case ScalarType.Double:
                return Value.Double(value.Number);
            case ScalarType.Float:
                return Value.Double((float)value.Number);
            default:
                if (value.Kind == ValueKind.Int)
                {
                    if (isChecked && !ScalarTypes.Fits(value.Integer, type)) return Value.Error(overflow);
                    return Value.Int(ScalarTypes.Wrap(value.Integer, type));
                }
                return FromReal(value.Number, type, isChecked, overflow);
        }
    }

    /// <summary>double to integer: truncation toward zero; out of range saturates and NaN gives 0 (.NET 9 and later).</summary>
    private static Value FromReal(double number, ScalarType type, bool isChecked, Failure overflow)
    {
        double truncated = Math.Truncate(number);
        var (min, max) = Bounds(type);
        if (double.IsNaN(number) || truncated < min || truncated > max)
        {
            if (isChecked) return Value.Error(overflow);
            return Value.Int(double.IsNaN(number) ? 0 : truncated < min ? (long)min : (long)max);
        }
        return Value.Int((long)truncated);
    }

    private static (double Min, double Max) Bounds(ScalarType type) => type switch
    {
        ScalarType.SByte => (sbyte.MinValue, sbyte.MaxValue),
        ScalarType.Byte => (byte.MinValue, byte.MaxValue),
        ScalarType.Int16 => (short.MinValue, short.MaxValue),
        ScalarType.UInt16 or ScalarType.Char => (ushort.MinValue, ushort.MaxValue),
        ScalarType.Int32 => (int.MinValue, int.MaxValue),
        ScalarType.UInt32 => (uint.MinValue, uint.MaxValue),
        ScalarType.UInt64 => (0, long.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };

    /// <summary>The default value of a type (<c>default(T)</c>, an unassigned local).</summary>
    public static Value Default(ITypeSymbol? type)
    {
        if (type is null || ScalarTypes.IsNullable(type) || type.IsReferenceType) return Value.Null;
        return ScalarTypes.Of(type) switch
        {
            ScalarType.Bool => Value.False,
            ScalarType.Float or ScalarType.Double => Value.Double(0),
            ScalarType.IndexSet => Value.OfSet(default),
            ScalarType.Other => Value.Null,
            _ => Value.Int(0),
        };
    }

    /// <summary>A compile-time constant (literal, const field, enum member, nameof) as a value of <paramref name="type"/>.</summary>
    public static Value FromConstant(object? constant, ITypeSymbol? type)
    {
        switch (constant)
        {
            case null: return Value.Null;
            case bool b: return Value.Bool(b);
            case double d: return Value.Double(d);
            case float f: return Value.Double(f);
            case decimal: return Value.Null;
            case string: return Value.Null;
            case char c: return Value.Int(c);
            case ulong u: return Value.Int(unchecked((long)u));
            default:
                var number = System.Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture);
                var scalar = ScalarTypes.Of(type);
                return scalar.IsReal() ? Value.Double(number) : Value.Int(number);
        }
    }
}
