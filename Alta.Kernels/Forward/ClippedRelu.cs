using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Alta.Forward;

/// <summary>
/// <c>h = min(1, max(0, h + b))</c> in one pass, shared by both forward passes so they round alike
/// (a negative zero becomes +0 in both).
/// </summary>
public static class ClippedRelu
{
    /// <summary>Adds the bias to <paramref name="hidden"/> and clips every entry to [0, 1], in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddBiasAndClip(Span<float> hidden, ReadOnlySpan<float> bias)
    {
        if (bias.Length != hidden.Length) throw new ArgumentException("The bias must match the layer.", nameof(bias));
        int k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; k <= hidden.Length - Vector<float>.Count; k += Vector<float>.Count)
            {
                var sum = new Vector<float>(hidden.Slice(k)) + new Vector<float>(bias.Slice(k));
                Vector.Min(Vector.Max(sum, Vector<float>.Zero), Vector<float>.One).CopyTo(hidden.Slice(k));
            }
        }
        for (; k < hidden.Length; k++) hidden[k] = MathF.Min(MathF.Max(hidden[k] + bias[k], 0f), 1f);
    }
}
