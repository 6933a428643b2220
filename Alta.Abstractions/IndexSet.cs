using System;
using System.Collections.Generic;
using System.Text;

// Also compiled into the generator (linked, with ALTA_GENERATOR defined), whose build-time evaluator runs the same
// set operations: the generator cannot load this assembly, and a copy would drift.
#if ALTA_GENERATOR
namespace Alta.Generators.Shared
#else
namespace Alta
#endif
{
    /// <summary>
    /// An immutable set of small integers (<c>0 .. 255</c>), the value type of set variables.
    /// A set variable is an attention query: the head selects the positions whose key is in the set.
    /// </summary>
#if ALTA_GENERATOR
    internal
#else
    public
#endif
    readonly struct IndexSet : IEquatable<IndexSet>
    {
        /// <summary>Largest element plus one.</summary>
        public const int Capacity = 256;

        private readonly ulong _b0, _b1, _b2, _b3;

        private IndexSet(ulong b0, ulong b1, ulong b2, ulong b3)
        {
            _b0 = b0; _b1 = b1; _b2 = b2; _b3 = b3;
        }

        /// <summary>The empty set.</summary>
        public static IndexSet Empty => default;

        /// <summary>The set of the given elements.</summary>
        public static IndexSet Of(params int[] elements)
        {
            var set = Empty;
            foreach (var e in elements) set = set.Add(e);
            return set;
        }

        /// <summary>The set <c>{ start, start+1, ..., start+count-1 }</c>.</summary>
        public static IndexSet Range(int start, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
            var set = Empty;
            for (int i = 0; i < count; i++) set = set.Add(start + i);
            return set;
        }

        /// <summary>Whether <paramref name="element"/> is in the set (false for elements outside 0..255).</summary>
        public bool Contains(int element) =>
            (uint)element < Capacity && (Word(element >> 6) & (1UL << (element & 63))) != 0;

        /// <summary>This set with <paramref name="element"/> added.</summary>
        public IndexSet Add(int element)
        {
            Check(element);
            return With(element >> 6, Word(element >> 6) | (1UL << (element & 63)));
        }

        /// <summary>This set without <paramref name="element"/>.</summary>
        public IndexSet Remove(int element)
        {
            Check(element);
            return With(element >> 6, Word(element >> 6) & ~(1UL << (element & 63)));
        }

        /// <summary>The union of two sets.</summary>
        public IndexSet Union(IndexSet other) =>
            new IndexSet(_b0 | other._b0, _b1 | other._b1, _b2 | other._b2, _b3 | other._b3);

        /// <summary>The intersection of two sets.</summary>
        public IndexSet Intersect(IndexSet other) =>
            new IndexSet(_b0 & other._b0, _b1 & other._b1, _b2 & other._b2, _b3 & other._b3);

        /// <summary>Number of elements.</summary>
        public int Count => PopCount(_b0) + PopCount(_b1) + PopCount(_b2) + PopCount(_b3);

        /// <summary>Whether the set has no element.</summary>
        public bool IsEmpty => (_b0 | _b1 | _b2 | _b3) == 0;

        /// <summary>The elements in ascending order.</summary>
        public IEnumerable<int> Elements()
        {
            for (int i = 0; i < Capacity; i++)
                if (Contains(i)) yield return i;
        }

        /// <inheritdoc />
        public bool Equals(IndexSet other) =>
            _b0 == other._b0 && _b1 == other._b1 && _b2 == other._b2 && _b3 == other._b3;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is IndexSet other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                ulong h = _b0 * 31 + _b1;
                h = h * 31 + _b2;
                h = h * 31 + _b3;
                return (int)h ^ (int)(h >> 32);
            }
        }

        /// <summary>Set equality.</summary>
        public static bool operator ==(IndexSet left, IndexSet right) => left.Equals(right);

        /// <summary>Set inequality.</summary>
        public static bool operator !=(IndexSet left, IndexSet right) => !left.Equals(right);

        /// <summary>The set as <c>{1, 2, 5}</c>.</summary>
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

        private IndexSet With(int index, ulong word) => index switch
        {
            0 => new IndexSet(word, _b1, _b2, _b3),
            1 => new IndexSet(_b0, word, _b2, _b3),
            2 => new IndexSet(_b0, _b1, word, _b3),
            _ => new IndexSet(_b0, _b1, _b2, word),
        };

        private static void Check(int element)
        {
            if ((uint)element >= Capacity)
                throw new ArgumentOutOfRangeException(nameof(element), element, "IndexSet elements must be in 0..255.");
        }

        private static int PopCount(ulong word)
        {
            int count = 0;
            while (word != 0) { word &= word - 1; count++; }
            return count;
        }
    }
}
