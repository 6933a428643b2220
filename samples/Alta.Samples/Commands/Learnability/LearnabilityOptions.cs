using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Alta.Analysis.Experiments;

namespace Alta.Samples.Commands.Learnability;

/// <summary>
/// The arguments of the learnability commands: one program name, then <c>--name value</c> options and
/// <c>--flag</c>s. Lengths are ranges such as <c>1..8</c> or lists such as <c>1,2,4</c>.
/// </summary>
internal sealed class LearnabilityOptions
{
    static readonly HashSet<string> Flags = ["all", "noise", "interpret", "quiet"];
    readonly Dictionary<string, string> values = new();
    readonly HashSet<string> flags = new();

    LearnabilityOptions(string command, string program)
    {
        Command = command;
        Program = program;
    }

    public string Command { get; }

    public string Program { get; }

    public static LearnabilityOptions Parse(string command, IReadOnlyList<string> args)
    {
        string? program = null;
        var options = new Dictionary<string, string>();
        var flags = new HashSet<string>();
        for (int k = 0; k < args.Count; k++)
        {
            var arg = args[k];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                if (Flags.Contains(name)) { flags.Add(name); continue; }
                if (k + 1 >= args.Count) throw new InputException($"Option '{arg}' needs a value.");
                options[name] = args[++k];
            }
            else if (program is null) program = arg;
            else throw new InputException($"'{command}' takes one program; '{arg}' is extra. Run 'help' for usage.");
        }
        if (program is null) throw new InputException($"'{command}' needs a program, e.g. '{command} parity-relative'. Run 'help' for usage.");
        var parsed = new LearnabilityOptions(command, program);
        foreach (var (name, value) in options) parsed.values[name] = value;
        foreach (var flag in flags) parsed.flags.Add(flag);
        return parsed;
    }

    public bool Flag(string name) => flags.Contains(name);

    public string? Text(string name) => values.TryGetValue(name, out var value) ? value : null;

    public int Int(string name, int fallback)
    {
        if (Text(name) is not { } text) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            throw new InputException($"--{name} takes a whole number, not '{text}'.");
        return value;
    }

    public float Float(string name, float fallback)
    {
        if (Text(name) is not { } text) return fallback;
        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float value))
            throw new InputException($"--{name} takes a number, not '{text}'.");
        return value;
    }

    /// <summary><c>1..8</c>, <c>3</c> or <c>1,2,5</c>.</summary>
    public int[] Lengths(string name, string fallback)
    {
        var text = Text(name) ?? fallback;
        try
        {
            if (text.Contains("..", StringComparison.Ordinal))
            {
                var parts = text.Split("..");
                int from = int.Parse(parts[0], CultureInfo.InvariantCulture), to = int.Parse(parts[1], CultureInfo.InvariantCulture);
                if (from < 1 || to < from) throw new FormatException();
                return Enumerable.Range(from, to - from + 1).ToArray();
            }
            var list = text.Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            if (list.Any(l => l < 1)) throw new FormatException();
            return list;
        }
        catch (FormatException)
        {
            throw new InputException($"--{name} takes lengths such as 1..8 or 1,2,4 (each at least 1), not '{text}'.");
        }
    }

    /// <summary>The dataset: <c>--inputs FILE</c> (one input per line, tokens separated by commas or spaces),
    /// or <c>--count</c> random inputs of each of <c>--lengths</c> with <c>--seed</c>.</summary>
    public List<int[]> Inputs(StudiedProgram program)
    {
        if (Text("inputs") is { } file)
        {
            if (!File.Exists(file)) throw new InputException($"The inputs file '{file}' does not exist.");
            var inputs = new List<int[]>();
            int line = 0;
            foreach (var text in File.ReadLines(file))
            {
                line++;
                if (text.Trim().Length == 0) continue;
                try
                {
                    inputs.Add(text.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray());
                }
                catch (FormatException)
                {
                    throw new InputException($"{file}:{line}: an input is tokens (whole numbers) separated by commas or spaces, not '{text}'.");
                }
            }
            return inputs;
        }
        return program.RandomInputs(new Random(Int("seed", 1)), Lengths("lengths", "1..8"), Int("count", 100));
    }
}
