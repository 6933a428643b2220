using Alta.Analysis.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>What the decompiler writes for small hand-made programs (the samples check the full loop).</summary>
public class DecompilerTests
{
    /// <summary>hist's shape: Token, Position, Head0_0 (unused), Count0_0, Mlp0_0 (reads Head0_0), read-out.</summary>
    static DiscreteProgram Program(int[] readout, int headValue = 0)
    {
        const int width = 9;
        var task = LearnedTask.Get("hist");
        var identity = Enumerable.Range(0, width).ToArray();
        var table = new int[width * width];
        for (int a = 0; a < width; a++)
            for (int b = 0; b < width; b++) table[a * width + b] = a == 3 ? 2 : 1;
        var classes = new int[width * width];
        for (int a = 0; a < width; a++)
            for (int b = 0; b < width; b++) classes[a * width + b] = Math.Min(Math.Max(a - 1, 0), 6);
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
                new("Output", ModuleKind.Readout, readout, classes),
            ],
        };
    }

    [Fact]
    public void WritesOnlyWhatTheReadOutNeeds()
    {
        string source = new Decompiler(Program([3, 3]), "Counts").Write();
        Assert.Contains("[Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_0Selects), Aggregate = Aggregation.Count)]", source);
        Assert.Contains("static bool Count0_0Selects(Tokens query, Tokens key) => key == query;", source);
        Assert.DoesNotContain("Head0_0", source);
        Assert.DoesNotContain("Mlp0_0", source);
        Assert.Contains("public partial class Counts", source);
        Assert.Contains("HaltWhen = nameof(Layer), HaltValue = Layers.Done", source);
    }

    [Fact]
    public void TablesAreGroupedByOutputWithTheCommonestAsDefault()
    {
        string source = new Decompiler(Program([4, 4]), "Copies").Write();
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
        var program = Program([4, 4]) with
        {
            Variables = ["Token", "Position", "Count0_0", "Head1_0"],
            Modules =
            [
                new("Count0_0", ModuleKind.Count, [0, 0], Enumerable.Range(0, 9).ToArray()),
                new("Head1_0", ModuleKind.Head, [0, 0, 2], Enumerable.Range(1, 9).ToArray()),
                new("Output", ModuleKind.Readout, [3, 3], Program([4, 4]).Modules[^1].Table),
            ],
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
