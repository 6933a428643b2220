using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Analysis.Learned;

/// <summary>
/// One of the paper's synthetic tasks: how an input sentence is drawn and what each position's label is.
/// Token and label names are the paper's strings; token id 0 is padding (never in an input), 1 is BOS, then
/// EOS when the task has one, then the task's symbols, so the vocabulary of 8 "includes the specials" as there.
/// </summary>
public sealed class LearnedTask
{
    public const string Pad = "<pad>";
    public const string Bos = "<s>";
    public const string Eos = "</s>";

    readonly Func<Random, (string[] Sentence, string?[] Labels)> draw;

    LearnedTask(string name, string[] tokens, string[] labels, int maxLength, bool causal, Func<Random, (string[], string?[])> draw)
    {
        Name = name;
        Tokens = tokens;
        Labels = labels;
        MaxLength = maxLength;
        Causal = causal;
        this.draw = draw;
    }

    public string Name { get; }

    /// <summary>Token names by id: <c>&lt;pad&gt;</c>, <c>&lt;s&gt;</c>, [<c>&lt;/s&gt;</c>], the symbols.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The output classes (every label but padding), sorted as the paper's tokenizer sorts them.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The longest input, BOS and EOS included: the number of positions of the model.</summary>
    public int MaxLength { get; }

    /// <summary>Dyck tasks label every prefix, so a position sees only itself and what is before it.</summary>
    public bool Causal { get; }

    public static IReadOnlyList<string> Names { get; } = ["reverse", "hist", "double_hist", "sort", "most_freq", "dyck1", "dyck2"];

