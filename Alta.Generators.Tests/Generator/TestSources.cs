namespace Alta.Generators.Tests.Generator;

/// <summary>Program sources shared by the generator tests.</summary>
internal static class TestSources
{
    /// <summary>Relative parity (docs/language.md, "A first program: running parity"), the valid program the diagnostic tests edit.</summary>
    public const string Parity = """
        using Alta;
        [AltaProgram(Vocabulary = 3, Output = nameof(Parity), HaltWhen = nameof(Done))]
        public partial class P
        {
            [FromToken(nameof(BitOf))] public bool Parity;
            [FromToken(nameof(IsStart))] public bool Done;
            [Attend(Value = nameof(Parity), Offsets = new[] { -1 })] public bool? ParityLeft;
            [Attend(Value = nameof(Done), Offsets = new[] { -1 })] public bool? DoneLeft;
            static bool BitOf(int token) => token == 1;
            static bool IsStart(int token) => token == 2;
            [Mlp] void Step() { if (!Done && DoneLeft == true) { Parity ^= ParityLeft ?? false; Done = true; } }
        }
        """;

    /// <summary>A linear read-out (docs/language.md, "`[Readout]` and `[Votes]`: a linear read-out"): a token and a count vote
    /// for two labels; the valid program the read-out diagnostic tests edit.</summary>
    public const string Readout = """
        using Alta;
        [AltaProgram(Vocabulary = 3, MaxLength = 4, Output = nameof(Label), MaxLayers = 1)]
        public partial class P
        {
            public enum Labels { X, Y }
            [FromToken] [Categorical(3)] public int Token;
            [Categorical(5)] public int Count;
            [Readout] public Labels Label;
            [Attend(Query = nameof(Token), Key = nameof(Token), Aggregate = Aggregation.Count)] public int? Same;
            [Votes(nameof(Token))] static int TokenVotes(int token, Labels label) => token == 1 && label == Labels.Y ? 1 : 0;
            [Votes(nameof(Count))] static int CountVotes(int count, Labels label) => label == Labels.Y ? count - 1 : 0;
            [Mlp] void Step() => Count = Same ?? 0;
        }
        """;
}
