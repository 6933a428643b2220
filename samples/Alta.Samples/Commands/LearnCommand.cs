using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Alta.Analysis.Learned;

namespace Alta.Samples.Commands;

/// <summary>
/// <c>learn &lt;task&gt; [options]</c>: trains a Transformer Program on one of the paper's tasks, prints a
/// progress line per epoch and the accuracies of the discretised program, and writes the program as JSON,
/// its test set, and its decompiled ALTA class.
/// </summary>
internal static class LearnCommand
{
    public const string Usage = """
        learn <task> [--seed S] [--layers L] [--heads H] [--counts C] [--mlps M] [--epochs E]
              [--size N] [--batch B] [--lr X] [--tau-start T] [--tau-end T]
              [--loss-mean position|sequence] [--balance-lengths P] [--balance-by weight|sample]
              [--out DIR] [--class NAME]
            tasks: reverse, hist, double_hist, sort, most_freq, dyck1, dyck2
            the temperature falls geometrically from --tau-start (default 3) to --tau-end (default 0.01)
            --loss-mean sequence averages the loss over each input's positions, then over the inputs (the
              paper's); position (default) weighs every labelled position alike
            --balance-lengths P weighs each training input by 1 / (training inputs of its length)^P, P in
              (0, 1]; 1 gives every input length the same total weight (not the paper's: it changes the
              training objective, not the data or the test set); default: off
            --balance-by weight (default) scales each input's loss by that weight; sample instead draws each
              epoch's inputs, with replacement, with probability proportional to it
            writes DIR/<task>.json (the discretised program), DIR/<task>.test.json (its test set) and
            DIR/<Class>.cs (the decompiled ALTA program); DIR defaults to learned/
            the read-out is the paper's linear classifier over every variable, trained with the rest and
              discretised to integer votes; "validation" is the integer program's accuracy, "float" the
              same program with the read-out's float weights
        """;

    public static int Execute(string[] args)
    {
        if (args.Length > 0 && args[0] is "--help" or "-h")
        {
            Console.WriteLine(Usage);
            return 0;
        }
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) throw new InputException("'learn' needs a task.\n" + Usage);
        var task = Task(args[0]);
        var options = Options(args);
        var config = new LearnedConfig
        {
            Seed = Int(options, "seed", 0),
            Layers = Int(options, "layers", 2),
            CategoricalHeads = Int(options, "heads", 2),
            CountHeads = Int(options, "counts", 1),
            Mlps = Int(options, "mlps", 1),
            Epochs = Int(options, "epochs", 30),
            DatasetSize = Int(options, "size", 20000),
            BatchSize = Int(options, "batch", 32),
            LearningRate = (float)Double(options, "lr", 0.05),
            TauStart = Double(options, "tau-start", 3.0),
            TauEnd = Double(options, "tau-end", 0.01),
            BalanceLengths = Double(options, "balance-lengths", 0) is var power and <= 1 ? power
                : throw new InputException($"--balance-lengths takes a power in (0, 1], not '{options["balance-lengths"]}'."),
            BalanceBy = options.GetValueOrDefault("balance-by", "weight") switch
            {
                "weight" => LengthBalancing.Weight,
                "sample" => LengthBalancing.Sample,
                var other => throw new InputException($"--balance-by takes 'weight' or 'sample', not '{other}'."),
            },
            LossMean = options.GetValueOrDefault("loss-mean", "position") switch
            {
                "position" => LossMean.Position,
                "sequence" => LossMean.Sequence,
                var other => throw new InputException($"--loss-mean takes 'position' or 'sequence', not '{other}'."),
            },
        };
        string output = options.GetValueOrDefault("out", "learned");
        string className = options.GetValueOrDefault("class", Decompiler.DefaultClassName(task.Name));

        var data = LearnedDataset.Generate(task, config.DatasetSize, config.Seed);
        Console.WriteLine($"{task.Name}: {data.Train.Count} train, {data.Validation.Count} validation, {data.Test.Count} test inputs; " +
                          $"{config.Layers} layers, {config.CategoricalHeads} categorical + {config.CountHeads} count heads and {config.Mlps} MLPs per layer, seed {config.Seed}");
        var clock = Stopwatch.StartNew();
        var (program, _) = new Trainer(config).Train(data, report => Console.WriteLine(
            $"epoch {report.Epoch,3}/{report.Epochs}  tau {F(report.Tau)}  loss {F(report.Loss)}  validation {P(report.ValidationAccuracy)} (float {P(report.FloatValidationAccuracy)})  {report.Elapsed.TotalSeconds:0}s"));
        Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:0} s");
        double test = program.Accuracy(data.Test);
        Console.WriteLine($"discretised program: train {P(program.Accuracy(data.Train))}, validation {P(program.Accuracy(data.Validation))}, test {P(test)}; " +
                          $"votes up to {program.Votes.Max(row => row.Max(Math.Abs))} in magnitude");
        // Short inputs are rare once duplicates are dropped, so a program can miss them and still score high.
        Console.WriteLine("test by labelled positions per input: " + string.Join(", ", data.Test
            .GroupBy(e => e.Labels.Count(l => l >= 0)).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}: {P(program.Accuracy(g))} of {g.Count()}")));

        Directory.CreateDirectory(output);
        program = program with { Command = Recorded(args), TestAccuracy = test };
        File.WriteAllText(Path.Combine(output, task.Name + ".json"), LearnedJson.Save(program));
        File.WriteAllText(Path.Combine(output, task.Name + ".test.json"), LearnedJson.SaveExamples(data.Test));
        string source = new Decompiler(program, className).Write();
        File.WriteAllText(Path.Combine(output, className + ".cs"), source);
        Console.WriteLine($"wrote {Path.Combine(output, task.Name + ".json")}, {Path.Combine(output, task.Name + ".test.json")} and {Path.Combine(output, className + ".cs")}");
        return 0;
    }

    /// <summary>The command line for the decompiled file's header, without where the files went.</summary>
    static string Recorded(string[] args)
    {
        var kept = new List<string> { "learn" };
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out") { i++; continue; }
            kept.Add(args[i]);
        }
        return string.Join(" ", kept);
    }

    static LearnedTask Task(string name)
    {
        try { return LearnedTask.Get(name); }
        catch (ArgumentException e) { throw new InputException(e.Message.Replace(" (Parameter 'name')", "")); }
    }

    static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (int i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new InputException($"Expected '--option value', got '{args[i]}'.\n" + Usage);
            options[args[i][2..]] = args[++i];
        }
        var known = new HashSet<string> { "seed", "layers", "heads", "counts", "mlps", "epochs", "size", "batch", "lr", "tau-start", "tau-end", "loss-mean", "balance-lengths", "balance-by", "out", "class" };
        foreach (var key in options.Keys)
            if (!known.Contains(key)) throw new InputException($"Unknown option '--{key}'.\n" + Usage);
        return options;
    }

    static int Int(Dictionary<string, string> options, string key, int fallback) =>
        !options.TryGetValue(key, out var text) ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0 ? value
        : throw new InputException($"--{key} takes a whole number, not '{text}'.");

    static double Double(Dictionary<string, string> options, string key, double fallback) =>
        !options.TryGetValue(key, out var text) ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value > 0 ? value
        : throw new InputException($"--{key} takes a positive number, not '{text}'.");

    static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    static string P(double value) => (100 * value).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
