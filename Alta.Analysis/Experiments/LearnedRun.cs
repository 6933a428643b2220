using System;
using System.Collections.Generic;
using Alta.Analysis.Forward;
using Alta.Analysis.Training;

namespace Alta.Analysis.Experiments;

/// <summary>
/// The compiled Transformer with a trained MLP in place of its feed-forward block, run end to end (with
/// halting, up to the model's layer budget) and scored against the interpreter, by input length.
/// </summary>
public static class LearnedRun
{
    /// <summary>For each length, <paramref name="countPerLength"/> random inputs; an input is correct when its whole answer equals the interpreter's.</summary>
    /// <param name="clean">Re-encode every variable after each learned block (<see cref="CleanedFeedForward"/>).</param>
    public static List<LengthAccuracy> AccuracyByLength(StudiedProgram program, Mlp mlp, IEnumerable<int> lengths, int countPerLength, int seed, bool clean = false)
    {
        var pass = new LayerByLayerPass(program.Model);
        IFeedForward block = new LearnedFeedForward(mlp, program.Model.Layout.ModelWidth);
        if (clean) block = new CleanedFeedForward(block, program.Model, program.Program);
        var random = new Random(seed);
        var results = new List<LengthAccuracy>();
        foreach (var length in lengths)
        {
            int correct = 0, halted = 0;
            for (int k = 0; k < countPerLength; k++)
            {
                var tokens = program.Generate(random, length);
                var run = pass.Run(tokens, block);
                if (run.Halted) halted++;
                if (Same(program.Answer(run.Outputs), program.ExpectedAnswer(tokens))) correct++;
            }
            results.Add(new LengthAccuracy(length, countPerLength, correct, halted));
        }
        return results;
    }

    /// <summary>
    /// How far the learned model's residual stream drifts from the compiled one on <paramref name="tokens"/>:
    /// the largest absolute difference after each layer (both run for the compiled run's number of layers).
    /// </summary>
    public static List<float> Drift(StudiedProgram program, Mlp mlp, int[] tokens)
    {
        var pass = new LayerByLayerPass(program.Model);
        var compiled = new List<float[]>();
        var learned = new List<float[]>();
        var run = pass.Run(tokens, new CompiledFeedForward(program.Model), observe: (_, x, delta, _) => compiled.Add(Add(x, delta)));
        pass.Run(tokens, new LearnedFeedForward(mlp, program.Model.Layout.ModelWidth), run.Layers, (_, x, delta, _) => learned.Add(Add(x, delta)));
        var drift = new List<float>();
        for (int l = 0; l < Math.Min(compiled.Count, learned.Count); l++)
        {
            float max = 0;
            for (int k = 0; k < compiled[l].Length; k++) max = Math.Max(max, Math.Abs(compiled[l][k] - learned[l][k]));
            drift.Add(max);
        }
        return drift;
    }

    static float[] Add(float[] x, float[] delta)
    {
        var sum = new float[x.Length];
        for (int k = 0; k < x.Length; k++) sum[k] = x[k] + delta[k];
        return sum;
    }

    // NaN (null) equals NaN here: a null answer where the interpreter also says null is right.
    static bool Same(double[] actual, double[] expected)
    {
        if (actual.Length != expected.Length) return false;
        for (int i = 0; i < actual.Length; i++)
            if (!actual[i].Equals(expected[i])) return false;
        return true;
    }
}
