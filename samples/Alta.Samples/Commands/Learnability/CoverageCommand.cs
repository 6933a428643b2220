using System;
using Alta.Analysis.Coverage;
using Alta.Analysis.Traces;

namespace Alta.Samples.Commands.Learnability;

/// <summary>
/// <c>coverage &lt;program&gt; --lengths A..B --count K [--seed S] [--all]</c> or <c>--inputs FILE</c>: which
/// rules of the compiled feed-forward block a dataset exercises, in the program's own terms.
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
        return 0;
    }
}
