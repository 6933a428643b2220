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
    private int[] _count = [];
    private int[] _next = [];
    /// <summary>Per column, the <see cref="Build"/> that last counted it (<c>_builtNow</c>): other columns hold no key.</summary>
    private int[] _built = [];
    private int _builtNow;
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
            _count = new int[maxKeyWidth + 2];
            _next = new int[maxKeyWidth + 2];
            _built = new int[maxKeyWidth + 2];
            _builtNow = 0;
            _value = new float[maxKeyWidth + 1];
            _stamp = new int[maxKeyWidth + 1];
        }
    }

    /// <summary>Buckets positions <c>0..n-1</c> by their key; sets <see cref="Valid"/>. Only the columns some key uses
    /// are visited (stamped as this build's), not all <c>d_key</c> of them: on a short input the key width (a
    /// program's MaxLength or vocabulary) is most of the work, once per selector and layer.</summary>
    public void Build(SelectorGroup group, AltaSession s, int n)
    {
        int dk = group.Key.Columns;
        Width = dk;
        Valid = false;
        if (++_builtNow == int.MaxValue)
        {
            Array.Clear(_built);
            _builtNow = 1;
        }
        int now = _builtNow;
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
            bool first = _built[c] != now;
            if (first)
            {
                _built[c] = now;
                _count[c] = 0;
                _next[c] = -1;
            }
            if (c < dk)
            {
                float v = key[c];
                if (!float.IsFinite(v)) return;
                if (first) _value[c] = v;
                else if (BitConverter.SingleToInt32Bits(_value[c]) != BitConverter.SingleToInt32Bits(v)) return;
            }
            _count[c]++;
            _columnOf[j] = c;
        }
        // Each bucket is placed where its first position comes (any order of buckets serves: a bucket is read whole,
        // through Positions), its positions ascending.
        int total = 0;
        for (int j = 0; j < n; j++)
        {
            int c = _columnOf[j];
            if (_next[c] < 0)
            {
                _start[c] = _next[c] = total;
                total += _count[c];
            }
            _positions[_next[c]++] = j;
        }
        Valid = true;
    }

    /// <summary>The bucket of position <paramref name="j"/>'s key (<see cref="Width"/>: all zero).</summary>
    public int ColumnOf(int j) => _columnOf[j];

    /// <summary>How many keys fall in bucket <paramref name="column"/>.</summary>
    public int Count(int column) => _built[column] == _builtNow ? _count[column] : 0;

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
