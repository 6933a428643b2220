using Alta.Generators.Compile;
using Alta.Generators.Compile.FeedForward;
using Alta.Generators.Tests.Evaluate;
using Alta.Generators.Tests.Generator;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Alta.Generators.Tests.Compile;

/// <summary>
/// The FFN compiler's size targets (issue 9), measured on the programs' own evaluations: the hand-factored samples
/// and the programs written the plain way compile to small circuits because rule tables that are a function of
/// an integer linear form become threshold units.
/// </summary>
public class CircuitSizeTests(ITestOutputHelper output)
{
    private static readonly Lazy<Compilation> Sources = new(() =>
    {
        var assembly = typeof(CircuitSizeTests).Assembly;
        var sources = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("programs/", StringComparison.Ordinal))
            .Select(name => new StreamReader(assembly.GetManifestResourceStream(name)!).ReadToEnd());
        return GeneratorHarness.Compile(sources.Select(InMemoryProgram.Prefixed).ToArray());
    });

    private int HiddenUnits(string program)
    {
        var outcome = EvaluationHarness.Evaluate(Sources.Value, program);
        var compiled = ModelCompiler.Compile(outcome.Model, outcome.Evaluation!, CancellationToken.None);
        var layout = new ResidualLayout(outcome.Model, outcome.Evaluation!);
        foreach (var group in outcome.Evaluation!.Rules.GroupBy(r => r.Variable))
            foreach (var block in LinearBlockFinder.Find(layout, group.Key, group.ToList(), out _))
                output.WriteLine($"{outcome.Model.Variables[block.Variable].Name}: {block.Replaced.Count} rules -> s = "
                    + string.Join(" + ", block.Operands.Select((o, i) => $"{block.Weights[i]}*{outcome.Model.Variables[o].Name}"))
                    + $", {block.Changes} thresholds, guard {block.Guard.Count} atoms");
        output.WriteLine($"{program}: rules {outcome.Evaluation.Rules.Count}, widths [{string.Join(", ", compiled.Statistics.FfnWidths)}]");
        return compiled.Statistics.FfnWidths.Sum();
    }

    [Theory]
    [InlineData("Addition", 150)]
    [InlineData("Subleq", 1000)]
    public void SamplesStayUnderTheirTargets(string program, int target)
    {
        int units = HiddenUnits(program);
        Assert.True(units <= target, $"{program}: {units} hidden units, target {target}");
    }
}
