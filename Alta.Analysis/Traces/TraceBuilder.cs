using System;
using System.Collections.Generic;
using Alta.Analysis.Training;

namespace Alta.Analysis.Traces;

/// <summary>Collects trace rows, then freezes them into a <see cref="FeedForwardTrace"/>.</summary>
internal sealed class TraceBuilder(ModelLayout layout)
{
    readonly List<float> inputs = new();
    readonly List<float> deltas = new();
    readonly List<float> undefined = new();
    readonly List<int> example = new();
    readonly List<int> layer = new();
    readonly List<int> position = new();
    readonly List<int> length = new();

    public void Add(int exampleIndex, int layerIndex, int positionIndex, int inputLength, ReadOnlySpan<float> input, ReadOnlySpan<float> delta)
    {
        foreach (var value in input) inputs.Add(value);
        foreach (var value in delta) deltas.Add(value);
        var mask = UndefinedMask(input);
        foreach (var value in mask) undefined.Add(value);
        example.Add(exampleIndex);
        layer.Add(layerIndex);
        position.Add(positionIndex);
        length.Add(inputLength);
    }

    public FeedForwardTrace Build()
    {
        int d = layout.ModelWidth, rows = example.Count;
        return new FeedForwardTrace(layout,
            new Matrix(rows, d, inputs.ToArray()), new Matrix(rows, d, deltas.ToArray()), new Matrix(rows, d, undefined.ToArray()),
            example.ToArray(), layer.ToArray(), position.ToArray(), length.ToArray());
    }

    // A head output is null exactly when its whole slice is zero (one-hot, or mean and presence).
    float[] UndefinedMask(ReadOnlySpan<float> input)
    {
        var mask = new float[layout.ModelWidth];
        foreach (var variable in layout.Variables)
        {
            if (!variable.IsHead) continue;
            var slice = input.Slice(variable.Offset, variable.Width);
            if (slice.IndexOfAnyExcept(0f) >= 0) continue;
            mask.AsSpan(variable.Offset, variable.Width).Fill(1f);
        }
        return mask;
    }
}
