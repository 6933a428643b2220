namespace Alta.Generators.Tests.Evaluate.Programs;

/// <summary>
/// A small table behind an equality of two variables, <c>Cell == Target + 1</c> (SUBLEQ's <c>Cell == B</c> with an
/// offset), on domains small enough that random inputs meet every combination of cell, target, old value and
/// operand: the check that the equality guard's units are exact (Run == Interpret, reference == fast pass).
/// </summary>
[AltaProgram(Vocabulary = 8, MaxLength = 8, Output = nameof(Value), HaltWhen = nameof(Done))]
public partial class EqualityUpdate
{
    [FromToken] [Categorical(8)] public int Value;
    [FromPosition] [Categorical(8)] public int Cell;
    [FromPosition(nameof(IsFirst))] public bool First;
    public bool One = true;
    public bool Done;

    [Attend(Value = nameof(Value), Offsets = new[] { -1 })] public int? Left;
    [Attend(Query = nameof(One), Key = nameof(First), Value = nameof(Value))] public int? Target;

    static bool IsFirst(int position) => position == 0;

    [Mlp]
    void Step()
    {
        if (Done) return;
        if (Left is int left && Target is int target && Cell == target + 1) Value = Math.Clamp(Value - left, 0, 7);
        Done = true;
    }
}
