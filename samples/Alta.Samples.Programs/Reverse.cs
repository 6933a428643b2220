using System;

namespace Alta.Samples;

/// <summary>
/// Reverses the tokens after BOS. Layer 1: the length <c>L</c> comes from a head averaging "is BOS" over
/// every position (mean <c>1/(L+1)</c>, as in <see cref="Length"/>), and position <c>i</c> computes its
/// mirror <c>L + 1 - i</c>. Layer 2: a head matching the mirror against the position index fetches the
/// token there. The mirror starts as the position itself (BOS keeps it: BOS maps to BOS).
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Reversed), HaltWhen = nameof(Done))]
public partial class Reverse
{
    const int Size = Letters.MaxLength;

    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [FromToken(nameof(BosWeight))] [Numerical(0, 1)] public double BosMark;
    [FromPosition] [Categorical(Size)] public int Idx;
    [FromPosition] [Categorical(Size)] public int Mirror;
    public bool Mirrored;
    [Categorical(Letters.Vocabulary)] public int Reversed;
    public bool Done;

    [Attend(Value = nameof(BosMark))] [Numerical(CentresFrom = nameof(Reciprocals))] public double? Share;
    [Attend(Query = nameof(Mirror), Key = nameof(Idx), Value = nameof(Token))] public int? Opposite;

    static double BosWeight(int token) => token == Letters.Bos ? 1 : 0;

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
        if (!Mirrored)
        {
            // round(1/x) is L + 1; positions beyond the sequence cannot occur, so only in-range mirrors are kept.
            if (Idx > 0 && Share is double share)
            {
                int mirror = (int)Math.Round(1 / share) - Idx;
                if (mirror >= 1) Mirror = mirror;
            }
            Mirrored = true;
            return;
        }
        Reversed = Opposite ?? 0;
        Done = true;
    }
}
