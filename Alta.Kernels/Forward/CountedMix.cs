using System;

namespace Alta.Forward;

/// <summary>
/// The mix of a head whose value is one vector at every position (a count head's One, a projection of One alone), for
/// a selection of <c>k</c> positions that all weigh <c>p</c>: per column, <c>k</c> additions of the same product
/// <c>v * p</c> to a cleared entry, which is what <see cref="FastAttention"/>'s mix sums in position order. The sum is
/// then a function of <c>(k, p)</c> alone, so it is kept per <c>k</c> (with the <c>p</c> it was summed for) and a class
/// costs one row copy instead of <c>k</c> additions per column: the mixing of count heads no longer grows with the
/// number of positions they count.
/// </summary>
internal sealed class CountedMix
{
    private readonly HeadPlan _head;
    private readonly int _width;
    private float[] _sums = [];
    private int[] _weightBits = [];
    private bool[] _known = [];

    public CountedMix(HeadPlan head)
    {
        _head = head;
        _width = head.Head.Value.Columns;
    }

    /// <summary>Room for selections of up to <paramref name="n"/> positions.</summary>
    public void Ensure(int n)
    {
        if (_known.Length > n) return;
        _sums = new float[(n + 1) * _width];
        _weightBits = new int[n + 1];
        _known = new bool[n + 1];
    }

    /// <summary>The mixed vector of <paramref name="count"/> positions of weight <paramref name="weight"/>; only the value
    /// vector's non-zero columns are meaningful (the rest are never read).</summary>
    public ReadOnlySpan<float> Sum(int count, float weight)
    {
        var sum = _sums.AsSpan(count * _width, _width);
        int bits = BitConverter.SingleToInt32Bits(weight);
        if (_known[count] && _weightBits[count] == bits) return sum;
        // The sink's weight (0 or 1) changes p for the same count, so the entry is recomputed for the new weight.
        var projection = _head.ValueProjection!;
        var value = projection.Vector(0);
        foreach (var c in projection.NonZero(0))
        {
            float total = 0f;
            for (int t = 0; t < count; t++) total += value[c] * weight;
            sum[c] = total;
        }
        _weightBits[count] = bits;
        _known[count] = true;
        return sum;
    }
}
