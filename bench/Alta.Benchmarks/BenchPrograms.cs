using Alta.Samples;

namespace Alta.Benchmarks;

/// <summary>One program with one input, as the benchmarks run it: the compiled model and the interpreter.</summary>
public sealed record BenchProgram(string Name, int[] Tokens, AltaModel Model, Func<int[], int> Interpret)
{
    /// <summary>The program and its length, e.g. <c>addition n=259</c>: unique among the benchmark lines.</summary>
    public string Key => $"{Name} n={Tokens.Length}";

    public override string ToString() => Key;
}

/// <summary>
/// The inputs of issue 6 (addition on s789+456e, SUBLEQ on the 12-cell addition program, and two more) and the long
/// inputs of issue 12: addition of 16, 64 and 128 digits (n = 35, 131, 259), sort on 31 letters (n = 32), and one SCAN
/// command of nine words (48 empty cells for its actions); then one input for each of the other samples.
/// </summary>
public static class BenchPrograms
{
    public static IReadOnlyList<BenchProgram> All { get; } =
    [
        new("addition", [10, 7, 8, 9, 11, 4, 5, 6, 12], Addition.Model, t => Addition.Interpret(t).Layers),
        new("subleq", new[] { 9, 11, 3, 11, 10, 6, 11, 11, -1, 5, 10, 0 }.Select(v => v + 16).ToArray(), Subleq.Model, t => Subleq.Interpret(t).Layers),
        new("parity-relative", [2, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1], ParityRelative.Model, t => ParityRelative.Interpret(t).Layers),
        new("sort-unique", [0, 13, 10, 4, 15, 2, 14, 6, 7, 11, 9, 3, 1, 8], SortUnique.Model, t => SortUnique.Interpret(t).Layers),
        LongAddition(16),
        LongAddition(64),
        LongAddition(128),
        new("sort", [0, .. Enumerable.Range(0, 31).Select(i => 1 + (i * 11 + 5) % 26)], Sort.Model, t => Sort.Interpret(t).Layers),
        new("scan", ScanText.Tokens("jump around left twice after walk opposite right thrice"), Scan.Model, t => Scan.Interpret(t).Layers),
        // Every other sample, on an input like its example in the app, so "Run no slower than Interpret" is checked on all.
        new("parity-absolute", Bits("1011001110"), ParityAbsolute.Model, t => ParityAbsolute.Interpret(t).Layers),
        new("parity-sum", [.. Bits("1011001110"), ParitySum.End], ParitySum.Model, t => ParitySum.Interpret(t).Layers),
        new("parity-count", [.. Bits("1011001110"), ParityCount.End], ParityCount.Model, t => ParityCount.Interpret(t).Layers),
        new("length", Word("transformer"), Length.Model, t => Length.Interpret(t).Layers),
        new("reverse", Word("transformer"), Reverse.Model, t => Reverse.Interpret(t).Layers),
        new("histogram", Word("transformer"), Histogram.Model, t => Histogram.Interpret(t).Layers),
        new("frac-prevs", Word("hello world"), FracPrevs.Model, t => FracPrevs.Interpret(t).Layers),
        new("dyck1", [Letters.Bos, .. "(()(()))(()".Select(c => c == '(' ? Dyck1.Open : Dyck1.Close)], Dyck1.Model, t => Dyck1.Interpret(t).Layers),
        new("shift-by", Word("transformer"), ShiftBy.Model, t => ShiftBy.Interpret(t).Layers),
    ];

