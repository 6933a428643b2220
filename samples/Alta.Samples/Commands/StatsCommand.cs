using System;
using System.Globalization;
using Alta.Samples.Catalog;

namespace Alta.Samples.Commands;

/// <summary><c>stats &lt;program&gt;</c>: the compiled model's statistics, one <c>Name: value</c> per line.</summary>
internal static class StatsCommand
{
    public static int Execute(CommandLine command)
    {
        command.Expect("program");
        var sample = SampleCatalog.Find(command.Arguments[0]);
        ModelStatistics statistics;
        try
        {
            statistics = sample.Model.Statistics;
        }
        catch (NotSupportedException e)
        {
            throw new InputException($"The compiled model of {sample.Name} is not available: {e.Message}");
        }

        Line("ModelWidth", statistics.ModelWidth);
        Line("Heads", statistics.Heads);
        Console.WriteLine("FfnWidths: " + string.Join(", ", statistics.FfnWidths));
        Line("HiddenUnits", Sum(statistics.FfnWidths));
        Line("Rules", statistics.Rules);
        Line("Parameters", statistics.Parameters);
        Line("NonZeros", statistics.NonZeros);
        Line("AttentionScale", statistics.AttentionScale);
        Line("ExactUpToLength", statistics.ExactUpToLength);
        return 0;
    }

    private static void Line(string name, IFormattable value) => Console.WriteLine($"{name}: {value.ToString(null, CultureInfo.InvariantCulture)}");

    /// <summary>The FFN's hidden units over all its layers (the figure the ALTA paper reports).</summary>
    private static int Sum(int[] widths)
    {
        int total = 0;
        foreach (var width in widths) total += width;
        return total;
    }
}
