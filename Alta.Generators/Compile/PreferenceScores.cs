using System.Collections.Generic;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile;

/// <summary>
/// The position-dependent score term of a head with <c>Prefer</c> (docs/design.md, "Attention: one head per `[Attend]` field", closest match). The score of
/// position j seen from position i becomes <c>lambda^2 [j selected] + pref(i, j)</c>, with
/// <list type="bullet">
/// <item>Latest: <c>pref = G (j - (N-1))</c>; Earliest: <c>pref = -G j</c>;</item>
/// <item>Nearest: <c>pref = -G (2 d^2 + d)</c> with <c>d = j - i</c>, so that of two positions at the same distance
/// the earlier one (d &lt; 0) scores higher.</item>
/// </list>
/// pref is an integer multiple of G = 128 that is 0 at best and at least <c>-PMax</c>, and different positions get
/// different values, so the winner leads every other position by at least 128. lambda is the smallest power of
/// two with <c>lambda^2 &gt;= PMax + 256</c>: a selected position then scores at least 256, every position that is
/// not selected at most 0, and the sink stays at 128. After max-subtraction every logit but the winner's is at
/// most -128 and its exp underflows to exactly 0 in float32, so the softmax is exactly one-hot. Every product
/// and partial sum is an integer below 2^24, hence exact.
/// The terms are bilinear in the residual dimensions One, Position (j) and PositionSquared (j^2), which the
/// position embedding sets; Nearest expands <c>2 d^2 + d</c> into three query-key columns.
/// </summary>
internal static class PreferenceScores
{
    /// <summary>The gap between neighbouring preference levels: exp(-128) underflows to 0 in float32.</summary>
    public const float Gap = 128f;

    private const double ExactLimit = 1 << 24;

    /// <summary>A residual feature: the constant One, the position, or its square.</summary>
    public enum Feature { One, Position, PositionSquared }

    /// <summary>One query-key column: the weighted features read on the query side and on the key side.</summary>
    public sealed record Column((Feature Feature, float Weight)[] Query, (Feature Feature, float Weight)[] Key);

    /// <summary>The extra query-key columns of a preference, for inputs up to <paramref name="maxLength"/>.</summary>
    public static Column[] Columns(Preference prefer, int maxLength)
    {
        float n = maxLength - 1;
        return prefer switch
        {
            Preference.None => [],
            Preference.Latest => [new([(Feature.One, 1f)], [(Feature.Position, Gap), (Feature.One, -Gap * n)])],
            Preference.Earliest => [new([(Feature.One, 1f)], [(Feature.Position, -Gap)])],
            // -G (2 j^2 + j) + 4G i j - G (2 i^2 - i) = -G (2 (j - i)^2 + (j - i)).
            Preference.Nearest =>
            [
                new([(Feature.One, 1f)], [(Feature.PositionSquared, -2 * Gap), (Feature.Position, -Gap)]),
                new([(Feature.Position, 4 * Gap)], [(Feature.Position, 1f)]),
                new([(Feature.PositionSquared, -2 * Gap), (Feature.Position, Gap)], [(Feature.One, 1f)]),
            ],
            _ => throw new System.ArgumentOutOfRangeException(nameof(prefer), prefer, "Unknown preference."),
        };
    }

    /// <summary>lambda for a head with this preference: 16 without one, else large enough to outweigh the term.</summary>
    public static float Scale(Preference prefer, int maxLength)
    {
        double lambda = AttentionCompiler.Scale;
        while (lambda * lambda < Range(prefer, maxLength - 1) + 2 * Gap) lambda *= 2;
        return (float)lambda;
    }

    /// <summary>The longest input for which every score of such a head stays an exact float32 integer.</summary>
    public static int ExactUpToLength(Preference prefer)
    {
        if (prefer == Preference.None) return int.MaxValue;
        int length = 1;
        while (length < 65536 && Bound(prefer, length + 1) < ExactLimit) length++;
        return length;
    }

    /// <summary>PMax: how far below 0 the term reaches when positions run up to <paramref name="n"/>.</summary>
    private static double Range(Preference prefer, double n) => prefer switch
    {
        Preference.None => 0,
        Preference.Nearest => Gap * (2 * n * n + n),
        _ => Gap * n,
    };

    /// <summary>The largest magnitude of any partial sum of a score (selection column first, then the terms' columns).</summary>
    private static double Bound(Preference prefer, int maxLength)
    {
        double n = maxLength - 1, lambda = Scale(prefer, maxLength);
        double terms = prefer == Preference.Nearest ? Gap * (8 * n * n + 2 * n) : 2 * Gap * n;
        return lambda * lambda + terms;
    }

    /// <summary>The features the preferences of a program need in the residual stream.</summary>
    public static IReadOnlyCollection<Feature> FeaturesOf(IEnumerable<Selector> selectors)
    {
        var features = new SortedSet<Feature>();
        foreach (var selector in selectors)
            foreach (var column in Columns(selector.Prefer, 2))
                foreach (var (feature, _) in column.Query) features.Add(feature);
        foreach (var selector in selectors)
            foreach (var column in Columns(selector.Prefer, 2))
                foreach (var (feature, _) in column.Key) features.Add(feature);
        features.Remove(Feature.One);
        return features;
    }
}
