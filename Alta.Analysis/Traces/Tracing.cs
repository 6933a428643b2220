using System;
using System.Collections.Generic;
using Alta.Analysis.Forward;
using Alta.Interpretation;

namespace Alta.Analysis.Traces;

/// <summary>
/// Traces of a program over a set of inputs, two ways that must agree: from the compiled weights (the
/// residual stream of <see cref="LayerByLayerPass"/>, which is <c>Run</c>'s) and from <c>Interpret</c> (the
/// class's own C#, its variables encoded in the compiled layout).
/// </summary>
public static class Tracing
{
    /// <summary>Traces from the compiled model: the feed-forward input and delta of every layer and position.</summary>
    public static FeedForwardTrace FromModel(AltaModel model, IReadOnlyList<int[]> inputs, int? maxLayers = null)
    {
        var pass = new LayerByLayerPass(model);
        var compiled = new CompiledFeedForward(model);
        var builder = new TraceBuilder(model.Layout);
        int d = model.Layout.ModelWidth;
        for (int e = 0; e < inputs.Count; e++)
        {
            int example = e, n = inputs[e].Length;
            pass.Run(inputs[e], compiled, maxLayers, (layer, x, delta, positions) =>
            {
                for (int i = 0; i < positions; i++)
                    builder.Add(example, layer, i, n, x.AsSpan(i * d, d), delta.AsSpan(i * d, d));
            });
        }
        return builder.Build();
    }

    /// <summary>Traces from the interpreter: each MLP call's variables before and after, encoded in <paramref name="layout"/>.</summary>
    public static FeedForwardTrace FromInterpreter(InterpretedProgram program, Func<IInterpreterHost> createHost, ModelLayout layout,
        IReadOnlyList<int[]> inputs, int? maxLayers = null)
    {
        var encoding = new ResidualEncoding(program, layout);
        var builder = new TraceBuilder(layout);
        for (int e = 0; e < inputs.Count; e++)
        {
            int example = e, n = inputs[e].Length;
            var host = new RecordingHost(createHost(), n, (layer, position, before, after) =>
            {
                var input = encoding.Encode(before, headsNull: false);
                var output = encoding.Encode(after, headsNull: true);
                var delta = new float[input.Length];
                for (int k = 0; k < delta.Length; k++)
                    delta[k] = output[k] - input[k];
                builder.Add(example, layer, position, n, input, delta);
            });
            Interpreter.Run(program, host, inputs[e], maxLayers, trace: null);
        }
        return builder.Build();
    }
}
