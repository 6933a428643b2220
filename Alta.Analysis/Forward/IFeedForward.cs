using System;

namespace Alta.Analysis.Forward;

/// <summary>
/// The feed-forward block of a layer, as <see cref="LayerByLayerPass"/> calls it: for each of
/// <c>positions</c> residual rows (width d_model) of <paramref name="input"/>, writes the amount the block adds
/// to the residual into the same row of <paramref name="delta"/>. The compiled block
/// (<see cref="CompiledFeedForward"/>) and a trained MLP (<see cref="LearnedFeedForward"/>) both fit.
/// </summary>
public interface IFeedForward
{
    void Apply(ReadOnlySpan<float> input, Span<float> delta, int positions);
}
