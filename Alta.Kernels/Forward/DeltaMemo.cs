using System;
using System.Runtime.CompilerServices;

namespace Alta.Forward;

/// <summary>
/// A bounded memo from a fixed-length integer key (what a sub-layer reads at one position) to the sparse change it
/// makes to that position's residual row: the touched dimensions and the exact float each one gets added. A change
/// is stored only after the arithmetic path computed it, so a hit gives the same floats to the bit. Open addressing
/// over flat arrays; growth allocates (while a session warms up), and once <see cref="MaxEntries"/> (or the bound given) or
/// <see cref="MaxDeltas"/> is reached nothing more is stored: the caller falls back to arithmetic, allocating nothing.
/// A compiled network often adds a zero to many dimensions (the cancelling terms of a linear table): such an addition
/// changes nothing where the dimension is known not to hold -0 or NaN, which holds in every exact categorical slice
/// (each entry +0 or 1f). So each change is stored with its non-zero additions first (<see cref="Changes"/>), then
/// the zero additions inside categorical slices, and the slices to check before skipping those (<see cref="Guards"/>).
/// Where the key itself fixes what a dimension held before (a dimension the key reads as raw bits, or one of a categorical
/// slice whose exact value index is in the key), the dimension's result is the same float at every hit: such dimensions
/// are stored as results (<see cref="Results"/>, written instead of added) and each such slice with its counts and value
/// index after the change (<see cref="Settled"/>), so a hit sets them instead of updating counts per addition.
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
    private int[] _resultEnds = new int[16];
    private int[] _changeEnds = new int[16];
    private int[] _settledStarts = new int[17];
    private int[] _settledSlices = new int[16];
    private SliceCount[] _settledCounts = new SliceCount[16];
    private int[] _settledValues = new int[16];
    private int[] _guardStarts = new int[17];
    private int[] _guards = new int[16];
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
            if (Equal(key, _keys.AsSpan(entry * KeyLength, KeyLength))) return entry;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Keys are a few entries long: a plain loop beats the vectorised comparison's call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Equal(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        for (int k = 0; k < a.Length; k++)
            if (a[k] != b[k]) return false;
        return true;
    }

    /// <summary>The touched dimensions of <paramref name="entry"/> that are added to (those the key does not fix): the
    /// non-zero additions in the order they were first written, then the zero additions that <see cref="Guards"/> cover.
    /// Writes to distinct dimensions commute, so applying them all in this order gives the same row as the order they
    /// were computed in.</summary>
    public ReadOnlySpan<int> Dimensions(int entry) => _dimensions.AsSpan(_resultEnds[entry], _starts[entry + 1] - _resultEnds[entry]);

    /// <summary>What each of <see cref="Dimensions"/> gets added.</summary>
    public ReadOnlySpan<float> Values(int entry) => _values.AsSpan(_resultEnds[entry], _starts[entry + 1] - _resultEnds[entry]);

    /// <summary>How many of <see cref="Dimensions"/> are left once the guarded zero additions are skipped: the prefix
    /// to apply when every slice of <see cref="Guards"/> is exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Changes(int entry) => _changeEnds[entry] - _resultEnds[entry];

    /// <summary>The touched dimensions whose value before the change the key fixes, and the float each holds after it
    /// (the bits the arithmetic path left): written, not added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Results(int entry, out ReadOnlySpan<float> values)
    {
        int start = _starts[entry], length = _resultEnds[entry] - start;
        values = _values.AsSpan(start, length);
        return _dimensions.AsSpan(start, length);
    }

    /// <summary>The categorical slices (state indices) that <see cref="Results"/> write, each with its counts and value
    /// index after the change (the index as the counts give it while One is exactly 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Settled(int entry, out ReadOnlySpan<SliceCount> counts, out ReadOnlySpan<int> values)
    {
        int start = _settledStarts[entry], length = _settledStarts[entry + 1] - start;
        counts = _settledCounts.AsSpan(start, length);
        values = _settledValues.AsSpan(start, length);
        return _settledSlices.AsSpan(start, length);
    }

    /// <summary>The categorical slices (state indices) holding a zero addition of <paramref name="entry"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Guards(int entry) => _guards.AsSpan(_guardStarts[entry], _guardStarts[entry + 1] - _guardStarts[entry]);

    /// <summary>Stores <c>delta[d]</c> for each touched <c>d</c> under <paramref name="key"/> (absent, as
    /// <see cref="Find"/> said); does nothing when the memo is full. <paramref name="sliceOfDimension"/> gives each
    /// dimension's categorical slice (or -1); without it no addition is guarded and every one is a change.</summary>
    public void Add(ReadOnlySpan<int> key, uint hash, ReadOnlySpan<int> touched, float[] delta, ReadOnlySpan<int> sliceOfDimension = default) =>
        Add(key, hash, touched, delta, sliceOfDimension, default, default, default, default);

    /// <summary><see cref="Add(ReadOnlySpan{int}, uint, ReadOnlySpan{int}, float[], ReadOnlySpan{int})"/>, called after the
    /// change was applied: each touched dimension that <paramref name="fixedByKey"/> marks (its value before the change is
    /// a function of the key) is stored as its result, the float <paramref name="row"/> now holds, and each of their
    /// categorical slices with its <paramref name="counts"/> and value index (<paramref name="widths"/> per slice) now;
    /// a zero addition inside such a slice changes nothing and is dropped.</summary>
    public void Add(ReadOnlySpan<int> key, uint hash, ReadOnlySpan<int> touched, float[] delta, ReadOnlySpan<int> sliceOfDimension,
        ReadOnlySpan<bool> fixedByKey, ReadOnlySpan<float> row, ReadOnlySpan<SliceCount> counts, ReadOnlySpan<int> widths)
    {
        int pairs = _starts[_count];
        if (_count >= maxEntries || pairs + touched.Length > MaxDeltas) return;
        if (2 * (_count + 1) > _slots.Length) Rehash(_slots.Length * 2);
        if ((_count + 1) * KeyLength > _keys.Length) Array.Resize(ref _keys, _keys.Length * 2);
        if (_count + 2 > _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _guardStarts, _starts.Length);
            Array.Resize(ref _settledStarts, _starts.Length);
            Array.Resize(ref _resultEnds, _starts.Length);
            Array.Resize(ref _changeEnds, _starts.Length);
        }
        if (pairs + touched.Length > _dimensions.Length)
        {
            int size = Math.Max(_dimensions.Length * 2, pairs + touched.Length);
            Array.Resize(ref _dimensions, size);
            Array.Resize(ref _values, size);
        }
        int guards = _guardStarts[_count];
        if (guards + touched.Length > _guards.Length) Array.Resize(ref _guards, Math.Max(_guards.Length * 2, guards + touched.Length));
        int settled = _settledStarts[_count];
        if (settled + touched.Length > _settledSlices.Length)
        {
            int size = Math.Max(_settledSlices.Length * 2, settled + touched.Length);
            Array.Resize(ref _settledSlices, size);
            Array.Resize(ref _settledCounts, size);
            Array.Resize(ref _settledValues, size);
        }
        key.CopyTo(_keys.AsSpan(_count * KeyLength, KeyLength));
        int next = pairs;
        int settledEnd = settled;
        foreach (var d in touched)
        {
            if (!IsFixed(d, fixedByKey) || Guarded(d, delta, sliceOfDimension)) continue;
            _dimensions[next] = d;
            _values[next++] = row[d];
            int slice = (uint)d < (uint)sliceOfDimension.Length ? sliceOfDimension[d] : -1;
            if (slice < 0 || _settledSlices.AsSpan(settled, settledEnd - settled).IndexOf(slice) >= 0) continue;
            _settledSlices[settledEnd] = slice;
            _settledCounts[settledEnd] = counts[slice];
            _settledValues[settledEnd++] = counts[slice].Value(widths[slice]);
        }
        _resultEnds[_count] = next;
        foreach (var d in touched)
            if (!IsFixed(d, fixedByKey) && !Guarded(d, delta, sliceOfDimension)) Store(next++, d, delta);
        _changeEnds[_count] = next;
        int guardEnd = guards;
        foreach (var d in touched)
        {
            if (IsFixed(d, fixedByKey) || !Guarded(d, delta, sliceOfDimension)) continue;
            Store(next++, d, delta);
            int slice = sliceOfDimension[d];
            if (_guards.AsSpan(guards, guardEnd - guards).IndexOf(slice) < 0) _guards[guardEnd++] = slice;
        }
        _starts[_count + 1] = next;
        _guardStarts[_count + 1] = guardEnd;
        _settledStarts[_count + 1] = settledEnd;
        Place(hash, _count);
        _count++;
    }

    private static bool IsFixed(int d, ReadOnlySpan<bool> fixedByKey) => (uint)d < (uint)fixedByKey.Length && fixedByKey[d];

    /// <summary>Whether adding <c>delta[d]</c> is a zero addition inside a categorical slice (+0 or -0: either leaves
    /// +0 and 1f as they are).</summary>
    private static bool Guarded(int d, float[] delta, ReadOnlySpan<int> sliceOfDimension) =>
        (BitConverter.SingleToInt32Bits(delta[d]) & int.MaxValue) == 0 && (uint)d < (uint)sliceOfDimension.Length && sliceOfDimension[d] >= 0;

    private void Store(int at, int d, float[] delta)
    {
        _dimensions[at] = d;
        _values[at] = delta[d];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<int> key)
    {
        uint hash = HashStart;
        foreach (var k in key) hash = HashStep(hash, k);
        return HashEnd(hash);
    }

    /// <summary><see cref="Hash"/> in steps, for a caller that writes the key one entry at a time: start, one step per
    /// entry in order, end.</summary>
    public const uint HashStart = 2166136261;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint hash, int entry) => (hash ^ (uint)entry) * 16777619;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashEnd(uint hash) => hash ^ (hash >> 15);

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
