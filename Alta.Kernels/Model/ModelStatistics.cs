using System;
using System.Globalization;

namespace Alta;

/// <summary>The figures every compiled model reports (docs/design.md, "Statistics").</summary>
public sealed class ModelStatistics
{
    /// <summary>Creates the statistics.</summary>
    public ModelStatistics(int modelWidth, int heads, int[] ffnWidths, int rules, long parameters, long nonZeros,
        float attentionScale, int exactUpToLength)
    {
        ModelWidth = modelWidth;
        Heads = heads;
        FfnWidths = ffnWidths;
        Rules = rules;
        Parameters = parameters;
        NonZeros = nonZeros;
        AttentionScale = attentionScale;
        ExactUpToLength = exactUpToLength;
    }

    /// <summary>d_model: the residual stream's width.</summary>
    public int ModelWidth { get; }

    /// <summary>Attention heads per layer.</summary>
    public int Heads { get; }

    /// <summary>Hidden width of each layer of the feed-forward network.</summary>
    public int[] FfnWidths { get; }

    /// <summary>Rules of the MLP (before splitting by old value).</summary>
    public int Rules { get; }

    /// <summary>Entries of every weight matrix and bias, counted dense.</summary>
    public long Parameters { get; }

    /// <summary>Entries that are not zero.</summary>
    public long NonZeros { get; }

    /// <summary>lambda: query and key weights are 0 or lambda, so a selected score is lambda squared; 16, or the
    /// largest lambda of a head with a preference (which adds a position-dependent term to its scores).</summary>
    public float AttentionScale { get; }

    /// <summary>The sequence length up to which every softmax is exactly 0 or 1/k in float32.</summary>
    public int ExactUpToLength { get; }

    /// <summary>One line with the properties' own names, e.g. <c>ModelWidth=12 Heads=2 FfnWidths=[9] Rules=4 ...</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ModelWidth={ModelWidth} Heads={Heads} FfnWidths=[{string.Join(",", FfnWidths)}] Rules={Rules} Parameters={Parameters} NonZeros={NonZeros} AttentionScale={AttentionScale} ExactUpToLength={ExactUpToLength}");
}