    public static LearnedTask Get(string name) => name switch
    {
        "reverse" => Sequence(name, 5, (random, s) => s.Reverse().ToArray(), eos: true, minLength: 1, maxLength: 6),
        "sort" => Sequence(name, 5, (random, s) => s.OrderBy(t => t, StringComparer.Ordinal).ToArray(), eos: true, minLength: 1, maxLength: 6),
        "hist" => Sequence(name, 6, (random, s) => s.Select(t => Count(s, t).ToString()).ToArray(), eos: false, minLength: 1, maxLength: 7),
        "double_hist" => Sequence(name, 6, (random, s) => DoubleHist(s), eos: false, minLength: 1, maxLength: 7),
        "most_freq" => Sequence(name, 6, (random, s) => MostFrequent(s), eos: false, minLength: 1, maxLength: 7),
        "dyck1" => Dyck(name, 1),
        "dyck2" => Dyck(name, 2),
        _ => throw new ArgumentException($"Unknown task '{name}'; the tasks are {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>Draws one example: token ids, and per position the label id or -1 (BOS, EOS: not scored).</summary>
    public LabelledSequence Draw(Random random)
    {
        var (sentence, labels) = draw(random);
        var ids = new int[sentence.Length];
        var classes = new int[sentence.Length];
        for (int i = 0; i < sentence.Length; i++)
        {
            ids[i] = IndexOf(Tokens, sentence[i]);
            classes[i] = labels[i] is { } label ? IndexOf(Labels, label) : -1;
        }
        return new LabelledSequence(ids, classes);
    }

    static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
            if (names[i] == name) return i;
        throw new InvalidOperationException($"'{name}' is not one of {string.Join(", ", names)}.");
    }

    static string[] Symbols(int count) => Enumerable.Range(0, count).Select(i => i.ToString()).ToArray();

    static int Count(string[] sentence, string token) => sentence.Count(t => t == token);

    /// <summary>How many distinct tokens occur as often as mine.</summary>
    static string[] DoubleHist(string[] sentence)
    {
        var counts = sentence.Distinct().Select(t => Count(sentence, t)).ToArray();
        return sentence.Select(t => counts.Count(c => c == Count(sentence, t)).ToString()).ToArray();
    }

    /// <summary>The distinct tokens, most frequent first (ties: first occurrence first), then BOS for the rest.</summary>
    static string[] MostFrequent(string[] sentence)
    {
        var order = sentence.Distinct()
            .OrderByDescending(t => Count(sentence, t))
            .ThenBy(t => Array.IndexOf(sentence, t))
            .ToList();
        while (order.Count < sentence.Length) order.Add(Bos);
        return order.ToArray();
    }

    /// <summary>BOS, a uniform length in [minLength, maxLength], uniform symbols, [EOS]; labels per symbol.</summary>
    static LearnedTask Sequence(string name, int symbols, Func<Random, string[], string[]> label, bool eos, int minLength, int maxLength)
    {
        var tokens = new List<string> { Pad, Bos };
        if (eos) tokens.Add(Eos);
        tokens.AddRange(Symbols(symbols));
        var labels = LabelSet(name, symbols, maxLength);
        return new LearnedTask(name, tokens.ToArray(), labels, maxLength + (eos ? 2 : 1), causal: false, random =>
        {
            int length = random.Next(minLength, maxLength + 1);
            var s = new string[length];
            for (int i = 0; i < length; i++) s[i] = (random.Next(symbols)).ToString();
            var tags = label(random, s);
            var sentence = new List<string> { Bos };
            sentence.AddRange(s);
            var labelled = new List<string?> { null };
            labelled.AddRange(tags);
            if (eos) { sentence.Add(Eos); labelled.Add(null); }
            return (sentence.ToArray(), labelled.ToArray());
        });
    }

    /// <summary>Every label a task can produce, in the tokenizer's (ordinal) order.</summary>
    static string[] LabelSet(string name, int symbols, int maxLength)
    {
        IEnumerable<string> labels = name switch
        {
            "reverse" or "sort" => Symbols(symbols),
            "hist" or "double_hist" => Enumerable.Range(1, maxLength).Select(i => i.ToString()),
            "most_freq" => Symbols(symbols).Append(Bos),
            _ => throw new InvalidOperationException(name),
        };
        return labels.OrderBy(l => l, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// BOS and 15 brackets: half the time a balanced string of 8 pairs cut to 15 brackets, half the time random
    /// brackets; per prefix P (open), T (balanced) or F (can never balance). As the paper's <c>make_dyck_pft</c>
    /// with its <c>scripts/dyck.sh</c> settings: <c>--min_length 16 --max_length 16</c> makes
    /// <c>sample_dyck</c>'s depth <c>randint(16 // 2, 16 // 2 + 1)</c>, always 8 pairs, so its padding with
    /// random brackets never happens: the string is always cut.
    /// </summary>
    static LearnedTask Dyck(string name, int kinds)
    {
        const int length = 16;
        var pairs = new[] { ("(", ")"), ("{", "}") }.Take(kinds).ToArray();
        var brackets = pairs.SelectMany(p => new[] { p.Item1, p.Item2 }).ToArray();
        var tokens = new List<string> { Pad, Bos };
        tokens.AddRange(brackets.OrderBy(b => b, StringComparer.Ordinal));
        return new LearnedTask(name, tokens.ToArray(), ["F", "P", "T"], length, causal: true, random =>
        {
            var s = new List<string>();
            if (random.Next(2) == 1)
            {
                int depth = length / 2;
                for (int d = 0; d < depth; d++)
                {
                    var (open, close) = pairs[random.Next(pairs.Length)];
                    if (random.Next(2) == 0) { s.Add(open); s.Add(close); }
                    else { s.Insert(0, open); s.Add(close); }
                }
                s.RemoveRange(length - 1, s.Count - (length - 1));
            }
            else
            {
                for (int i = 0; i < length - 1; i++) s.Add(brackets[random.Next(brackets.Length)]);
            }
            var sentence = new List<string> { Bos };
            sentence.AddRange(s);
            var labelled = new List<string?> { null };
            labelled.AddRange(DyckLabels(s, pairs));
            return (sentence.ToArray(), labelled.ToArray());
        });
    }

    static IEnumerable<string> DyckLabels(List<string> s, (string Open, string Close)[] pairs)
    {
        var stack = new Stack<string>();
        for (int i = 0; i < s.Count; i++)
        {
            int open = Array.FindIndex(pairs, p => p.Open == s[i]);
            if (open >= 0) { stack.Push(s[i]); yield return "P"; continue; }
            var expected = pairs.First(p => p.Close == s[i]).Open;
            if (stack.Count == 0 || stack.Peek() != expected)
            {
                for (; i < s.Count; i++) yield return "F";
                yield break;
            }
            stack.Pop();
            yield return stack.Count == 0 ? "T" : "P";
        }
    }
}

/// <summary>One input: token ids, and per position the class id or -1 where the position is not scored.</summary>
public sealed record LabelledSequence(int[] Tokens, int[] Labels);
