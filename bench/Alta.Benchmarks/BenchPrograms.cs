using Alta.Samples;
using Alta.Samples.Catalog;

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
        Typed("addition", "789+456"),
        Typed("subleq", "9,11,3,11,10,6,11,11,-1,5,10,0"),
        Typed("parity-relative", "1011010011010111"),
        Typed("sort-unique", "13,10,4,15,2,14,6,7,11,9,3,1,8"),
        LongAddition(16),
        LongAddition(64),
        LongAddition(128),
        new("sort", [0, .. Enumerable.Range(0, 31).Select(i => 1 + (i * 11 + 5) % 26)], Sort.Model, t => Sort.Interpret(t).Layers),
        Typed("scan", "jump around left twice after walk opposite right thrice"),
        // Every other sample, on an input like its example in the app, so "Run no slower than Interpret" is checked on all.
        Typed("parity-absolute", "1011001110"),
        Typed("parity-sum", "1011001110"),
        Typed("parity-count", "1011001110"),
        Typed("length", "transformer"),
        Typed("reverse", "transformer"),
        Typed("histogram", "transformer"),
        Typed("frac-prevs", "helloworld"),
        Typed("dyck1", "(()(()))(()"),
        Typed("shift-by", "transformer"),
    ];

    /// <summary>
    /// Every written sample of the app's catalogue (samples/Alta.Samples/Catalog/SampleCatalog.cs) at its own example
    /// input, encoded by the catalogue itself: the inputs a user meets first, most of them a handful of tokens,
    /// where a run is mostly its fixed cost. (The learned samples read their task's vocabulary and are not listed.)
    /// </summary>
    public static IReadOnlyList<BenchProgram> Catalogue { get; } =
        SampleCatalog.All.Except(LearnedSamples.All).Select(sample => Typed(sample, sample.Example)).ToArray();

    /// <summary>Catalogue sample <paramref name="name"/> on <paramref name="input"/> as a user types it, encoded by the
    /// app. Its interpreter side is the generated <c>Interpret</c>, called through one delegate, with no decoding.</summary>
    private static BenchProgram Typed(string name, string input) => Typed(SampleCatalog.Find(name), input);

    private static BenchProgram Typed(ISample sample, string input) => new(sample.Name, sample.Encode(input), sample.Model, sample.InterpretLayers);

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
