namespace Alta.Samples;

/// <summary>
/// Each position gets the token <see cref="K"/> places to its left, or 0 where that place is BOS or
/// before the start. One head at offset <c>-K</c>; BOS is token 0, so copying it gives 0 too.
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, Output = nameof(Shifted), HaltWhen = nameof(Done))]
public partial class ShiftBy
{
    /// <summary>How far to shift (a constant of the program: change it and rebuild for another shift).</summary>
    public const int K = 1;

    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [Categorical(Letters.Vocabulary)] public int Shifted;
    public bool Done;

    [Attend(Value = nameof(Token), Offsets = new[] { -K })] public int? Left;

    [Mlp]
    void Step()
    {
        Shifted = Left ?? 0;
        Done = true;
    }
}
