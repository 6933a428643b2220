using System.Text.RegularExpressions;
using Alta.Generators.Tests.Generator;

namespace Alta.Generators.Tests.Baselines;

/// <summary>
/// The generated source of three small programs against checked-in snapshots (*.generated.verified.txt), as the
/// runtime's RegexGeneratorOutputTests do: every change to the emitters shows up as a diff for the reviewer.
/// The build time in the text is masked (it is a measurement). After an intended change, run the tests with
/// <c>ALTA_UPDATE_BASELINES=1</c> and commit the rewritten files.
/// </summary>
public class GeneratedSourceSnapshotTests
{
    [Fact]
    public void RelativeParityWithCategoricalHeads() => Verify("parity-relative", "namespace Demo;\n" + TestSources.Parity);

    [Fact]
    public void ParitySumWithANumericalHead() => Verify("parity-sum", "using System;\n" + SampleSource("ParitySum.cs"));

    [Fact]
    public void ALinearReadout() => Verify("linear-readout", "namespace Demo;\n" + TestSources.Readout);

    private static void Verify(string name, string source)
    {
        var result = GeneratorHarness.Run(source);
        Assert.Empty(result.CompilationErrors);
        var actual = Mask(string.Join("\n", result.GeneratedSources).Replace("\r\n", "\n"));
        var file = name + ".generated.verified.txt";
        if (Baseline.Updating)
        {
            Baseline.Write(file, actual);
            return;
        }
        var expected = Baseline.Read(file);
        Assert.True(expected == actual, Baseline.Difference(file, expected, actual));
    }

    /// <summary>Replaces the build time (in the header comment and in the statistics) with a fixed text.</summary>
    private static string Mask(string text)
    {
        text = Regex.Replace(text, @"build_ms=[0-9.Ee+-]+", "build_ms=<masked>");
        // The build time is the last argument of the statistics' constructor.
        return Regex.Replace(text, @"(new global::Alta\.ModelStatistics\([^;]*,\s*)[^,;]+\);", "$1<masked>);");
    }

    private static string SampleSource(string file)
    {
        using var stream = typeof(GeneratedSourceSnapshotTests).Assembly.GetManifestResourceStream("programs/samples/" + file)
            ?? throw new InvalidOperationException(file + " is not embedded in the test assembly.");
        return new StreamReader(stream).ReadToEnd();
    }
}
