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
        if (Environment.GetEnvironmentVariable("ALTA_DUMP_RULES") is { } dump)
            foreach (var rule in outcome.Evaluation.Rules.Where(r => outcome.Model.Variables[r.Variable].Name == dump).Take(40))
                output.WriteLine($"{dump} := {rule.Value} when " + string.Join(", ", rule.Atoms.Select(a => $"{outcome.Model.Variables[a.Variable].Name} in {{{string.Join(",", a.Values)}}}")));
        if (Environment.GetEnvironmentVariable("ALTA_DUMP_RULES") is { } dumped)
        {
            var rules = outcome.Evaluation.Rules.Where(r => outcome.Model.Variables[r.Variable].Name == dumped).ToList();
            var vars = rules.SelectMany(r => r.Atoms.Select(a => a.Variable)).Distinct();
            foreach (var v in vars)
                output.WriteLine($"{outcome.Model.Variables[v].Name}: {rules.Select(r => string.Join(",", r.Atoms.First(a => a.Variable == v).Values)).Distinct().Count()} sets, tested by {rules.Count(r => r.Atoms.Any(a => a.Variable == v))} of {rules.Count}, null in {rules.Count(r => r.Atoms.Any(a => a.Variable == v && a.Values.Contains(-1)))}");
        }
        if (Environment.GetEnvironmentVariable("ALTA_DUMP_OPERANDS") is { } operandNames)
        {
            var operands = operandNames.Split(',').Select(n => outcome.Model.Variables.Select((v, i) => (v, i)).First(p => p.v.Name == n).i).ToArray();
            var v = outcome.Model.Variables.Select((x, i) => (x, i)).First(p => p.x.Name == Environment.GetEnvironmentVariable("ALTA_DUMP_RULES")).i;
            foreach (var (members, block) in LinearBlockFinder.TryOperands(layout, v, outcome.Evaluation.Rules.Where(r => r.Variable == v).ToList(), operands))
                output.WriteLine($"group of {members}: {(block is null ? "none" : block.Changes + " changes")}");
        }
        output.WriteLine($"{program}: rules {outcome.Evaluation.Rules.Count}, widths [{string.Join(", ", compiled.Statistics.FfnWidths)}]");
        return compiled.Statistics.FfnWidths.Sum();
    }

    [Theory]
    [InlineData("Addition", 150)]
    [InlineData("Subleq", 1000)]
    [InlineData("NaturalSubleq", 3000)]
    [InlineData("PlainSubleq", 3000)]
    [InlineData("PlainAddition", 300)]
    public void SamplesStayUnderTheirTargets(string program, int target)
    {
        int units = HiddenUnits(program);
        Assert.True(units <= target, $"{program}: {units} hidden units, target {target}");
    }
}
