using Alta.Generators.Spec;

namespace Alta.Generators.Compile;

/// <summary>
/// How a count head (RASP's selector width) is compiled, Tracr's BOS construction without a BOS token: the
/// head's sink logit equals a selected score, so the sink behaves as one more, always-selected position with
/// value 0, while every selected position has value 1 (the One dimension). With w positions selected the
/// head writes <c>w / (w + 1)</c>: 0 when nothing is selected. The feed-forward network's step units read that
/// mean back as the categorical count w (its buckets are centred on these values), which is the
/// numerical-to-categorical MLP of Tracr, fused into the expansion layer.
/// </summary>
internal static class CountCentres
{
    /// <summary>The means <c>w / (w + 1)</c> for <c>w = 0 .. maxLength</c>, ascending: bucket w is count w.</summary>
    public static EquatableArray<double> Of(int maxLength)
    {
        var centres = new double[maxLength + 1];
        for (int w = 0; w <= maxLength; w++) centres[w] = (double)w / (w + 1);
        return centres.ToEquatableArray();
    }
}
