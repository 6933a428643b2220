using System.Diagnostics;

namespace Alta.Generators.Tests.Samples;

/// <summary>
/// The samples app as a user runs it (a separate process, from the test output where the project
/// reference puts it): the README's commands print the right answers, bad input is one line on stderr.
/// </summary>
public class SamplesAppTests
{
    [Theory]
    [InlineData("parity-relative", "10101", "11001")]
    [InlineData("addition", "789+456", "1245")]
    [InlineData("reverse", "hello", "olleh")]
    [InlineData("subleq", "9,11,3,11,10,6,11,11,-1,5,10,0", "9,11,3,11,10,6,11,11,-1,5,15,0")]
    [InlineData("frac-prevs", "hello", "0 0 0.333 0.5 0.4")]
    [InlineData("dyck1", "(()))(", "PPPTFF")]
    [InlineData("learned-hist", "310313", "3 2 1 3 2 3")]
    [InlineData("learned-double-hist", "0012223", "1 1 2 1 1 1 2")]
    [InlineData("learned-dyck1", "(()))(", "P P P T F F")]
    [InlineData("learned-dyck1", "(()", "P P P")]
    [InlineData("learned-dyck2", "{()}(}", "P P P T P F")]
    [InlineData("learned-dyck2", "({})", "P P P T")]
    [InlineData("learned-reverse", "31402", "2 0 4 1 3")]
    [InlineData("learned-reverse", "12", "2 2")]
    public void RunPrintsTheDecodedOutputThenLayersHaltedAndTime(string program, string input, string expected)
    {
        foreach (var engine in new[] { "--interpret", null })
        {
            var (exit, output, error) = App(engine is null ? ["run", program, input] : ["run", program, input, engine]);
            Assert.True(exit == 0, error);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith($"outputs: {expected} (", lines[0]);
            Assert.StartsWith("layers: ", lines[1]);
            Assert.Equal("halted: yes", lines[2].TrimEnd());
            Assert.Matches(@"^time: [0-9.]+ ms \((Run|Interpret)\)$", lines[3].TrimEnd());
        }
    }

    [Fact]
    public void ListNamesEveryProgram()
    {
        var (exit, output, _) = App("list");
        Assert.Equal(0, exit);
        string[] names = ["parity-relative", "parity-absolute", "parity-sum", "parity-count", "addition", "subleq", "sort-unique",
            "length", "reverse", "histogram", "sort", "sort-freq", "double-histogram", "most-freq", "count-less-freq", "odd-even-sort",
            "frac-prevs", "dyck1", "shift-by", "scan",
            "learned-sort", "learned-hist", "learned-double-hist", "learned-dyck1", "learned-dyck2", "learned-reverse"];
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(names, lines.Select(l => l.Split(' ')[0]));
    }

    [Theory]
    [InlineData("parity-relative", "10101", "outputs: 11001 (Parity per position)")]
    [InlineData("parity-sum", "10101", "outputs: 1 (odd) (Parity at the end marker)")]
    [InlineData("sort-freq", "hello", "outputs: llheo (Sorted per position)")]
    [InlineData("double-histogram", "aabbc", "outputs: 2 2 2 2 1 (Distinct per position)")]
    [InlineData("most-freq", "hello", "outputs: lheo_ (Ranked per position)")]
    [InlineData("count-less-freq", "hello", "outputs: 3 3 3 3 3 (RareCount per position)")]
    [InlineData("odd-even-sort", "hello", "outputs: ehllo (Letter per position)")]
    public void RunLineNamesWhatTheOutputsAre(string program, string input, string expected)
    {
        var (exit, output, error) = App("run", program, input);
        Assert.True(exit == 0, error);
        Assert.Equal(expected, output.Split('\n')[0].TrimEnd());
    }

