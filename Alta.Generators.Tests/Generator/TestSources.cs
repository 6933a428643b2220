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
}
