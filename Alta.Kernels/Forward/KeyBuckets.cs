using System;

namespace Alta.Forward;

/// <summary>
/// The positions of one selector's keys, bucketed by the key's single non-zero column (ascending positions in
/// each bucket), so that a query scores a bucket once instead of every position. Valid only when every key
/// vector has at most one non-zero entry and each bucket's entries are one finite value: the compiled one-hot
/// form, checked here from the projected keys themselves rather than trusted from the program.
/// </summary>
internal sealed class KeyBuckets
{
    private int[] _start = [];
    private int[] _fill = [];
    private float[] _value = [];
    private int[] _positions = [];
    private int[] _columnOf = [];
    private int[] _stamp = [];
    private int _stampNow;

    /// <summary>Key columns; bucket <see cref="Width"/> holds the all-zero keys.</summary>
    public int Width { get; private set; }

    /// <summary>Whether the keys of the last <see cref="Build"/> had the bucketed form.</summary>
    public bool Valid { get; private set; }

    public void Ensure(int n, int maxKeyWidth)
    {
        if (_positions.Length < n)
        {
            _positions = new int[n];
            _columnOf = new int[n];
        }
        if (_start.Length < maxKeyWidth + 2)
        {
            _start = new int[maxKeyWidth + 2];
            _fill = new int[maxKeyWidth + 2];
            _value = new float[maxKeyWidth + 1];
            _stamp = new int[maxKeyWidth + 1];
        }
    }

    /// <summary>Buckets positions <c>0..n-1</c> by their key; sets <see cref="Valid"/>.</summary>
    public void Build(SelectorGroup group, AltaSession s, int n)
    {
        int dk = group.Key.Columns;
        Width = dk;
        Valid = false;
        var counts = _fill.AsSpan(0, dk + 2);
        counts.Clear();
        var projection = group.KeyProjection;
        for (int j = 0; j < n; j++)
        {
            // A lookup row's bucket is known per value; only an arithmetic row's columns are looked at.
            int b = ProjectedRows.LookupIndex(projection, s, j), c;
            ReadOnlySpan<float> key;
            if (b >= 0)
            {
                c = projection!.SingleColumn(b);
                if (c < 0) return;
                key = projection.Vector(b);
            }
            else
            {
                key = ProjectedRows.Key(group, s, j, out var columns);
                if (columns.Length > 1) return;
                c = columns.Length == 0 ? dk : columns[0];
            }
            if (c < dk)
            {
                float v = key[c];
                if (!float.IsFinite(v)) return;
                if (counts[c] == 0) _value[c] = v;
                else if (BitConverter.SingleToInt32Bits(_value[c]) != BitConverter.SingleToInt32Bits(v)) return;
            }
            counts[c]++;
            _columnOf[j] = c;
        }
        int total = 0;
        for (int c = 0; c <= dk; c++)
        {
            _start[c] = total;
            total += counts[c];
            counts[c] = _start[c];
        }
        _start[dk + 1] = total;
        for (int j = 0; j < n; j++) _positions[counts[_columnOf[j]]++] = j;
        Valid = true;
    }

    /// <summary>The bucket of position <paramref name="j"/>'s key (<see cref="Width"/>: all zero).</summary>
    public int ColumnOf(int j) => _columnOf[j];

    /// <summary>How many keys fall in bucket <paramref name="column"/>.</summary>
    public int Count(int column) => _start[column + 1] - _start[column];

    /// <summary>The key entry shared by bucket <paramref name="column"/> (meaningful when it is not empty).</summary>
    public float Value(int column) => _value[column];

    /// <summary>The positions of bucket <paramref name="column"/>, ascending.</summary>
    public ReadOnlySpan<int> Positions(int column) => _positions.AsSpan(_start[column], Count(column));

    /// <summary>Starts a new set of marked buckets (for a query that selects several).</summary>
    public void ClearMarks()
    {
        if (++_stampNow == int.MaxValue)
        {
            Array.Clear(_stamp);
            _stampNow = 1;
        }
    }

    public void Mark(int column) => _stamp[column] = _stampNow;

    public bool IsMarked(int column) => _stamp[column] == _stampNow;
}