    /// <summary>
    /// Every written sample of the app's catalogue (samples/Alta.Samples/Catalog/SampleCatalog.cs) at its own example
    /// input, encoded as the catalogue encodes it: the inputs a user meets first, most of them a handful of tokens,
    /// where a run is mostly its fixed cost. (The learned samples read their task's vocabulary and are not listed.)
    /// </summary>
    public static IReadOnlyList<BenchProgram> Catalogue { get; } =
    [
        new("parity-relative", [ParityRelative.Start, .. Bits("10101")], ParityRelative.Model, t => ParityRelative.Interpret(t).Layers),
        new("parity-absolute", Bits("10101"), ParityAbsolute.Model, t => ParityAbsolute.Interpret(t).Layers),
        new("parity-sum", [.. Bits("10101"), ParitySum.End], ParitySum.Model, t => ParitySum.Interpret(t).Layers),
        new("parity-count", [.. Bits("10101"), ParityCount.End], ParityCount.Model, t => ParityCount.Interpret(t).Layers),
        new("addition", [10, 7, 8, 9, 11, 4, 5, 6, 12], Addition.Model, t => Addition.Interpret(t).Layers),
        new("subleq", new[] { 9, 11, 3, 11, 10, 6, 11, 11, -1, 5, 10, 0 }.Select(v => v + 16).ToArray(), Subleq.Model, t => Subleq.Interpret(t).Layers),
        new("sort-unique", [SortUnique.Bos, 3, 5, 4, 2], SortUnique.Model, t => SortUnique.Interpret(t).Layers),
        new("length", Word("abc"), Length.Model, t => Length.Interpret(t).Layers),
        new("reverse", Word("hello"), Reverse.Model, t => Reverse.Interpret(t).Layers),
        new("histogram", Word("hello"), Histogram.Model, t => Histogram.Interpret(t).Layers),
        new("sort", Word("hello"), Sort.Model, t => Sort.Interpret(t).Layers),
        new("sort-freq", Word("hello"), SortFreq.Model, t => SortFreq.Interpret(t).Layers),
        new("double-histogram", Word("aabbc"), DoubleHistogram.Model, t => DoubleHistogram.Interpret(t).Layers),
        new("most-freq", Word("hello"), MostFreq.Model, t => MostFreq.Interpret(t).Layers),
        new("count-less-freq", Word("hello"), CountLessFreq.Model, t => CountLessFreq.Interpret(t).Layers),
        new("odd-even-sort", Word("hello"), OddEvenSort.Model, t => OddEvenSort.Interpret(t).Layers),
        new("frac-prevs", Word("hello"), FracPrevs.Model, t => FracPrevs.Interpret(t).Layers),
        new("dyck1", [Letters.Bos, .. "(()))(".Select(c => c == '(' ? Dyck1.Open : Dyck1.Close)], Dyck1.Model, t => Dyck1.Interpret(t).Layers),
        new("shift-by", Word("abcd"), ShiftBy.Model, t => ShiftBy.Interpret(t).Layers),
        new("scan", ScanText.Tokens("jump twice after walk"), Scan.Model, t => Scan.Interpret(t).Layers),
    ];

    private static int[] Bits(string bits) => bits.Select(c => c - '0').ToArray();

    /// <summary>BOS and letters a = 1 .. z = 26 (spaces skipped), as the app encodes a word.</summary>
    private static int[] Word(string text) => [Letters.Bos, .. text.Where(char.IsLetter).Select(c => c - 'a' + 1)];

    /// <summary><c>s A + B e</c> with two fixed pseudo-random numbers of <paramref name="digits"/> digits.</summary>
    private static BenchProgram LongAddition(int digits)
    {
        var random = new Random(digits);
        int[] tokens = [10, .. Enumerable.Range(0, digits).Select(_ => random.Next(10)), 11, .. Enumerable.Range(0, digits).Select(_ => random.Next(10)), 12];
        return new("addition", tokens, Addition.Model, t => Addition.Interpret(t).Layers);
    }

    /// <summary>The first line of program <paramref name="name"/>, or the line with that <see cref="BenchProgram.Key"/>; with
    /// the prefix <c>sample </c>, the <see cref="Catalogue"/>'s.</summary>
    public static BenchProgram Get(string name) => name.StartsWith("sample ", StringComparison.Ordinal)
        ? Catalogue.First(p => "sample " + p.Name == name || "sample " + p.Key == name)
        : All.First(p => p.Name == name || p.Key == name);

    /// <summary>1,000 addition inputs of 3 to 10 digits, for batch throughput.</summary>
    public static int[][] AdditionInputs(int count = 1000)
    {
        var random = new Random(1234);
        var inputs = new int[count][];
        for (int k = 0; k < count; k++)
        {
            int digits = random.Next(3, 11);
            var tokens = new List<int> { 10 };
            for (int i = 0; i < digits; i++) tokens.Add(random.Next(10));
            tokens.Add(11);
            for (int i = 0; i < digits; i++) tokens.Add(random.Next(10));
            tokens.Add(12);
            inputs[k] = tokens.ToArray();
        }
        return inputs;
    }
}
