using System.Globalization;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Spec;
using Alta.Generators.Shared;

namespace Alta.Generators.Evaluate;

/// <summary>Between value indices (the convention every stage shares) and the build-time values C# code sees.</summary>
internal static class VariableValues
{
    public const int Invalid = -2;

    /// <summary>What the C# code reads for value index <paramref name="index"/> (numerical: the bucket's centre).</summary>
    public static Value Decode(Variable variable, Domain domain, int index)
    {
        if (index < 0) return Value.Null;
        return variable.Kind switch
        {
            VariableKind.Numerical => Value.Double(variable.Type == ValueType.Float ? (float)domain.Centres[index] : domain.Centres[index]),
            VariableKind.Set => Value.OfSet(Bits(domain.Sets[index])),
            VariableKind.Categorical => variable.Type == ValueType.Bool ? Value.Bool(index == 1) : Value.Int(index),
        };
    }

    /// <summary>The value index a written value stores (numerical values snap to the nearest centre, ties to the lower), or <see cref="Invalid"/>.</summary>
    public static int Encode(Variable variable, Domain domain, Value value) => variable.Kind switch
    {
        VariableKind.Categorical => EncodeCategorical(domain, value),
        VariableKind.Numerical => EncodeNumerical(domain, value),
        VariableKind.Set => EncodeSet(domain, value),
    };

    private static int EncodeCategorical(Domain domain, Value value)
    {
        if (value.Kind is not (ValueKind.Bool or ValueKind.Int)) return Invalid;
        return value.Integer >= 0 && value.Integer < domain.Size ? (int)value.Integer : Invalid;
    }

    private static int EncodeNumerical(Domain domain, Value value)
    {
        if (value.Kind is not (ValueKind.Real or ValueKind.Int)) return Invalid;
        double x = value.Number;
        if (double.IsNaN(x) || double.IsInfinity(x)) return Invalid;
        return Buckets.Of(domain.Centres.AsSpan(), x);
    }

    private static int EncodeSet(Domain domain, Value value)
    {
        if (value.Kind != ValueKind.Set) return Invalid;
        for (int k = 0; k < domain.Sets.Count; k++)
            if (Bits(domain.Sets[k]).Equals(value.Set)) return k;
        return Invalid;
    }

    public static IndexSet Bits(SetValue set)
    {
        IndexSet bits = default;
        foreach (var e in set.Elements) bits = bits.Add(e);
        return bits;
    }

    /// <summary>How a value index reads in a diagnostic: <c>true</c>, <c>Fetch</c>, <c>0.5</c>, <c>{1, 2}</c>, <c>null</c>.</summary>
    public static string Display(Variable variable, Domain domain, int index)
    {
        if (index < 0) return "null";
        return variable.Kind switch
        {
            VariableKind.Numerical => domain.Centres[index].ToString("G6", CultureInfo.InvariantCulture),
            VariableKind.Set => Bits(domain.Sets[index]).ToString(),
            VariableKind.Categorical => index < variable.ValueNames.Count ? variable.ValueNames[index] : index.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>How a written C# value reads in a diagnostic.</summary>
    public static string Display(Value value) => value.Kind == ValueKind.Real
        ? value.Real.ToString("G6", CultureInfo.InvariantCulture)
        : value.ToString();

    /// <summary>"0..9", or the bucket/set count, for messages.</summary>
    public static string RangeText(Variable variable, Domain domain) => variable.Kind switch
    {
        VariableKind.Categorical => "0.." + (domain.Size - 1).ToString(CultureInfo.InvariantCulture),
        VariableKind.Numerical => domain.Size.ToString(CultureInfo.InvariantCulture) + " buckets",
        VariableKind.Set => domain.Size.ToString(CultureInfo.InvariantCulture) + " possible sets",
    };
}
