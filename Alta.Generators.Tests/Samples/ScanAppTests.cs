namespace Alta.Generators.Tests.Samples;

/// <summary>The samples app's SCAN commands, as a user runs them.</summary>
public class ScanAppTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("--interpret")]
    public void ScanPrintsTheActionsAndTheLayers(string? engine)
    {
        var (exit, output, error) = SamplesAppTests.App(engine is null ? ["scan", "jump twice after walk"] : ["scan", "jump twice after walk", engine]);
        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("outputs: I_WALK I_JUMP I_JUMP (", lines[0]);
        Assert.Equal("layers: 8", lines[1].TrimEnd());
        Assert.Equal("halted: yes", lines[2].TrimEnd());
    }

    [Theory]
    [InlineData("length")]
    [InlineData("addprim-jump")]
    public void ScanEvalEndsWithTheSummaryLine(string split)
    {
        var (exit, output, error) = SamplesAppTests.App("scan-eval", "--split", split, "--limit", "40");
        Assert.True(exit == 0, error);
        Assert.Matches(@"^scan: 40 of 40 exact \(100%\), layers min/median/max [0-9]+/[0-9]+/[0-9]+, [0-9.]+ s$",
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd());
        Assert.Contains("40 of 40, 40 exact", error);   // the progress line
    }

    [Theory]
    [InlineData("is not a SCAN phrase", "scan", "twice jump")]
    [InlineData("Unknown word 'fly'", "scan", "fly left")]
    [InlineData("has 10 words; SCAN commands have at most 9", "scan", "walk and walk walk walk walk walk walk walk walk")]
    [InlineData("Unknown split 'long'", "scan-eval", "--split", "long")]
    [InlineData("--limit takes a positive whole number, not 'ten'", "scan-eval", "--limit", "ten")]
    [InlineData("--split needs a value", "scan-eval", "--split")]
    public void BadInputIsOneErrorLine(string problem, params string[] args)
    {
        var (exit, output, error) = SamplesAppTests.App(args);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(problem, line);
    }

    [Fact]
    public void StatsScanPrintsTheModelsFigures()
    {
        var (exit, output, error) = SamplesAppTests.App("stats", "scan");
        Assert.True(exit == 0, error);
        foreach (var name in new[] { "ModelWidth", "Heads", "FfnWidths", "HiddenUnits", "Rules", "Parameters", "NonZeros" })
            Assert.Matches($"(?m)^{name}: [0-9]", output);
    }
}