    /// <summary><c>&lt;command&gt; --help</c> prints that command's own usage, for every command of the app.</summary>
    [Theory]
    [InlineData("list")]
    [InlineData("run", "--max-layers")]
    [InlineData("stats")]
    [InlineData("scan", "SCAN")]
    [InlineData("scan-eval", "--split")]
    [InlineData("decompile", "program.json")]
    [InlineData("trace", "--out")]
    [InlineData("coverage", "--all")]
    [InlineData("learn-mlp", "--test-lengths")]
    [InlineData("plot", "--out")]
    [InlineData("learn", "tasks:")]
    [InlineData("Run", "--max-layers")]
    public void EveryCommandHasItsOwnHelp(string command, string mentions = "")
    {
        var (exit, output, error) = App(command, "--help");
        Assert.True(exit == 0, error);
        Assert.Contains(command.ToLowerInvariant(), output);
        Assert.Contains(mentions, output);
        if (command != "learn") Assert.DoesNotContain("decompile <program.json>", command == "decompile" ? "" : output);
    }

    [Theory]
    [InlineData("LIST")]
    [InlineData("Stats", "parity-relative")]
    [InlineData("COVERAGE", "parity-relative", "--lengths", "1..3", "--count", "5")]
    public void CommandsWorkInEitherCase(string command, params string[] rest)
    {
        var (exit, output, error) = App([command, .. rest]);
        Assert.True(exit == 0, error);
        Assert.NotEmpty(output);
    }

    [Fact]
    public void TracePrintsEveryLayer()
    {
        var (exit, output, _) = App("run", "shift-by", "ab", "--trace");
        Assert.Equal(0, exit);
        Assert.Contains("initial", output);
        Assert.Contains("after layer 1", output);
        Assert.Contains("Shifted", output);
        Assert.Contains("_a", output);
    }

    [Theory]
    [InlineData("'a' in '78a' is not a digit", "run", "addition", "78a+456")]
    [InlineData("'!' at character 6 is not a letter a-z", "run", "reverse", "hello!")]
    [InlineData("40 letters is too long", "run", "reverse", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("99 (the 3rd memory cell) is outside -16..16", "run", "subleq", "1,2,99")]
    [InlineData("3 appears twice", "run", "sort-unique", "3,1,3")]
    [InlineData("'7' at character 2 is not one of the digits 0-4 that learned-sort was trained on", "run", "learned-sort", "170")]
    [InlineData("7 digits is too long: learned-sort takes at most 6", "run", "learned-sort", "0123401")]
    [InlineData("'x' at character 2 is not one of the brackets ( ) that learned-dyck1 was trained on", "run", "learned-dyck1", "(x")]
    [InlineData("--tau-start takes a positive number, not '0'", "learn", "dyck1", "--tau-start", "0")]
    [InlineData("Unknown program 'nope'", "run", "nope", "1")]
    [InlineData("Unknown command 'go'", "go")]
    [InlineData("'run' takes <program> <input>", "run", "addition")]
    [InlineData("Unknown option '--fast'", "run", "addition", "1+1", "--fast")]
    [InlineData("--loss-mean takes 'position' or 'sequence', not 'tokens'", "learn", "sort", "--loss-mean", "tokens")]
    public void BadInputIsOneLineOnStandardError(string problem, params string[] args)
    {
        var (exit, output, error) = App(args);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(problem, line);
    }

    [Fact]
    public void StatsPrintsOneFigurePerLine()
    {
        var (exit, output, error) = App("stats", "addition");
        Assert.True(exit == 0, error);
        foreach (var name in new[] { "ModelWidth", "Heads", "FfnWidths", "Rules", "Parameters", "NonZeros", "AttentionScale", "ExactUpToLength", "Vocabulary", "MaxLength", "MaxLayers" })
            Assert.Matches($"(?m)^{name}: [0-9]", output);
        Assert.Matches("(?m)^HaltWhen: [A-Za-z]", output);
    }

    internal static (int Exit, string Output, string Error) App(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Alta.Samples.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the samples app did not finish within a minute");
        return (process.ExitCode, output, error.Result);
    }
}
