using System;
using System.Globalization;
using System.Linq;

using Alta.Generators.Shared;

namespace Alta.Generators.Evaluate.Diagrams;

/// <summary>What a leaf of a decision diagram holds.</summary>
internal enum ValueKind
{
    Null,
    Bool,
    Int,
    Real,
    Set,
    Array,
    /// <summary>An array as C# passes it: the identity of a heap cell (<see cref="Integer"/>), whose contents the executor keeps.</summary>
    Reference,
    Error,
}

/// <summary>
/// A concrete build-time value: the leaves of the decision diagrams. Integers of every C# width and enums are
/// <see cref="ValueKind.Int"/> (the operation's static type says how to wrap); float and double are
/// <see cref="ValueKind.Real"/>. An <see cref="ValueKind.Error"/> is a failure (division by zero, null
/// <c>.Value</c>, <c>throw</c>) that propagates through operators until a statement consumes it.
/// </summary>
internal sealed class Value : IEquatable<Value>
{
    public static readonly Value Null = new(ValueKind.Null, 0, 0, default, null, null);
    public static readonly Value True = new(ValueKind.Bool, 1, 0, default, null, null);
    public static readonly Value False = new(ValueKind.Bool, 0, 0, default, null, null);

    private Value(ValueKind kind, long integer, double real, IndexSet set, Value[]? elements, Failure? failure)
    {
        Kind = kind;
        Integer = integer;
        Real = real;
        Set = set;
        Elements = elements;
        Failure = failure;
    }

    public ValueKind Kind { get; }
    public long Integer { get; }
    public double Real { get; }
    public IndexSet Set { get; }
    public Value[]? Elements { get; }
    public Failure? Failure { get; }

    public bool IsError => Kind == ValueKind.Error;
    public bool IsNull => Kind == ValueKind.Null;
    public bool AsBool => Integer != 0;

    public static Value Bool(bool value) => value ? True : False;
    public static Value Int(long value) => new(ValueKind.Int, value, 0, default, null, null);
    public static Value Double(double value) => new(ValueKind.Real, 0, value, default, null, null);
    public static Value OfSet(IndexSet set) => new(ValueKind.Set, 0, 0, set, null, null);
    public static Value Array(Value[] elements) => new(ValueKind.Array, 0, 0, default, elements, null);
    public static Value Reference(int cell) => new(ValueKind.Reference, cell, 0, default, null, null);
    public static Value Error(Failure failure) => new(ValueKind.Error, 0, 0, default, null, failure);

    /// <summary>The number as a double (ints widen), for arithmetic that mixes kinds.</summary>
    public double Number => Kind == ValueKind.Real ? Real : Integer;

    public bool Equals(Value? other)
    {
        if (other is null || other.Kind != Kind) return false;
        return Kind switch
        {
            ValueKind.Null => true,
            ValueKind.Bool or ValueKind.Int or ValueKind.Reference => Integer == other.Integer,
            ValueKind.Real => BitConverter.DoubleToInt64Bits(Real) == BitConverter.DoubleToInt64Bits(other.Real),
            ValueKind.Set => Set.Equals(other.Set),
            ValueKind.Array => Elements!.SequenceEqual(other.Elements!),
            _ => Failure!.Equals(other.Failure),
        };
    }

    public override bool Equals(object? obj) => obj is Value other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            int hash = (int)Kind * 397;
            switch (Kind)
            {
                case ValueKind.Bool:
                case ValueKind.Int:
                case ValueKind.Reference: return hash ^ Integer.GetHashCode();
                case ValueKind.Real: return hash ^ BitConverter.DoubleToInt64Bits(Real).GetHashCode();
                case ValueKind.Set: return hash ^ Set.GetHashCode();
                case ValueKind.Array:
                    foreach (var e in Elements!) hash = hash * 31 + e.GetHashCode();
                    return hash;
                case ValueKind.Error: return hash ^ Failure!.GetHashCode();
                default: return hash;
            }
        }
    }

    public override string ToString() => Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Bool => AsBool ? "true" : "false",
        ValueKind.Int => Integer.ToString(CultureInfo.InvariantCulture),
        ValueKind.Real => Real.ToString("R", CultureInfo.InvariantCulture),
        ValueKind.Set => Set.ToString(),
        ValueKind.Array => "[" + string.Join(", ", Elements!.Select(e => e.ToString())) + "]",
        ValueKind.Reference => "array #" + Integer.ToString(CultureInfo.InvariantCulture),
        _ => "error: " + Failure!.Text,
    };
}
