using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace Alta.Samples.Commands;

/// <summary>
/// <c>scan-eval [--split length|simple|addprim-jump|all] [--interpret] [--limit N]</c>: a SCAN split through the
/// compiled model (<c>RunBatch</c>, every core) or the interpreter, with progress on stderr, ending with
/// <c>scan: N of M exact (P%), layers min/median/max A/B/C, T s</c>. A command is exact when the actions in
/// the cells equal the benchmark's and the run halted.
/// </summary>
internal static class ScanEvalCommand
{
    // Small enough for frequent progress, large enough that every core stays busy within a chunk.
    private const int Chunk = 256;

    public static int Execute(string[] args)
    {
        var (split, interpret, limit) = Options(args);
        IReadOnlyList<ScanTask> tasks = ScanTasks.Load(split);
        if (limit is int n) tasks = tasks.Take(n).ToList();
        var inputs = tasks.Select(t => ScanText.Tokens(t.Command)).ToArray();

        var clock = Stopwatch.StartNew();
        var layers = new int[tasks.Count];
        int exact = 0;
        string? firstWrong = null;
        for (int start = 0; start < tasks.Count; start += Chunk)
        {
            int count = Math.Min(Chunk, tasks.Count - start);
            var results = interpret ? InterpretAll(inputs, start, count) : Scan.RunBatch(new ArraySegment<int[]>(inputs, start, count));
            for (int k = 0; k < count; k++)
            {
                var task = tasks[start + k];
                var result = results[k];
                layers[start + k] = result.Layers;
                var actions = ScanText.Actions(ScanText.Decode(result.Outputs, ScanText.Words(task.Command).Length));
                if (result.Halted && actions == task.Actions) exact++;
                else firstWrong ??= $"{task.Command}: wrote '{actions}', expected '{task.Actions}' (halted {result.Halted})";
            }
            Console.Error.Write($"\r{start + count} of {tasks.Count}, {exact} exact, {clock.Elapsed.TotalSeconds:0} s ");
        }
        clock.Stop();
        Console.Error.WriteLine();
        Console.Error.WriteLine($"through {(interpret ? "Interpret" : "Run")}, {Environment.ProcessorCount} cores");
        if (firstWrong is not null) Console.WriteLine("first wrong: " + firstWrong);

        Array.Sort(layers);
        var inv = CultureInfo.InvariantCulture;
        string percent = (tasks.Count == 0 ? 0 : 100.0 * exact / tasks.Count).ToString("0.##", inv);
        string range = tasks.Count == 0 ? "-/-/-" : $"{layers[0]}/{layers[layers.Length / 2]}/{layers[^1]}";
        Console.WriteLine($"scan: {exact} of {tasks.Count} exact ({percent}%), layers min/median/max {range}, {clock.Elapsed.TotalSeconds.ToString("0.0", inv)} s");
        return exact == tasks.Count ? 0 : 1;
    }

    private static AltaResult<ScanAction>[] InterpretAll(int[][] inputs, int start, int count)
    {
        var results = new AltaResult<ScanAction>[count];
        Parallel.For(0, count, k => results[k] = Scan.Interpret(inputs[start + k]));
        return results;
    }

    private static (ScanSplit Split, bool Interpret, int? Limit) Options(string[] args)
    {
        var split = ScanSplit.All;
        bool interpret = false;
        int? limit = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--interpret": interpret = true; break;
                case "--split": split = Split(Value(args, ref i)); break;
                case "--limit":
                    var text = Value(args, ref i);
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
                        throw new InputException($"--limit takes a positive whole number, not '{text}'.");
                    limit = n;
                    break;
                default: throw new InputException($"scan-eval does not take '{args[i]}'. Run 'help' for usage.");
            }
        }
        return (split, interpret, limit);
    }

    private static string Value(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new InputException($"{args[i - 1]} needs a value. Run 'help' for usage.");

    private static ScanSplit Split(string name) => name switch
    {
        "all" => ScanSplit.All,
        "simple" => ScanSplit.Simple,
        "length" => ScanSplit.Length,
        "addprim-jump" => ScanSplit.AddPrimJump,
        _ => throw new InputException($"Unknown split '{name}'; the splits are: all, simple, length, addprim-jump."),
    };
}
