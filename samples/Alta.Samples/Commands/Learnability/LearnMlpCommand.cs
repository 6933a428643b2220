using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Alta.Analysis.Coverage;
using Alta.Analysis.Experiments;
using Alta.Analysis.Metrics;
using Alta.Analysis.Traces;
using Alta.Analysis.Training;

namespace Alta.Samples.Commands.Learnability;

/// <summary>
/// <c>learn-mlp &lt;program&gt;</c>: the trace-supervision experiment for one program and training set.
/// Traces of random training inputs (compiled layout), their rule coverage, an MLP trained on them, its
/// vector and element accuracy on held-out traces (same lengths, and the test lengths), and the compiled
/// model with the MLP in place of its feed-forward block, scored end to end by length.
/// </summary>
internal static class LearnMlpCommand
{
    public static int Execute(LearnabilityOptions options)
    {
        var program = StudiedPrograms.Find(options.Program);
        int seed = options.Int("seed", 1);
        var trainLengths = options.Lengths("lengths", "1..8");
        var testLengths = options.Lengths("test-lengths", "1..40");
        var trainInputs = options.Inputs(program);
        var inv = CultureInfo.InvariantCulture;

        var trace = Tracing.FromModel(program.Model, trainInputs);
        var coverage = RuleCoverage.Measure(program.Model, trace);
        Console.WriteLine($"{program.Name}: {trainInputs.Count} training inputs of lengths {Describe(trainLengths)}, {trace.Rows} trace rows");
        Console.Write(coverage.Report());

        var training = options.Flag("noise") ? trace.WithNoise(seed) : trace;
        var heldOut = Tracing.FromModel(program.Model, program.RandomInputs(new Random(seed + 1000), trainLengths, Math.Max(1, options.Int("count", 100) / 4)));
        var longer = testLengths.Where(l => l > trainLengths.Max()).ToArray();
        var longTrace = longer.Length == 0 ? null
            : Tracing.FromModel(program.Model, program.RandomInputs(new Random(seed + 2000), longer.Where((_, k) => k % Math.Max(1, longer.Length / 4) == 0), 4));

        var trainingOptions = new TrainingOptions
        {
            Hidden = (options.Text("hidden") ?? "128,128").Split(',').Select(h => int.Parse(h, inv)).ToArray(),
            LearningRate = options.Float("lr", 1e-3f),
            BatchSize = options.Int("batch", 256),
            Seed = seed,
            MaxSteps = options.Int("steps", 20_000),
            EvaluateEvery = options.Int("eval-every", 250),
            Patience = options.Int("patience", 8),
            StopAtAccuracy = options.Float("stop-accuracy", 1f),
            MaxSeconds = options.Float("max-seconds", 540),
        };
        var evaluation = Sample(training, 4096, seed);
        var outcome = Trainer.Train(training.Inputs, training.Deltas, evaluation.Inputs, evaluation.Deltas, trainingOptions,
            options.Flag("quiet") ? null : p => Console.WriteLine(p));
        Console.WriteLine($"stopped: {outcome.StoppedBecause} at step {outcome.Last.Step} after {outcome.Last.Seconds.ToString("0.0", inv)}s");

        var heldOutPrediction = outcome.Mlp.Predict(heldOut.Inputs);
        Console.WriteLine($"held-out traces (lengths {Describe(trainLengths)}): vector accuracy {Accuracy.Vectors(heldOutPrediction, heldOut.Deltas).ToString("P2", inv)}, element accuracy {Accuracy.Elements(heldOutPrediction, heldOut.Deltas).ToString("P3", inv)}");
        if (longTrace is not null)
        {
            var longPrediction = outcome.Mlp.Predict(longTrace.Inputs);
            Console.WriteLine($"traces of longer inputs (lengths {Describe(longer)}): vector accuracy {Accuracy.Vectors(longPrediction, longTrace.Deltas).ToString("P2", inv)}, element accuracy {Accuracy.Elements(longPrediction, longTrace.Deltas).ToString("P3", inv)}, "
                + $"{new InputStates(trace).UnseenShare(longTrace).ToString("P1", inv)} of their rows have a feed-forward input the training traces never show");
        }

        int testCount = options.Int("test-count", 20);
        var byLength = LearnedRun.AccuracyByLength(program, outcome.Mlp, testLengths, testCount, seed + 3000);
        var cleaned = LearnedRun.AccuracyByLength(program, outcome.Mlp, testLengths, testCount, seed + 3000, clean: true);
        Console.WriteLine("end-to-end accuracy by length (learned feed-forward block; raw, and with the residual re-encoded after each layer):");
        for (int k = 0; k < byLength.Count; k++)
            Console.WriteLine($"  length {byLength[k].Length,3}: raw {byLength[k].Accuracy.ToString("P0", inv),5} ({byLength[k].Halted}/{testCount} halted)   re-encoded {cleaned[k].Accuracy.ToString("P0", inv),5} ({cleaned[k].Halted}/{testCount} halted)");
        if (options.Int("drift-length", 0) is > 0 and int driftLength)
        {
            var drift = LearnedRun.Drift(program, outcome.Mlp, program.Generate(new Random(seed), driftLength));
            Console.WriteLine($"largest residual difference to the compiled model after each layer (length {driftLength}): "
                + string.Join(" ", drift.Select(d => d.ToString("0.###", inv))));
        }
        if (options.Text("csv") is { } csv)
        {
            var label = options.Text("label") ?? program.Name;
            File.WriteAllLines(csv, byLength.Zip(cleaned, (r, c) => string.Create(inv, $"{label},{r.Length},{r.Accuracy:0.####},{c.Accuracy:0.####}"))
                .Prepend("series,length,raw,reencoded"));
            Console.WriteLine($"accuracy by length -> {csv}");
        }
        return 0;
    }

    static FeedForwardTrace Sample(FeedForwardTrace trace, int rows, int seed)
    {
        if (trace.Rows <= rows) return trace;
        var order = Enumerable.Range(0, trace.Rows).ToArray();
        new Random(seed).Shuffle(order);
        return trace.SelectRows(order[..rows]);
    }

    static string Describe(int[] lengths) =>
        lengths.Length > 2 && lengths[^1] - lengths[0] == lengths.Length - 1 ? $"{lengths[0]}..{lengths[^1]}" : string.Join(",", lengths);
}
