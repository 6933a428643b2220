namespace Alta.Interpretation;

/// <summary>Which bucket a numerical value falls in: the nearest centre, ties to the lower bucket.</summary>
public static class Buckets
{
    /// <summary>The index of the bucket holding <paramref name="value"/>.</summary>
    public static int Of(double[] centres, double value)
    {
        int bucket = 0;
        // Boundaries are the midpoints between neighbouring centres; a value on a boundary stays below.
        while (bucket + 1 < centres.Length && value > (centres[bucket] + centres[bucket + 1]) / 2) bucket++;
        return bucket;
    }
}
