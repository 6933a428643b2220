using System.Collections;
using System.Reflection;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Alta.Generators.Tests.Generator;

/// <summary>The pipeline's models are plain data, and an unrelated edit re-runs nothing.</summary>
public class PipelineTests
{
    private const string Program = "namespace Demo;\n" + TestSources.Parity;

    [Fact]
    public void UnrelatedEditLeavesEveryNamedStepCached()
    {
        var compilation = GeneratorHarness.Compile(Program, "class Other { int X; }");
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("class Other { int X; int Y; }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: "Program1.cs"));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.Analyze, TrackingNames.Compile })
        {
            var steps = run.TrackedSteps[name];
            Assert.NotEmpty(steps);
            foreach (var output in steps.SelectMany(s => s.Outputs))
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} re-ran with reason {output.Reason}");
        }
    }

    [Fact]
    public void BlankLinesAboveTheClassLeaveCompileCachedAndMoveTheDiagnostics()
    {
        // A warning (ALTA013: a head output read without a null check) shows that diagnostics follow the class.
        var source = Program.Replace("Parity ^= ParityLeft ?? false;", "Parity ^= ParityLeft.Value;").Replace("if (!Done && DoneLeft == true)", "if (!Done)");
        var compilation = GeneratorHarness.Compile(source);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        int Line(GeneratorDriver d) => d.GetRunResult().Diagnostics.Single(x => x.Id == "ALTA013").Location.GetLineSpan().StartLinePosition.Line;
        int before = Line(driver);

        var moved = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("\n\n\n" + source, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: "Program0.cs"));
        driver = driver.RunGenerators(moved);
        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, run.TrackedSteps[TrackingNames.Analyze].SelectMany(s => s.Outputs).Single().Reason);
        foreach (var output in run.TrackedSteps[TrackingNames.Compile].SelectMany(s => s.Outputs))
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"the compile step re-ran ({output.Reason}) after an edit that only moved the class");
        Assert.Equal(before + 3, Line(driver));
    }

    [Fact]
    public void EditOfTheProgramModifiesTheAnalysis()
    {
        var compilation = GeneratorHarness.Compile(Program);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Program.Replace("Vocabulary = 3,", "Vocabulary = 3, MaxLayers = 9,"), (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: "Program0.cs"));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();
        var output = run.TrackedSteps[TrackingNames.Analyze].SelectMany(s => s.Outputs).Single();
        Assert.Equal(IncrementalStepRunReason.Modified, output.Reason);
        Assert.Equal(9, ((AnalyzedProgram)output.Value).Model!.MaxLayers);
    }

    [Fact]
    public void ModelsHoldNoSymbolsSyntaxOrCompilation()
    {
        var compilation = GeneratorHarness.Compile(Program);
        var run = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();
        var outputs = run.TrackedSteps[TrackingNames.Analyze].Concat(run.TrackedSteps[TrackingNames.Compile])
            .SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.NotEmpty(outputs);
        foreach (var value in outputs) AssertPlainData(value, new HashSet<object>(ReferenceEqualityComparer.Instance), "output");
        var analyzed = outputs.OfType<AnalyzedProgram>().Single();
        Assert.NotNull(analyzed.Model);
        Assert.Equal(4, analyzed.Model!.Variables.Count);
    }

    /// <summary>Walks every field of the value graph and fails on Roslyn objects that would pin a compilation.</summary>
    private static void AssertPlainData(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is Enum) return;
        // A descriptor is immutable static data (strings), which System.Text.Json's generator keeps in its models too.
        if (value is DiagnosticDescriptor) return;
        var type = value.GetType();
        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree,
            $"{path} holds a {type.Name}");
        // Plain value structs such as TextSpan are fine; anything else from Roslyn is not.
        if (type.Namespace == "Microsoft.CodeAnalysis.Text" && type.IsValueType) return;
        Assert.DoesNotContain("Microsoft.CodeAnalysis", type.Namespace ?? "");
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (var item in items) AssertPlainData(item, seen, $"{path}[{i++}]");
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            AssertPlainData(field.GetValue(value), seen, path + "." + field.Name);
    }
}
