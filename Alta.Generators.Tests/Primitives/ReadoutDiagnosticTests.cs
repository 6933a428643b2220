using Alta.Generators.Tests.Generator;
using static Alta.Generators.Tests.Generator.DiagnosticExpectation;

namespace Alta.Generators.Tests.Primitives;

/// <summary>Misused <c>[Readout]</c> and <c>[Votes]</c>: each is an error at the declaration or expression that causes it.</summary>
public class ReadoutDiagnosticTests
{
    // Line numbers below refer to TestSources.Readout (line 1 is "using Alta;").
    private const string Valid = TestSources.Readout;

    private static string Edit(string from, string to, string source = Valid) => DiagnosticExpectation.Edit(source, from, to);

    [Fact]
    public void ValidReadoutHasNoDiagnostics()
    {
        var result = GeneratorHarness.Run(Valid);
        Assert.Empty(result.Alta);
        Assert.Empty(result.CompilationErrors);
    }

    [Fact]
    public void ANullableValueParameterIsAllowed() => Expect(Edit("TokenVotes(int token,", "TokenVotes(int? token,"));

    [Fact]
    public void ReadoutOnAnotherVariable() => Expect(Edit("[Categorical(5)] public int Count;", "[Readout] [Categorical(5)] public int Count;"),
        "ALTA022@7: [Readout] variable 'Count' is not the Output of 'P' ('Label'); only the Output can be a read-out");

    [Fact]
    public void ReadoutThatIsNotCategorical() => Expect(Edit("[Readout] public Labels Label;", "[Readout] [Numerical(0, 1)] public double Label;"),
        "ALTA022@8: [Readout] variable 'Label' is numerical; a read-out chooses a label, so it must be a bool, enum or categorical int");

    [Fact]
    public void ReadoutWithoutVotes() => Expect(Edit("[Votes(nameof(Count))]", "", Edit("[Votes(nameof(Token))]", "")),
        "ALTA022@8: [Readout] variable 'Label' has no [Votes] method; add 'static int M(T value, P.Labels label)' marked [Votes(nameof(Variable))] for each variable that votes");

    [Fact]
    public void ReadoutReadByAHead() => Expect(Edit("Query = nameof(Token), Key = nameof(Token)", "Query = nameof(Label), Key = nameof(Label)"),
        "ALTA022@9: [Readout] variable 'Label' is the Query of head 'Same'; the read-out is computed from the state where the output is read, so no head can read it");

    [Fact]
    public void ReadoutAsHaltWhen() => Expect(Edit("MaxLayers = 1", "HaltWhen = nameof(Label)"),
        "ALTA022@2: [Readout] variable 'Label' is the HaltWhen variable; the read-out is computed from the state where the output is read, so it cannot decide halting");

    [Fact]
    public void VotesWithoutReadout() => Expect(Edit("[Readout] public Labels Label;", "public Labels Label;"),
        "ALTA023@10: [Votes] method 'TokenVotes' votes for a read-out, but 'P' has none; mark its Output variable with [Readout]",
        "ALTA023@11: [Votes] method 'CountVotes' votes for a read-out, but 'P' has none; mark its Output variable with [Readout]");

    [Fact]
    public void VotesOnAnUnknownVariable() => Expect(Edit("[Votes(nameof(Token))]", "[Votes(\"Tokn\")]"),
        "ALTA023@10: [Votes] method 'TokenVotes' names 'Tokn', which is not a variable of 'P'");

    [Fact]
    public void VotesOnAHead() => Expect(Edit("[Votes(nameof(Token))] static int TokenVotes(int token,", "[Votes(nameof(Same))] static int TokenVotes(int? token,"),
        "ALTA023@10: [Votes] method 'TokenVotes' names the head output 'Same', which is null whenever the output is read; vote on the variable the MLP copies it into");

    [Fact]
    public void VotesOnANumericalVariable() => Expect(
        Edit("[Votes(nameof(Token))]", "[Votes(nameof(Share))]", Edit("public int Count;", "public int Count; [Numerical(0, 1)] public double Share;")),
        "ALTA023@10: [Votes] method 'TokenVotes' names the numerical variable 'Share'; only categorical variables (bool, enum, categorical int) vote");

    [Fact]
    public void VotesOnTheReadoutItself() => Expect(Edit("[Votes(nameof(Token))] static int TokenVotes(int token,", "[Votes(nameof(Label))] static int TokenVotes(Labels token,"),
        "ALTA023@10: [Votes] method 'TokenVotes' names the read-out 'Label' itself; votes come from the other variables");

    [Fact]
    public void VotesWithTheWrongValueType() => Expect(Edit("TokenVotes(int token,", "TokenVotes(bool token,"),
        "ALTA023@10: [Votes] method 'TokenVotes' must be 'static int TokenVotes(int value, P.Labels label)' (the value may be nullable)");

    [Fact]
    public void VotesThatAreNotInt() => Expect(Edit("static int CountVotes", "static long CountVotes"),
        "ALTA023@11: [Votes] method 'CountVotes' must be 'static int CountVotes(int value, P.Labels label)' (the value may be nullable)");

    [Fact]
    public void TheMlpWritesTheReadout() => Expect(Edit("[Mlp] void Step() => Count = Same ?? 0;", "[Mlp] void Step() { Count = Same ?? 0; Label = Labels.X; }"),
        "ALTA024@12: The MLP writes the read-out 'Label'; the read-out computes it from the [Votes] of the other variables, so the MLP must not assign it");

    [Fact]
    public void TheMlpReadsTheReadout() => Expect(Edit("[Mlp] void Step() => Count = Same ?? 0;", "[Mlp] void Step() => Count = this.Label == Labels.Y ? 1 : 0;"),
        "ALTA024@12: The MLP reads the read-out 'Label'; it is computed from the state where the output is read, after the layer, so the MLP cannot see it; read the variables that vote instead");

    [Fact]
    public void VotesTooLargeForFloat32() => Expect(Edit("count - 1", "count * 10000000"),
        "ALTA055@11: The votes of 'CountVotes' can reach a total of 40000001 in magnitude, more than 2^24 = 16777216, above which float32 sums of integers are no longer exact; its own votes reach 40000000; scale the votes of every [Votes] method down so that the sum of their largest magnitudes is at most 16777216");

    [Fact]
    public void AFailingVotesMethodIsABuildTimeFailure()
    {
        var result = GeneratorHarness.Run(Edit("label == Labels.Y ? count - 1 : 0", "label == Labels.Y ? 12 / (count - 2) : 0"));
        Assert.Single(result.Alta, d => d.StartsWith("ALTA038@11: ", StringComparison.Ordinal) && d.Contains("CountVotes") && d.Contains("value 2 and label Y"));
    }
}
