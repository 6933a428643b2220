using System;

namespace Alta.Samples;

/// <summary>
/// Sorts the tokens after BOS ascending; equal tokens keep their order (ties by position).
/// <para>
/// Layer 1: my place in the output is <c>s + e</c>, with <c>s</c> the number of tokens smaller than mine and
/// <c>e</c> the number of tokens equal to mine at or before my position. Two numerical heads count them,
/// each also selecting BOS and averaging "is BOS", so their means are <c>1/(s+1)</c> and <c>1/(e+1)</c>;
/// the second is limited to offsets <c>-31 .. 0</c> (positions at or before mine). Layer 2: a head matching
/// my index against every <see cref="Target"/> fetches the token that belongs here. <c>Target</c> starts as
/// the position itself, so that head selects exactly one position before the targets exist.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Sorted), HaltWhen = nameof(Done))]
public partial class Sort
{
    const int Size = Letters.MaxLength;

    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [FromToken(nameof(BosWeight))] [Numerical(0, 1)] public double BosMark;
    [FromPosition] [Categorical(Size)] public int Idx;
    [FromPosition] [Categorical(Size)] public int Target;
    public bool Ranked;
    [Categorical(Letters.Vocabulary)] public int Sorted;
    public bool Done;

    [Attend(Query = nameof(Token), Key = nameof(Token), Value = nameof(BosMark), Where = nameof(SmallerOrBos))]
    [Numerical(CentresFrom = nameof(Reciprocals))]
    public double? Smaller;

    [Attend(Query = nameof(Token), Key = nameof(Token), Value = nameof(BosMark), Where = nameof(SameOrBos),
            Offsets = new[] { -31, -30, -29, -28, -27, -26, -25, -24, -23, -22, -21, -20, -19, -18, -17, -16,
                              -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 })]
    [Numerical(CentresFrom = nameof(Reciprocals))]
    public double? SameBefore;

    [Attend(Query = nameof(Idx), Key = nameof(Target), Value = nameof(Token))] public int? Gathered;

    static double BosWeight(int token) => token == Letters.Bos ? 1 : 0;
    static bool SmallerOrBos(int query, int key) => key < query || key == Letters.Bos;
    static bool SameOrBos(int query, int key) => key == query || key == Letters.Bos;

    /// <summary><c>1/MaxLength, ..., 1/2, 1/1</c>.</summary>
    static double[] Reciprocals()
    {
        var centres = new double[Size];
        for (int i = 0; i < Size; i++) centres[i] = 1.0 / (Size - i);
        return centres;
    }

    [Mlp]
    void Step()
    {
        if (!Ranked)
        {
            if (Smaller is double smaller && SameBefore is double sameBefore)
            {
                int target = (int)Math.Round(1 / smaller) + (int)Math.Round(1 / sameBefore) - 2;
                if (target < Size) Target = target;
            }
            Ranked = true;
            return;
        }
        Sorted = Gathered ?? 0;
        Done = true;
    }
}
