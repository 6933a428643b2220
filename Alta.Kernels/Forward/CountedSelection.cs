using System;

namespace Alta.Forward;

/// <summary>
/// The selections of a group without an offset mask whose queries and keys are both lookups with a score table
/// (<see cref="SelectorGroup.Scores"/>), by key value: a query of value <c>a</c> selects every key of value <c>b</c>
/// alike, so what its class needs is how many keys hold each value present in the input, and per present value the
/// table's score. Where every weight is exactly 0 or 1 (the compiled form), the class selects the keys whose weight is 1,
/// each weighing <c>1 / (sink + count)</c>: the count and weight the key buckets (<see cref="Selection.Bucketed"/>) and
/// the per-position softmax (<see cref="Selection.Scored"/>) give, without building query classes by hashing or key
/// buckets. A counts-only group (<see cref="SelectorGroup.CountsOnly"/>) needs only the count; any other group gets its
/// selected positions listed, ascending (<see cref="List"/>). One pass over the positions counts the keys, one gives
/// each position its class; a class costs one pass over the present key values, and a listed one a copy of its value's
/// positions where it selects one value, else a pass over the positions. Anything else (a key or query that is not a lookup, a weight strictly between 0 and 1, a NaN score)
/// leaves the group to the general path.
/// </summary>
internal sealed class CountedSelection
{
    /// <summary>A listed class costs a pass over the present key values (and over the positions where it selects several
    /// values); the key buckets score only a query's own columns and list what they select. On short inputs the first is
    /// cheaper (the catalogue's examples: 4 to 12 positions), on longer ones the second (sort n=32: 7.9 against 6.1 us per
    /// layer when listed up to 64).</summary>
    public const int MaxListed = 16;

    private readonly int[] _keyCount;
    private readonly int[] _keyStamp;
    private readonly int[] _keyMark;
    private readonly int[] _present;
    private readonly int[] _classStamp;
    private readonly int[] _classRow;
    private readonly int[] _classCount;
    private readonly float[] _classWeight;
    private readonly int[] _classStart;
    private readonly int[] _classEnd;
    private readonly int[] _valueStart;
    private readonly int[] _valueNext;
    private readonly int _keyValues;
    private int[] _rows = [];
    private int[] _rowValue = [];
    private int[] _keyOf = [];
    private int[] _positionsByValue = [];
    private int[] _selectedValues = [];
    private int _now;
    private int _markNow;
    private int _n;

    /// <summary>Room for the key and query values of every group of <paramref name="plan"/>.</summary>
    public CountedSelection(FastPlan plan)
    {
        int keys = 0, queries = 0;
        foreach (var group in plan.Groups)
        {
            keys = Math.Max(keys, group.KeyProjection?.Values ?? 0);
            queries = Math.Max(queries, group.QueryProjection?.Values ?? 0);
        }
        _keyValues = keys;
        _keyCount = new int[keys];
        _keyStamp = new int[keys];
        _keyMark = new int[keys];
        _present = new int[keys];
        _classStamp = new int[queries];
        _classRow = new int[queries];
        _classCount = new int[queries];
        _classWeight = new float[queries];
        _classStart = new int[queries];
        _classEnd = new int[queries];
        _valueStart = new int[keys];
        _valueNext = new int[keys];
    }

    /// <summary>The classes found by the last <see cref="Select"/> that succeeded, by their first position (ascending).</summary>
    public ReadOnlySpan<int> Rows => _rows.AsSpan(0, RowCount);

    public int RowCount { get; private set; }

    /// <summary>How many positions the class of row <paramref name="row"/> selected, and each one's weight.</summary>
    public int Count(int row, out float weight)
    {
        int a = _rowValue[row];
        weight = _classWeight[a];
        return _classCount[a];
    }

    /// <summary>Writes the positions the class of row <paramref name="row"/> selected (ascending) and their weights;
    /// returns how many. Only after a <see cref="Select"/> that listed.</summary>
    public int List(int row, Span<int> positions, Span<float> weights)
    {
        int a = _rowValue[row];
        float p = _classWeight[a];
        if (_classEnd[a] - _classStart[a] == 1)
        {
            // One key value (a categorical head's usual selection): its positions, as counted.
            int b = _selectedValues[_classStart[a]], count = _keyCount[b];
            _positionsByValue.AsSpan(_valueStart[b], count).CopyTo(positions);
            weights.Slice(0, count).Fill(p);
            return count;
        }
        if (++_markNow == int.MaxValue)
        {
            Array.Clear(_keyMark);
            _markNow = 1;
        }
        int mark = _markNow;
        for (int k = _classStart[a]; k < _classEnd[a]; k++) _keyMark[_selectedValues[k]] = mark;
        int t = 0;
        for (int j = 0; j < _n; j++)
        {
            if (_keyMark[_keyOf[j]] != mark) continue;
            positions[t] = j;
            weights[t++] = p;
        }
        return t;
    }

