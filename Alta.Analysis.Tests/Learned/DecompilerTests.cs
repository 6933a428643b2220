using Alta.Analysis.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>What the decompiler writes for small hand-made programs (the samples check the full loop).</summary>
public class DecompilerTests
{
    const int Labels = 7;

    /// <summary>Votes of <paramref name="variables"/> variables: variable <paramref name="voter"/>'s value c gives label c - 1 one vote.</summary>
    static int[][] Votes(int variables, int voter)
    {
        var votes = Enumerable.Range(0, variables).Select(_ => new int[9 * Labels]).ToArray();
        for (int c = 1; c <= Labels; c++) votes[voter][c * Labels + c - 1] = 1;
        return votes;
    }

    /// <summary>hist's shape: Token, Position, Head0_0, Count0_0, Mlp0_0 (reads Head0_0); <paramref name="voter"/> votes.</summary>
    static DiscreteProgram Program(int voter, int headValue = 0)
    {
        const int width = 9;
        var task = LearnedTask.Get("hist");
        var identity = Enumerable.Range(0, width).ToArray();
        var table = new int[width * width];
        for (int a = 0; a < width; a++)
            for (int b = 0; b < width; b++) table[a * width + b] = a == 3 ? 2 : 1;
        return new DiscreteProgram
        {
            Task = "hist",
            Tokens = task.Tokens.ToArray(),
            Labels = task.Labels.ToArray(),
            Positions = 8,
            Causal = false,
            Width = width,
            Variables = ["Token", "Position", "Head0_0", "Count0_0", "Mlp0_0"],
            Modules =
            [
                new("Head0_0", ModuleKind.Head, [0, 0, headValue], identity),
                new("Count0_0", ModuleKind.Count, [0, 0], identity),
                new("Mlp0_0", ModuleKind.Mlp, [2, 2], table),
            ],
            Votes = Votes(5, voter),
        };
    }

    [Fact]
    public void WritesOnlyWhatVotesOrIsRead()
    {
        string source = new Decompiler(Program(3), "Counts").Write();
        Assert.Contains("[Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_0Selects), Aggregate = Aggregation.Count)]", source);
        Assert.Contains("static bool Count0_0Selects(Tokens query, Tokens key) => key == query;", source);
        Assert.DoesNotContain("Head0_0", source);
        Assert.DoesNotContain("Mlp0_0", source);
        Assert.Contains("public partial class Counts", source);
        Assert.Contains("HaltWhen = nameof(Layer), HaltValue = Layers.Done", source);
        Assert.Contains("[Readout] public Labels Output;", source);
        Assert.DoesNotContain("OutputOf", source);
        Assert.DoesNotContain("  Output = ", source); // the MLP never writes the read-out's output
    }

    [Fact]
    public void VotesAreSwitchTablesByValueThenLabelWithoutZeros()
    {
        var program = Program(3);
        // Token votes too: T0 and T2 alike (two labels, one vote each), T1 for one label, the rest nothing.
        var token = program.Votes[0];
        foreach (int t in new[] { 2, 4 }) { token[t * Labels + 0] = 2; token[t * Labels + 5] = 2; token[t * Labels + 6] = -3; }
        token[3 * Labels + 1] = 4;
        string source = new Decompiler(program, "Voting").Write();
        Assert.Contains("""
                [Votes(nameof(Token))]
                static int TokenVotes(Tokens token, Labels label) => token switch
                {
                    Tokens.T0 or Tokens.T2 => label switch { Labels.L1 or Labels.L6 => 2, Labels.L7 => -3, _ => 0 },
                    Tokens.T1 => label == Labels.L2 ? 4 : 0,
                    _ => 0,
                };
            """.ReplaceLineEndings(), source.ReplaceLineEndings());
        Assert.Contains("""
                [Votes(nameof(Count0_0))]
                static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
                {
                    1 => label == Labels.L1 ? 1 : 0,
            """.ReplaceLineEndings(), source.ReplaceLineEndings());
        Assert.DoesNotContain("PositionVotes", source);
    }

    [Fact]
    public void VotesTotallingPast2To24AreRejected()
    {
        var program = Program(3);
        program.Votes[0][2 * Labels] = 1 << 23;
        program.Votes[1][2 * Labels] = -(1 << 23);
        var e = Assert.Throws<InvalidOperationException>(() => new Decompiler(program, "TooLarge"));
        Assert.Contains("2^24", e.Message);
    }

    [Fact]
    public void TablesAreGroupedByOutputWithTheCommonestAsDefault()
    {
        string source = new Decompiler(Program(4), "Copies").Write();
        // Mlp0_0 reads Head0_0 twice: a one-input table; only T1 (value 3) maps to 2.
        Assert.Contains("static int Mlp0_0Of(Tokens head0_0) => head0_0 switch", source);
        Assert.Contains("Tokens.T1 => 2,", source);
        Assert.Contains("_ => 1,", source);
        Assert.Contains("Head0_0 = Head0_0Read ?? Tokens.Bos;", source);
        Assert.Contains("Prefer = Preference.Nearest", source);
    }

    [Fact]
    public void AHeadReadingADerivedVariableFallsBackToItsValueAtBos()
    {
        // Layer 0 counts; layer 1 copies the count of the nearest position holding the token one above mine.
        var program = Program(4) with
        {
            Variables = ["Token", "Position", "Count0_0", "Head1_0"],
            Modules =
            [
                new("Count0_0", ModuleKind.Count, [0, 0], Enumerable.Range(0, 9).ToArray()),
                new("Head1_0", ModuleKind.Head, [0, 0, 2], Enumerable.Range(1, 9).ToArray()),
            ],
            Votes = Votes(4, 3),
        };
        string source = new Decompiler(program, "Fallback").Write();
        Assert.Contains("Head1_0 = Head1_0Read ?? Count0_0AtBos ?? default;", source);
        Assert.Contains("[Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Count0_0), Where = nameof(AtBos))]", source);
        Assert.Contains("public enum Layers { Layer0, Layer1, Done }", source);
        // The model itself: position 3 (token 6) copies the count of the nearest token 7 (position 2, count 2);
        // the others select nothing and read the count at BOS (1).
        var (values, _) = program.Run([1, 7, 7, 6]);
        Assert.Equal([1, 2, 2, 1], values[2]);
        Assert.Equal([1, 1, 1, 2], values[3]);
    }

    [Fact]
    public void ClassNamesFollowTheTask()
    {
        Assert.Equal("LearnedDoubleHist", Decompiler.DefaultClassName("double_hist"));
        Assert.Equal("LearnedDyck1", Decompiler.DefaultClassName("dyck1"));
    }
}
