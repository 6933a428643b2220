namespace Alta.Samples;

/// <summary>
/// At each position <c>i</c> after BOS, the fraction of positions <c>1 .. i</c> that hold the letter
/// <c>l</c> (token 12). One numerical head selects positions <c>1 .. i</c> (a predicate on the position
/// indices) and averages "is l". Its buckets are every fraction <c>p/q</c> with <c>q &lt; MaxLength</c> (the
/// Farey sequence), so every possible mean is a bucket centre and the answer is exact. BOS outputs 0.
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Fraction), HaltWhen = nameof(Done))]
public partial class FracPrevs
{
    /// <summary>The letter counted: <c>l</c>.</summary>
    public const int Letter = 12;

    const int Size = Letters.MaxLength;

    [FromToken(nameof(IsLetter))] [Numerical(0, 1)] public double Counted;
    [FromPosition] [Categorical(Size)] public int Idx;
    [Numerical(CentresFrom = nameof(Fractions))] public double Fraction;
    public bool Done;

    [Attend(Query = nameof(Idx), Key = nameof(Idx), Value = nameof(Counted), Where = nameof(UpToAfterBos))]
    [Numerical(CentresFrom = nameof(Fractions))]
    public double? Mean;

    static double IsLetter(int token) => token == Letter ? 1 : 0;
    static bool UpToAfterBos(int query, int key) => key >= 1 && key <= query;

    /// <summary>The Farey sequence of order <c>MaxLength - 1</c>: every <c>p/q</c> in [0, 1] with <c>q &lt; MaxLength</c>, ascending.</summary>
    static double[] Fractions()
    {
        const int order = Size - 1;
        // Count the terms first (the next-term recurrence needs no sorting), then fill them in.
        int count = 1;
        int a = 0, b = 1, c = 1, d = order;
        while (c <= order)
        {
            int k = (order + b) / d;
            int nextC = k * c - a, nextD = k * d - b;
            a = c; b = d; c = nextC; d = nextD;
            count++;
        }
        var centres = new double[count];
        a = 0; b = 1; c = 1; d = order;
        centres[0] = 0;
        for (int i = 1; i < count; i++)
        {
            centres[i] = (double)c / d;
            int k = (order + b) / d;
            int nextC = k * c - a, nextD = k * d - b;
            a = c; b = d; c = nextC; d = nextD;
        }
        return centres;
    }

    [Mlp]
    void Step()
    {
        Fraction = Mean ?? 0;
        Done = true;
    }
}
