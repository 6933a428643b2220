using Alta.Samples;

namespace Alta.Benchmarks;

/// <summary>One program with one input, as the benchmarks run it: the compiled model and the interpreter.</summary>
public sealed record BenchProgram(string Name, int[] Tokens, AltaModel Model, Func<int[], int> Interpret)
{
    public override string ToString() => Name;
}

/// <summary>The inputs of issue 6: addition on s789+456e, SUBLEQ on the 12-cell addition program, and two more.</summary>
public static class BenchPrograms
{
    public static IReadOnlyList<BenchProgram> All { get; } =
    [
        new("addition", [10, 7, 8, 9, 11, 4, 5, 6, 12], Addition.Model, t => Addition.Interpret(t).Layers),
        new("subleq", new[] { 9, 11, 3, 11, 10, 6, 11, 11, -1, 5, 10, 0 }.Select(v => v + 16).ToArray(), Subleq.Model, t => Subleq.Interpret(t).Layers),
        new("parity-relative", [2, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1], ParityRelative.Model, t => ParityRelative.Interpret(t).Layers),
        new("sort-unique", [0, 13, 10, 4, 15, 2, 14, 6, 7, 11, 9, 3, 1, 8], SortUnique.Model, t => SortUnique.Interpret(t).Layers),
    ];

    public static BenchProgram Get(string name) => All.Single(p => p.Name == name);

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
