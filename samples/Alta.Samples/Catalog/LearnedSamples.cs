using System;
using System.Collections.Generic;
using System.Linq;
using Alta.Analysis.Learned;
using Alta.Samples.Learned;

namespace Alta.Samples.Catalog;

/// <summary>
/// The programs that were learned from examples and decompiled (docs/learned-programs.md). They read the
/// paper's tokens, so input and output go through the task's own vocabulary rather than the letter formats of
/// the written samples: a learned program knows only the symbols it was trained on.
/// </summary>
internal static class LearnedSamples
{
    public static IReadOnlyList<ISample> All { get; } =
    [
        Make<LearnedSort.Labels>("learned-sort", "sort",
            "sorts digits 0-4 (1 to 6 of them) with the program learned from examples; it is not always right (docs/learned-programs.md)", "31402",
            LearnedSort.Interpret, LearnedSort.Run, () => LearnedSort.Model),
        Make<LearnedHist.Labels>("learned-hist", "hist",
            "every digit 0-5 (1 to 7 of them) gets how often it occurs, with the program learned from examples", "310313",
            LearnedHist.Interpret, LearnedHist.Run, () => LearnedHist.Model),
        Make<LearnedDoubleHist.Labels>("learned-double-hist", "double_hist",
            "every digit 0-5 (1 to 7 of them) gets how many distinct digits occur as often as it does, with the program learned from examples", "0012223",
            LearnedDoubleHist.Interpret, LearnedDoubleHist.Run, () => LearnedDoubleHist.Model),
        Make<LearnedDyck1.Labels>("learned-dyck1", "dyck1",
            "for each prefix of up to 15 brackets, P (open), T (balanced) or F (can never balance), with the program learned from examples", "(()))(",
            LearnedDyck1.Interpret, LearnedDyck1.Run, () => LearnedDyck1.Model),
        Make<LearnedDyck2.Labels>("learned-dyck2", "dyck2",
            "for each prefix of up to 15 brackets of two kinds, P (open), T (balanced) or F (can never balance), with the program learned from examples; it is not always right (docs/learned-programs.md)", "{()}(}",
            LearnedDyck2.Interpret, LearnedDyck2.Run, () => LearnedDyck2.Model),
        Make<LearnedReverse.Labels>("learned-reverse", "reverse",
            "reverses digits 0-4 (1 to 6 of them) with the program learned from examples; it is not always right on 2 to 4 digits (docs/learned-programs.md)", "31402",
            LearnedReverse.Interpret, LearnedReverse.Run, () => LearnedReverse.Model),
    ];

    static Sample<T> Make<T>(string name, string taskName, string description, string example,
        Interpreter<T> interpret, Runner<T> run, Func<AltaModel> model) where T : struct, Enum
    {
        var task = LearnedTask.Get(taskName);
        string symbol = Digits(task) ? "digit" : "bracket";
        return new Sample<T>(name, description, example, input => Encode(task, name, input), outputs => Decode(task, outputs), interpret, run, model,
            legend: $"{{output}} per {symbol}, BOS and EOS left out");
    }

    /// <summary><c>3140</c> (or <c>(()</c>) as BOS, one token per symbol, and EOS when the task has one.</summary>
    static int[] Encode(LearnedTask task, string name, string input)
    {
        var symbols = Symbols(task);
        bool eos = task.Tokens.Contains(LearnedTask.Eos);
        int longest = task.MaxLength - 1 - (eos ? 1 : 0);
        // Digit tasks name their range (digits 0-4); the Dyck tasks list their brackets.
        bool isDigits = Digits(task);
        string unit = isDigits ? "digits" : "brackets";
        string digits = isDigits ? $"digits {symbols[0]}-{symbols[^1]}" : "brackets " + string.Join(" ", symbols);
        if (input.Length == 0) throw new InputException($"The input is empty: type {digits}, e.g. {string.Concat(symbols.Take(3))}.");
        if (input.Length > longest) throw new InputException($"{input.Length} {unit} is too long: {name} takes at most {longest}.");
        var tokens = new List<int> { IndexOf(task.Tokens, LearnedTask.Bos) };
        for (int i = 0; i < input.Length; i++)
        {
            int id = IndexOf(task.Tokens, input[i].ToString());
            if (id < 0 || !symbols.Contains(task.Tokens[id]))
                throw new InputException($"'{CharacterText.At(input, i)}' at character {i + 1} is not one of the {digits} that {name} was trained on.");
            tokens.Add(id);
        }
        if (eos) tokens.Add(IndexOf(task.Tokens, LearnedTask.Eos));
        return tokens.ToArray();
    }

    /// <summary>The task's input symbols: its tokens without padding, BOS and EOS.</summary>
    static List<string> Symbols(LearnedTask task) =>
        task.Tokens.Where(t => t is not (LearnedTask.Pad or LearnedTask.Bos or LearnedTask.Eos)).ToList();

    static bool Digits(LearnedTask task) => Symbols(task).All(t => t.Length == 1 && char.IsDigit(t[0]));

    /// <summary>The label of every digit: BOS and EOS carry no label, so they are left out.</summary>
    static string Decode<T>(LearnedTask task, T[] outputs) where T : struct, Enum
    {
        int digits = outputs.Length - 1 - (task.Tokens.Contains(LearnedTask.Eos) ? 1 : 0);
        return string.Join(" ", outputs.Skip(1).Take(digits).Select(label => task.Labels[Convert.ToInt32(label, System.Globalization.CultureInfo.InvariantCulture)]));
    }

    static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
            if (names[i] == name) return i;
        return -1;
    }
}
