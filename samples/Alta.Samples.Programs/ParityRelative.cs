namespace Alta.Samples;

/// <summary>
/// Running parity, sequential, with relative attention. Token 2 is a start marker placed first; bits are 0 and 1.
/// Every position keeps its running <see cref="Parity"/> and whether it is <see cref="Done"/>. The start
/// position is done from the beginning; a position that is not done but whose left neighbour is done adds
/// the neighbour's parity to its own bit and becomes done. One position finishes per layer, left to right;
/// the run halts when every position is done.
/// </summary>
[AltaProgram(Vocabulary = 3, Output = nameof(Parity), HaltWhen = nameof(Done))]
public partial class ParityRelative
{
    /// <summary>The start marker's token.</summary>
    public const int Start = 2;

    [FromToken(nameof(BitOf))] public bool Parity;
    [FromToken(nameof(IsStart))] public bool Done;

    [Attend(Value = nameof(Parity), Offsets = new[] { -1 })] public bool? ParityLeft;
    [Attend(Value = nameof(Done), Offsets = new[] { -1 })] public bool? DoneLeft;

    static bool BitOf(int token) => token == 1;
    static bool IsStart(int token) => token == Start;

    [Mlp]
    void Step()
    {
        if (!Done && DoneLeft == true)
        {
            Parity ^= ParityLeft ?? false;
            Done = true;
        }
    }
}
