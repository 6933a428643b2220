using System.Reflection;
using Alta.Generators.Compile;
using Alta.Generators.Emit;
using Alta.Generators.Spec;
using Alta.Generators.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Tests.Compile;

/// <summary>
/// The emitted tables compile, and the model they build is the compiled model: every matrix, bias and
/// statistic reads back equal, and the generated <c>Run</c> gives the same results.
/// </summary>
public class ModelEmitterTests
{
    private static (CompiledTransformer Compiled, Type Program, string Source) Emit((HandMadeProgram Program, int Output, int Halt) program, string outputType)
    {
        var (model, evaluation) = program.Program.Build(program.Output, program.Halt);
        var compiled = ModelCompiler.Compile(model, evaluation, CancellationToken.None);
        var writer = new IndentedWriter();
        writer.Line("namespace Emitted;");
        using (writer.Block($"partial class {model.ClassName}"))
            ModelEmitter.Write(writer, new ProgramIdentity("Emitted", EquatableArray<string>.Empty, model.ClassName, outputType, true), compiled);
        var user = $$"""
            namespace Emitted;
            public partial class {{model.ClassName}}
            {
                public static {{outputType}}[] RunArray(int[] tokens) => Run(tokens).Outputs;
                public static int LayersOf(int[] tokens) => Run(tokens).Layers;
            }
            """;
        var compilation = GeneratorHarness.Compile(user, writer.ToString());
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)));
        var assembly = Assembly.Load(stream.ToArray());
        return (compiled, assembly.GetType("Emitted." + model.ClassName)!, writer.ToString());
    }

    [Fact]
    public void EmittedTablesRebuildTheCompiledWeights()
    {
        var (compiled, type, _) = Emit(HandMadePrograms.SortUnique(), "int");
        var emitted = (AltaModel)type.GetProperty("Model")!.GetValue(null)!;
        var expected = CompiledTransformerLoader.Load(compiled);
        Assert.True(expected.Weights.TokenEmbedding.SameAs(emitted.Weights.TokenEmbedding));
        Assert.True(expected.Weights.PositionEmbedding!.SameAs(emitted.Weights.PositionEmbedding!));
        for (int h = 0; h < expected.Weights.Heads.Length; h++)
        {
            var (a, b) = (expected.Weights.Heads[h], emitted.Weights.Heads[h]);
            Assert.True(a.Query.SameAs(b.Query) && a.Key.SameAs(b.Key) && a.Value.SameAs(b.Value) && a.Output.SameAs(b.Output));
            Assert.Equal(a.Offsets, b.Offsets);
            Assert.Equal(a.SinkLogit, b.SinkLogit);
        }
        for (int l = 0; l < expected.Weights.FeedForward.Length; l++)
        {
            Assert.True(expected.Weights.FeedForward[l].Weights.SameAs(emitted.Weights.FeedForward[l].Weights));
            Assert.Equal(expected.Weights.FeedForward[l].Bias, emitted.Weights.FeedForward[l].Bias);
        }
        Assert.True(expected.Weights.FeedForwardOutput.SameAs(emitted.Weights.FeedForwardOutput));
        Assert.Equal(expected.Statistics.ToString(), emitted.Statistics.ToString());
        Assert.Equal(expected.Layout.Variables.Select(v => (v.Name, v.Offset, v.Width)), emitted.Layout.Variables.Select(v => (v.Name, v.Offset, v.Width)));
    }

    [Fact]
    public void GeneratedRunDecodesTheOutputType()
    {
        var (_, sort, _) = Emit(HandMadePrograms.SortUnique(), "int");
        var sorted = (int[])sort.GetMethod("RunArray")!.Invoke(null, [new[] { 0, 3, 5, 4, 2 }])!;
        Assert.Equal([0, 2, 3, 4, 5], sorted);

        var (_, parity, _) = Emit(HandMadePrograms.RelativeParity(), "bool");
        var bits = (bool[])parity.GetMethod("RunArray")!.Invoke(null, [new[] { 2, 1, 0, 1, 0, 1 }])!;
        Assert.Equal([false, true, true, false, false, true], bits);

        var (_, sum, _) = Emit(HandMadePrograms.SumModTwo(), "double");
        var halves = (double[])sum.GetMethod("RunArray")!.Invoke(null, [new[] { 0, 0, 1, 1, 0, 1, 1, 0, 1, 2 }])!;
        Assert.All(halves, v => Assert.Equal(1.0, v));

        var (_, rotation, _) = Emit(HandMadePrograms.SetRotation(), "global::Alta.IndexSet");
        var sets = (IndexSet[])rotation.GetMethod("RunArray")!.Invoke(null, [new[] { 0, 1, 3 }])!;
        // Position 0 (empty set, Share null) rotates in layer 1 and again in layer 2; the others (Share present) in layer 2.
        Assert.Equal([IndexSet.Of(2), IndexSet.Of(2), IndexSet.Empty], sets);
    }

    [Fact]
    public void TheGeneratedFileStartsWithTheStatisticsAndTheLayout()
    {
        var (compiled, _, source) = Emit(HandMadePrograms.RelativeParity(), "bool");
        Assert.Contains($"ModelWidth=9 Heads=2 FfnWidths=[7] Rules=3 Parameters={compiled.Statistics.Parameters}", source);
        Assert.Contains("//   1..2     Parity: one-hot over 0, 1", source);
        Assert.Contains("//   5..6     ParityLeft (head): one-hot over 0, 1", source);
        Assert.Contains("ParityLeft: d_key=1 d_value=2 offsets=[-1]", source);
        Assert.Contains("private static global::System.ReadOnlySpan<float> FeedForward0Values =>", source);
        Assert.DoesNotContain("System.Reflection", source);
    }

    [Fact]
    public void NumbersAreRoundTripLiterals()
    {
        Assert.Equal("0.1f", ModelLiterals.Float(0.1f));
        Assert.Equal("-1E+09f", ModelLiterals.Float(-1e9f));
        Assert.Equal("float.NaN", ModelLiterals.Float(float.NaN));
        Assert.Equal("float.NegativeInfinity", ModelLiterals.Float(float.NegativeInfinity));
        Assert.Equal("0.3333333333333333", ModelLiterals.Double(1.0 / 3));
        Assert.Equal("2.0", ModelLiterals.Double(2));
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("0.5f", ModelLiterals.Float(0.5f));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
