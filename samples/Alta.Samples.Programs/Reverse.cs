using System;

namespace Alta.Samples;

/// <summary>
/// Reverses the tokens after BOS. Layer 1: a count head over every position gives <c>L + 1</c> (BOS and
/// <c>L</c> letters, as in <see cref="Length"/>), and position <c>i</c> computes its mirror <c>L + 1 - i</c>. Layer 2: a head matching the mirror against the position index fetches the
/// token there. The mirror starts as the position itself (BOS keeps it: BOS maps to BOS).
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Reversed), HaltWhen = nameof(Done))]
public partial class Reverse
{
    const int Size = Letters.MaxLength;

    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [FromPosition] [Categorical(Size)] public int Idx;
    [FromPosition] [Categorical(Size)] public int Mirror;
    public bool Mirrored;
    [Categorical(Letters.Vocabulary)] public int Reversed;
    public bool Done;

    [Attend(Aggregate = Aggregation.Count)] public int? Positions;
    [Attend(Query = nameof(Mirror), Key = nameof(Idx), Value = nameof(Token))] public int? Opposite;

    [Mlp]
    void Step()
    {
        if (!Mirrored)
        {
            // The clamp never acts (Positions > Idx), but it makes the write one function of positions - Idx on
            // the whole table, which the compiler writes with one threshold unit per value.
            if (Idx > 0 && Positions is int positions) Mirror = Math.Clamp(positions - Idx, 1, Size - 1);
            Mirrored = true;
            return;
        }
        Reversed = Opposite ?? 0;
        Done = true;
    }
}
