// Shared by the kernels and the generator (linked into Alta.Generators, which defines ALTA_GENERATOR): the
// build-time evaluator and the run-time read-out snap numerical values with this one rule.
using System;

#if ALTA_GENERATOR
namespace Alta.Generators.Shared;
#else
namespace Alta.Interpretation;
#endif

/// <summary>
/// Which bucket a numerical value falls in: the nearest centre, ties to the lower bucket. Ordinary numerical
/// variables hold exact centres, so any rule reads them alike; a head's mean is the one value that can sit on a
/// boundary, and for it the rule is stated in float32 (<see cref="OfMean"/>), the arithmetic the model runs.
/// </summary>
#if ALTA_GENERATOR
internal
#else
public
#endif
static class Buckets
{
    /// <summary>The index of the bucket holding <paramref name="value"/>.</summary>
    public static int Of(ReadOnlySpan<double> centres, double value)
    {
        int bucket = 0;
        // Boundaries are the midpoints between neighbouring centres; a value on a boundary stays below.
        while (bucket + 1 < centres.Length && value > (centres[bucket] + centres[bucket + 1]) / 2) bucket++;
        return bucket;
    }

    /// <summary>The float32 boundary between bucket <paramref name="lower"/> and the next: the midpoint of the
    /// two centres, rounded to float32. It is the threshold the compiled step unit compares against.</summary>
    public static float Boundary(double[] centres, int lower) => (float)((centres[lower] + centres[lower + 1]) / 2);

    /// <summary>The bucket of a head's mean as the model computes it: the float32 mean lies in bucket b when it is
    /// above b float32 boundaries; a mean equal to a boundary stays in the lower bucket. The interpreter computes
    /// the mean as the attention does (see <c>Attention.Read</c>), so <c>Run</c> and <c>Interpret</c> read every tie the same way.</summary>
    public static int OfMean(double[] centres, float mean)
    {
        int bucket = 0;
        while (bucket + 1 < centres.Length && mean > Boundary(centres, bucket)) bucket++;
        return bucket;
    }
}
