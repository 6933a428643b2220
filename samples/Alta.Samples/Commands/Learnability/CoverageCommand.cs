using System;
using Alta.Analysis.Coverage;
using Alta.Analysis.Traces;

namespace Alta.Samples.Commands.Learnability;

/// <summary>
/// <c>coverage &lt;program&gt; --lengths A..B --count K [--seed S] [--all]</c> or <c>--inputs FILE</c>: which
/// rules of the compiled feed-forward block a dataset exercises, in the program's own terms. With
/// <c>--test-lengths</c>, also how many feed-forward inputs of longer inputs the dataset never shows.
/// </summary>
internal static class CoverageCommand
{
    public static int Execute(LearnabilityOptions options)
    {
        var program = StudiedPrograms.Find(options.Program);
        var inputs = options.Inputs(program);
        var trace = Tracing.FromModel(program.Model, inputs);
        var coverage = RuleCoverage.Measure(program.Model, trace);
        Console.WriteLine($"{program.Name}: {inputs.Count} inputs");
        Console.Write(coverage.Report(options.Flag("all")));
        if (options.Text("test-lengths") is not null)
        {
            var testLengths = options.Lengths("test-lengths", "1..40");
            var test = Tracing.FromModel(program.Model, program.RandomInputs(new Random(options.Int("seed", 1) + 2000), testLengths, options.Int("test-count", 20)));
            var states = new InputStates(trace);
            Console.WriteLine($"distinct feed-forward inputs: {states.Count}; of the {test.Rows} rows of test inputs (lengths {string.Join(",", testLengths)}), "
                + $"{states.UnseenShare(test).ToString("P1", System.Globalization.CultureInfo.InvariantCulture)} have an input never seen ({states.UnseenDistinct(test)} distinct)");
        }
        return 0;
    }
}
