using System;

namespace Alta.Forward;

/// <summary>
/// The attention softmax with the null sink, shared by both passes so they agree to the bit: the maximum
/// is subtracted first (so the selected logits give exp(0) = 1 and everything at least 104 below underflows
/// to exactly 0), and the sum runs sink first, then positions in ascending order.
/// </summary>
public static class SinkSoftmax
{
    /// <summary>Below this, exp underflows to exactly 0 in float32 (the smallest subnormal is exp(-103.28)),
    /// so the call is skipped: compiled logits are 0, 128, 256 or masked below the maximum.</summary>
    public const float Underflow = -110f;

    /// <summary><c>exp(logit - max)</c> in float32.</summary>
    public static float Exp(float logit, float max)
    {
        float shifted = logit - max;
        // Selected positions sit exactly at the maximum, and exp(0) is exactly 1.
        return shifted == 0f ? 1f : shifted < Underflow ? 0f : MathF.Exp(shifted);
    }

    /// <summary>Turns <c>[sink, l_0, ..., l_(n-1)]</c> into probabilities in place.</summary>
    public static void Apply(Span<float> logits)
    {
        float max = logits[0];
        for (int k = 1; k < logits.Length; k++) max = MathF.Max(max, logits[k]);
        float sum = 0;
        for (int k = 0; k < logits.Length; k++)
        {
            logits[k] = Exp(logits[k], max);
            sum += logits[k];
        }
        for (int k = 0; k < logits.Length; k++) logits[k] /= sum;
    }
}
