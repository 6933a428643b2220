using Alta.Samples;

namespace Alta.Generators.Tests.Evaluate.Programs;

/// <summary>
/// The <see cref="Alta.Samples.Dyck1"/> sample rewritten naively (issue 9): where the sample reads the sign of a
/// numerical mean over the prefix in two layers, this version does what the task says, a running balance passed
/// from left to right one position per layer, with nested conditions for the three states. The balance is an
/// integer sum of a neighbour's value and my step, which the sample's hand-factoring avoids.
/// </summary>
[AltaProgram(Vocabulary = 3, MaxLength = Letters.MaxLength, Output = nameof(State), HaltWhen = nameof(Done))]
public partial class NaiveDyck1
{
    public const int Open = 1;

    [FromToken] [Categorical(3)] public int Token;
    [FromToken(nameof(IsBos))] public bool Done;          // BOS has the empty prefix's state from the start
    [Categorical(Letters.MaxLength)] public int Balance;
    public DyckState State;

    [Attend(Value = nameof(Balance), Offsets = new[] { -1 })] public int? BalanceLeft;
    [Attend(Value = nameof(State), Offsets = new[] { -1 })] public DyckState? StateLeft;
    [Attend(Value = nameof(Done), Offsets = new[] { -1 })] public bool? DoneLeft;

    static bool IsBos(int token) => token == Letters.Bos;

    [Mlp]
    void Step()
    {
        if (Done || DoneLeft != true) return;
        int balance = (BalanceLeft ?? 0) + (Token == Open ? 1 : -1);
        if (StateLeft == DyckState.Failed || balance < 0)
        {
            State = DyckState.Failed;
        }
        else
        {
            if (balance == 0) State = DyckState.Balanced;
            else State = DyckState.Pending;
            if (balance < Letters.MaxLength) Balance = balance;
        }
        Done = true;
    }
}
