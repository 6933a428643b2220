namespace Alta.Generators.Tests.Samples;

/// <summary>Which implementation of a program a check runs: the interpreter or the compiled Transformer.</summary>
public enum Engine
{
    Interpret,
    Run,
}

/// <summary>
/// One sample program's two entry points behind a common shape, so that every check runs through
/// <c>Interpret</c> and, with the same code, through <c>Run</c>.
/// </summary>
internal sealed class Sample<T>
{
    private readonly Func<int[], int?, AltaResult<T>> _interpret;
    private readonly Func<int[], int?, AltaResult<T>> _run;
    private readonly Func<T, T, bool> _same;

    public Sample(Func<int[], int?, AltaResult<T>> interpret, Func<int[], int?, AltaResult<T>> run, Func<T, T, bool>? same = null)
    {
        _interpret = interpret;
        _run = run;
        _same = same ?? EqualityComparer<T>.Default.Equals;
    }

    /// <summary>
    /// Runs the tokens through the engine. Through <see cref="Engine.Run"/>, the compiled model must also
    /// agree with the interpreter (outputs, layers, halted): the project's central guarantee.
    /// </summary>
    public AltaResult<T> Execute(Engine engine, int[] tokens, int? maxLayers = null)
    {
        var interpreted = _interpret(tokens, maxLayers);
        if (engine == Engine.Interpret) return interpreted;

        var run = _run(tokens, maxLayers);
        var input = "[" + string.Join(",", tokens) + "]";
        Assert.True(run.Outputs.Length == interpreted.Outputs.Length && run.Outputs.Zip(interpreted.Outputs).All(p => _same(p.First, p.Second)),
            $"Run {run} differs from Interpret {interpreted} on {input}");
        Assert.True(run.Layers == interpreted.Layers && run.Halted == interpreted.Halted,
            $"Run {run} stopped differently from Interpret {interpreted} on {input}");
        return run;
    }
}

/// <summary>The sample programs as <see cref="Sample{T}"/>s.</summary>
internal static class SamplePrograms
{
    public static readonly Sample<bool> ParityRelative = new((t, l) => Alta.Samples.ParityRelative.Interpret(t, l), (t, l) => Alta.Samples.ParityRelative.Run(t, l));
    public static readonly Sample<bool> ParityAbsolute = new((t, l) => Alta.Samples.ParityAbsolute.Interpret(t, l), (t, l) => Alta.Samples.ParityAbsolute.Run(t, l));
    public static readonly Sample<bool> ParitySum = new((t, l) => Alta.Samples.ParitySum.Interpret(t, l), (t, l) => Alta.Samples.ParitySum.Run(t, l));
    public static readonly Sample<bool> ParityCount = new((t, l) => Alta.Samples.ParityCount.Interpret(t, l), (t, l) => Alta.Samples.ParityCount.Run(t, l));
    public static readonly Sample<int> Addition = new((t, l) => Alta.Samples.Addition.Interpret(t, l), (t, l) => Alta.Samples.Addition.Run(t, l));
    public static readonly Sample<int> Subleq = new((t, l) => Alta.Samples.Subleq.Interpret(t, l), (t, l) => Alta.Samples.Subleq.Run(t, l));
    public static readonly Sample<int> SortUnique = new((t, l) => Alta.Samples.SortUnique.Interpret(t, l), (t, l) => Alta.Samples.SortUnique.Run(t, l));
    public static readonly Sample<int> Length = new((t, l) => Alta.Samples.Length.Interpret(t, l), (t, l) => Alta.Samples.Length.Run(t, l));
    public static readonly Sample<int> Reverse = new((t, l) => Alta.Samples.Reverse.Interpret(t, l), (t, l) => Alta.Samples.Reverse.Run(t, l));
    public static readonly Sample<int> Histogram = new((t, l) => Alta.Samples.Histogram.Interpret(t, l), (t, l) => Alta.Samples.Histogram.Run(t, l));
    public static readonly Sample<int> Sort = new((t, l) => Alta.Samples.Sort.Interpret(t, l), (t, l) => Alta.Samples.Sort.Run(t, l));
    public static readonly Sample<int> ShiftBy = new((t, l) => Alta.Samples.ShiftBy.Interpret(t, l), (t, l) => Alta.Samples.ShiftBy.Run(t, l));
    public static readonly Sample<int> SortFreq = new((t, l) => Alta.Samples.SortFreq.Interpret(t, l), (t, l) => Alta.Samples.SortFreq.Run(t, l));
    public static readonly Sample<int> DoubleHistogram = new((t, l) => Alta.Samples.DoubleHistogram.Interpret(t, l), (t, l) => Alta.Samples.DoubleHistogram.Run(t, l));
    public static readonly Sample<int> MostFreq = new((t, l) => Alta.Samples.MostFreq.Interpret(t, l), (t, l) => Alta.Samples.MostFreq.Run(t, l));
    public static readonly Sample<int> CountLessFreq = new((t, l) => Alta.Samples.CountLessFreq.Interpret(t, l), (t, l) => Alta.Samples.CountLessFreq.Run(t, l));
    public static readonly Sample<int> OddEvenSort = new((t, l) => Alta.Samples.OddEvenSort.Interpret(t, l), (t, l) => Alta.Samples.OddEvenSort.Run(t, l));
    public static readonly Sample<Alta.Samples.DyckState> Dyck1 = new((t, l) => Alta.Samples.Dyck1.Interpret(t, l), (t, l) => Alta.Samples.Dyck1.Run(t, l));

    // The compiled model computes in float32: a numerical output agrees with the interpreter to float precision.
    public static readonly Sample<double> FracPrevs = new((t, l) => Alta.Samples.FracPrevs.Interpret(t, l), (t, l) => Alta.Samples.FracPrevs.Run(t, l),
        (a, b) => Math.Abs(a - b) <= 1e-5 * Math.Max(1, Math.Abs(a)));
}
