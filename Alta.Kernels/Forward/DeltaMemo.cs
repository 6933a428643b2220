using System;
using System.Runtime.CompilerServices;

namespace Alta.Forward;

/// <summary>
/// A bounded memo from a fixed-length integer key (what a sub-layer reads at one position) to the sparse change it
/// makes to that position's residual row: the touched dimensions and the exact float each one gets added. A change
/// is stored only after the arithmetic path computed it, so a hit gives the same floats to the bit. Open addressing
/// over flat arrays; growth allocates (while a session warms up), and once <see cref="MaxEntries"/> (or the bound given) or
/// <see cref="MaxDeltas"/> is reached nothing more is stored: the caller falls back to arithmetic, allocating nothing.
/// </summary>
internal sealed class DeltaMemo(int keyLength, int maxEntries = DeltaMemo.MaxEntries)
{
    /// <summary>Entries kept at most (a memo is per session; this bounds its memory).</summary>
    public const int MaxEntries = 1 << 16;

    /// <summary>Stored (dimension, value) pairs at most, over all entries.</summary>
    public const int MaxDeltas = 1 << 21;

    private int[] _slots = new int[64];
    private int[] _keys = new int[16 * Math.Max(1, keyLength)];
    private int[] _starts = new int[17];
    private int[] _dimensions = new int[64];
    private float[] _values = new float[64];
    private int _count;

    public int KeyLength { get; } = keyLength;

    public int Count => _count;

    /// <summary>The entry stored under <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<int> key, uint hash)
    {
        int mask = _slots.Length - 1;
        int slot = (int)(hash & (uint)mask);
        while (true)
        {
            int entry = _slots[slot] - 1;
            if (entry < 0) return -1;
            if (key.SequenceEqual(_keys.AsSpan(entry * KeyLength, KeyLength))) return entry;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The touched dimensions of <paramref name="entry"/>, in the order they were first written.</summary>
    public ReadOnlySpan<int> Dimensions(int entry) => _dimensions.AsSpan(_starts[entry], _starts[entry + 1] - _starts[entry]);

    /// <summary>What each of <see cref="Dimensions"/> gets added.</summary>
    public ReadOnlySpan<float> Values(int entry) => _values.AsSpan(_starts[entry], _starts[entry + 1] - _starts[entry]);

    /// <summary>Stores <c>delta[d]</c> for each touched <c>d</c> under <paramref name="key"/> (absent, as
    /// <see cref="Find"/> said); does nothing when the memo is full.</summary>
    public void Add(ReadOnlySpan<int> key, uint hash, ReadOnlySpan<int> touched, float[] delta)
    {
        int pairs = _starts[_count];
        if (_count >= maxEntries || pairs + touched.Length > MaxDeltas) return;
        if (2 * (_count + 1) > _slots.Length) Rehash(_slots.Length * 2);
        if ((_count + 1) * KeyLength > _keys.Length) Array.Resize(ref _keys, _keys.Length * 2);
        if (_count + 2 > _starts.Length) Array.Resize(ref _starts, _starts.Length * 2);
        if (pairs + touched.Length > _dimensions.Length)
        {
            int size = Math.Max(_dimensions.Length * 2, pairs + touched.Length);
            Array.Resize(ref _dimensions, size);
            Array.Resize(ref _values, size);
        }
        key.CopyTo(_keys.AsSpan(_count * KeyLength, KeyLength));
        for (int t = 0; t < touched.Length; t++)
        {
            _dimensions[pairs + t] = touched[t];
            _values[pairs + t] = delta[touched[t]];
        }
        _starts[_count + 1] = pairs + touched.Length;
        Place(hash, _count);
        _count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<int> key)
    {
        uint hash = 2166136261;
        foreach (var k in key) hash = (hash ^ (uint)k) * 16777619;
        return hash ^ (hash >> 15);
    }

    private void Place(uint hash, int entry)
    {
        int mask = _slots.Length - 1;
        int slot = (int)(hash & (uint)mask);
        while (_slots[slot] != 0) slot = (slot + 1) & mask;
        _slots[slot] = entry + 1;
    }

    private void Rehash(int size)
    {
        _slots = new int[size];
        for (int e = 0; e < _count; e++) Place(Hash(_keys.AsSpan(e * KeyLength, KeyLength)), e);
    }
}
