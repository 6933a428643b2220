using System;
using System.Collections.Generic;
using System.Text;

namespace Alta.Generators.Evaluate.Diagrams;

/// <summary>
/// The generator's own copy of <c>Alta.IndexSet</c> (the generator cannot load Alta.Abstractions):
/// a set over 0..255 as four words, with the same operations and the same <c>{1, 2}</c> text.
/// </summary>
internal readonly struct SetBits : IEquatable<SetBits>
{
    public const int Capacity = 256;
    private readonly ulong _b0, _b1, _b2, _b3;

    private SetBits(ulong b0, ulong b1, ulong b2, ulong b3)
    {
        _b0 = b0; _b1 = b1; _b2 = b2; _b3 = b3;
    }

    public bool Contains(long element) =>
        element >= 0 && element < Capacity && (Word((int)element >> 6) & (1UL << (int)(element & 63))) != 0;

    /// <summary>Adds an element; null when it is outside 0..255 (IndexSet throws there).</summary>
    public SetBits? Add(long element)
    {
        if (element < 0 || element >= Capacity) return null;
        int e = (int)element;
        return With(e >> 6, Word(e >> 6) | (1UL << (e & 63)));
    }

    public SetBits? Remove(long element)
    {
        if (element < 0 || element >= Capacity) return null;
        int e = (int)element;
        return With(e >> 6, Word(e >> 6) & ~(1UL << (e & 63)));
    }

    public SetBits Union(SetBits o) => new(_b0 | o._b0, _b1 | o._b1, _b2 | o._b2, _b3 | o._b3);

    public SetBits Intersect(SetBits o) => new(_b0 & o._b0, _b1 & o._b1, _b2 & o._b2, _b3 & o._b3);

    public int Count => Pop(_b0) + Pop(_b1) + Pop(_b2) + Pop(_b3);

    public bool IsEmpty => (_b0 | _b1 | _b2 | _b3) == 0;

    public IEnumerable<int> Elements()
    {
        for (int i = 0; i < Capacity; i++)
            if (Contains(i)) yield return i;
    }

    public int Max()
    {
        int max = -1;
        foreach (var e in Elements()) max = e;
        return max;
    }

    public bool Equals(SetBits o) => _b0 == o._b0 && _b1 == o._b1 && _b2 == o._b2 && _b3 == o._b3;

    public override bool Equals(object? obj) => obj is SetBits o && Equals(o);

    public override int GetHashCode() => unchecked((int)(_b0 ^ (_b0 >> 32) ^ (_b1 * 31) ^ (_b2 * 961) ^ (_b3 * 29791)));

    public override string ToString()
    {
        var text = new StringBuilder("{");
        foreach (var e in Elements())
        {
            if (text.Length > 1) text.Append(", ");
            text.Append(e);
        }
        return text.Append('}').ToString();
    }

    private ulong Word(int index) => index switch { 0 => _b0, 1 => _b1, 2 => _b2, _ => _b3 };

    private SetBits With(int index, ulong word) => index switch
    {
        0 => new SetBits(word, _b1, _b2, _b3),
        1 => new SetBits(_b0, word, _b2, _b3),
        2 => new SetBits(_b0, _b1, word, _b3),
        _ => new SetBits(_b0, _b1, _b2, word),
    };

    private static int Pop(ulong word)
    {
        int count = 0;
        while (word != 0) { word &= word - 1; count++; }
        return count;
    }
}