    /// <summary>Room for inputs of up to <paramref name="n"/> positions.</summary>
    public void Ensure(int n)
    {
        if (_rows.Length >= n) return;
        _rows = new int[n];
        _rowValue = new int[n];
        _keyOf = new int[n];
        _positionsByValue = new int[n];
        _selectedValues = new int[Math.Min(n, MaxListed) * Math.Max(1, _keyValues)];
    }

    /// <summary>Whether <paramref name="group"/>'s selections at positions <c>0..n-1</c> have the counted form; if so,
    /// <paramref name="rowOf"/> holds each position's class row and <see cref="Rows"/> the classes (else <see cref="Rows"/>
    /// is empty). Where <paramref name="list"/>, each class's selected key values are kept for <see cref="List"/> (only up
    /// to <see cref="MaxListed"/> positions). Applies only to a group with a score table and no offset mask.</summary>
    public bool Select(SelectorGroup group, AltaSession s, int n, Span<int> rowOf, bool list)
    {
        if (list && n > MaxListed) return false;
        _n = n;
        if (Classify(group, s, n, rowOf, list)) return true;
        RowCount = 0;
        return false;
    }

    private bool Classify(SelectorGroup group, AltaSession s, int n, Span<int> rowOf, bool list)
    {
        var queries = group.QueryProjection!;
        var keys = group.KeyProjection!;
        var scores = group.Scores!;
        int stride = group.ScoreStride;
        if (++_now == int.MaxValue)
        {
            Array.Clear(_keyStamp);
            Array.Clear(_classStamp);
            _now = 1;
        }
        int now = _now;
        // Keys by value. A position whose key is not a lookup is not exact (and a counted mix assumes every value is the
        // One-only vector): the general path takes it.
        int present = 0;
        for (int j = 0; j < n; j++)
        {
            int b = ProjectedRows.LookupIndex(keys, s, j);
            if (b < 0) return false;
            if (_keyStamp[b] != now)
            {
                _keyStamp[b] = now;
                _keyCount[b] = 0;
                _present[present++] = b;
            }
            _keyCount[b]++;
            _keyOf[j] = b;
        }
        if (list)
        {
            // Each present value's positions, ascending, for a class that selects that value alone.
            int start = 0;
            for (int k = 0; k < present; k++)
            {
                int b = _present[k];
                _valueStart[b] = _valueNext[b] = start;
                start += _keyCount[b];
            }
            for (int j = 0; j < n; j++) _positionsByValue[_valueNext[_keyOf[j]]++] = j;
        }
        float sinkLogit = group.SinkLogit;
        int listed = 0;
        RowCount = 0;
        for (int i = 0; i < n; i++)
        {
            int a = ProjectedRows.LookupIndex(queries, s, i);
            if (a < 0) return false;
            if (_classStamp[a] == now)
            {
                rowOf[i] = _classRow[a];
                continue;
            }
            // The softmax of query value a over the present key values: the maximum (sink first), then each value's
            // weight, which must be exactly 0 or 1.
            var row = scores.AsSpan(a * stride, stride);
            float max = sinkLogit;
            for (int k = 0; k < present; k++)
            {
                float score = row[_present[k]];
                if (float.IsNaN(score)) return false;
                max = MathF.Max(max, score);
            }
            float sink = SinkSoftmax.Exp(sinkLogit, max);
            if (sink is not (0f or 1f)) return false;
            int count = 0;
            _classStart[a] = listed;
            for (int k = 0; k < present; k++)
            {
                int b = _present[k];
                float weight = SinkSoftmax.Exp(row[b], max);
                if (weight == 0f) continue;
                if (weight != 1f) return false;
                count += _keyCount[b];
                if (list) _selectedValues[listed++] = b;
            }
            // Integer partial sums stay exact up to 2^24.
            if (count >= 1 << 24) return false;
            _classEnd[a] = listed;
            _classStamp[a] = now;
            _classRow[a] = i;
            _classCount[a] = count;
            _classWeight[a] = count == 0 ? 0f : 1f / (sink + count);
            _rowValue[i] = a;
            _rows[RowCount++] = i;
            rowOf[i] = i;
        }
        return true;
    }
}
