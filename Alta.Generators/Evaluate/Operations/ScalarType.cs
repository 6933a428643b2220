using Microsoft.CodeAnalysis;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>The build-time view of a C# type: which arithmetic it uses and how integers wrap.</summary>
internal enum ScalarType
{
    Other,
    Bool,
    SByte,
    Byte,
    Int16,
    UInt16,
    Char,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float,
    Double,
    IndexSet,
    Array,
}

internal static class ScalarTypes
{
    /// <summary>The scalar type of <paramref name="type"/>, seeing through <c>Nullable&lt;T&gt;</c> and enums.</summary>
    public static ScalarType Of(ITypeSymbol? type)
    {
        if (type is null) return ScalarType.Other;
        if (IsNullable(type, out var inner)) type = inner!;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying }) type = underlying;
        if (type is IArrayTypeSymbol) return ScalarType.Array;
        if (type.Name == "IndexSet" && type.ContainingNamespace?.ToDisplayString() == "Alta") return ScalarType.IndexSet;
        return type.SpecialType switch
        {
            SpecialType.System_Boolean => ScalarType.Bool,
            SpecialType.System_SByte => ScalarType.SByte,
            SpecialType.System_Byte => ScalarType.Byte,
            SpecialType.System_Int16 => ScalarType.Int16,
            SpecialType.System_UInt16 => ScalarType.UInt16,
            SpecialType.System_Char => ScalarType.Char,
            SpecialType.System_Int32 => ScalarType.Int32,
            SpecialType.System_UInt32 => ScalarType.UInt32,
            SpecialType.System_Int64 => ScalarType.Int64,
            SpecialType.System_UInt64 => ScalarType.UInt64,
            SpecialType.System_Single => ScalarType.Float,
            SpecialType.System_Double => ScalarType.Double,
            _ => ScalarType.Other,
        };
    }

    public static bool IsNullable(ITypeSymbol? type, out ITypeSymbol? inner)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } named)
        {
            inner = named.TypeArguments[0];
            return true;
        }
        inner = null;
        return false;
    }

    public static bool IsNullable(ITypeSymbol? type) => IsNullable(type, out _);

    public static bool IsIntegral(this ScalarType type) => type is >= ScalarType.SByte and <= ScalarType.UInt64;

    public static bool IsReal(this ScalarType type) => type is ScalarType.Float or ScalarType.Double;

    public static bool IsNumeric(this ScalarType type) => type.IsIntegral() || type.IsReal();

    /// <summary>Wraps an integer to the width of <paramref name="type"/>, as unchecked C# does.</summary>
    public static long Wrap(long value, ScalarType type) => unchecked(type switch
    {
        ScalarType.SByte => (sbyte)value,
        ScalarType.Byte => (byte)value,
        ScalarType.Int16 => (short)value,
        ScalarType.UInt16 or ScalarType.Char => (ushort)value,
        ScalarType.Int32 => (int)value,
        ScalarType.UInt32 => (uint)value,
        _ => value,
    });

    /// <summary>Whether <paramref name="value"/> fits <paramref name="type"/> (for checked arithmetic).</summary>
    public static bool Fits(long value, ScalarType type) => Wrap(value, type) == value;

    /// <summary>The type C#'s binary numeric promotion gives two operands.</summary>
    public static ScalarType Promote(ScalarType a, ScalarType b)
    {
        if (a == ScalarType.Double || b == ScalarType.Double) return ScalarType.Double;
        if (a == ScalarType.Float || b == ScalarType.Float) return ScalarType.Float;
        if (a == ScalarType.UInt64 || b == ScalarType.UInt64) return ScalarType.UInt64;
        if (a == ScalarType.Int64 || b == ScalarType.Int64) return ScalarType.Int64;
        if (a == ScalarType.UInt32 && b == ScalarType.UInt32) return ScalarType.UInt32;
        if (a == ScalarType.UInt32 || b == ScalarType.UInt32) return ScalarType.Int64;
        if (a == ScalarType.Bool && b == ScalarType.Bool) return ScalarType.Bool;
        return ScalarType.Int32;
    }
}
