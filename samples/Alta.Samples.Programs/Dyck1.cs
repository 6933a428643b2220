namespace Alta.Samples;

/// <summary>The state of a Dyck-1 prefix.</summary>
public enum DyckState
{
    /// <summary>P: more <c>(</c> than <c>)</c> so far, never failed.</summary>
    Pending,

    /// <summary>T: balanced.</summary>
    Balanced,

    /// <summary>F: some prefix closed more than it opened.</summary>
    Failed,
}

/// <summary>
/// Dyck-1 (balanced parentheses) for every prefix. Tokens: BOS 0, <c>(</c> 1, <c>)</c> 2.
/// <para>
/// Layer 1: a numerical head over positions <c>1 .. i</c> averages +1 for <c>(</c> and -1 for <c>)</c>; the mean
/// is balance / i, whose sign is all that matters, so the head's buckets are just
/// <c>-1, -1/31, 0, 1/31, 1</c> (no nonzero mean comes closer to 0 than 1/31). Each position records whether
/// its balance is zero and whether it is negative. Layer 2: the same selector averages "negative": above
/// zero means some prefix failed.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = 3, MaxLength = Letters.MaxLength, Output = nameof(State), HaltWhen = nameof(Done))]
public partial class Dyck1
{
    /// <summary>The token of <c>(</c>.</summary>
    public const int Open = 1;

    /// <summary>The token of <c>)</c>.</summary>
    public const int Close = 2;

    const double Least = 1.0 / (Letters.MaxLength - 1);

    [FromToken(nameof(StepOf))] [Numerical(-1, 0, 1)] public double Change;
    [FromPosition] [Categorical(Letters.MaxLength)] public int Idx;
    [Numerical(0, 1)] public double Negative;
    public bool Zero;
    public bool Measured;
    public DyckState State;
    public bool Done;

    [Attend(Query = nameof(Idx), Key = nameof(Idx), Value = nameof(Change), Where = nameof(UpToAfterBos))]
    [Numerical(-1, -Least, 0, Least, 1)]
    public double? Trend;

    [Attend(Query = nameof(Idx), Key = nameof(Idx), Value = nameof(Negative), Where = nameof(UpToAfterBos))]
    [Numerical(0, Least, 1)]
    public double? EverNegative;

    static double StepOf(int token) => token == Open ? 1 : token == Close ? -1 : 0;
    static bool UpToAfterBos(int query, int key) => key >= 1 && key <= query;

    [Mlp]
    void Step()
    {
        if (!Measured)
        {
            if (Trend is double trend)
            {
                Zero = trend == 0;
                Negative = trend < 0 ? 1 : 0;
            }
            Measured = true;
            return;
        }
        if (EverNegative is double failed)
            State = failed > 0 ? DyckState.Failed : Zero ? DyckState.Balanced : DyckState.Pending;
        Done = true;
    }
}
