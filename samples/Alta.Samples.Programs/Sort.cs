using System;

namespace Alta.Samples;

/// <summary>
/// Sorts the tokens after BOS ascending; equal tokens keep their order (ties by position).
/// <para>
/// Layer 1: my place in the output is <c>s + e</c>, with <c>s</c> the number of tokens smaller than mine
/// (BOS, token 0, is smaller than every letter, so a letter's place starts at 1) and <c>e</c> the number of
/// tokens equal to mine before my position: two count heads (RASP's <c>selector_width</c>), the second limited
/// to the positions before mine. The sum is a linear form of two counts, which the compiler writes with one
/// threshold unit per value rather than one rule per pair. Layer 2: a head matching my index against every
/// <see cref="Target"/> fetches the token that belongs here. <c>Target</c> starts as the position itself, so
/// that head selects exactly one position before the targets exist.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Sorted), HaltWhen = nameof(Done))]
public partial class Sort
{
    const int Size = Letters.MaxLength;

    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [FromPosition] [Categorical(Size)] public int Idx;
    [FromPosition] [Categorical(Size)] public int Target;
    public bool Ranked;
    [Categorical(Letters.Vocabulary)] public int Sorted;
    public bool Done;

    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Smaller), Aggregate = Aggregation.Count)] public int? SmallerCount;
    [Attend(Query = nameof(Token), Key = nameof(Token), MaxOffset = -1, Aggregate = Aggregation.Count)] public int? SameBefore;
    [Attend(Query = nameof(Idx), Key = nameof(Target), Value = nameof(Token))] public int? Gathered;

    static bool Smaller(int query, int key) => key < query;

    [Mlp]
    void Step()
    {
        if (!Ranked)
        {
            // Counts are never null. Places are 0 .. length - 1, so the clamp never acts; it makes the write a
            // function of the sum on the whole table, which the compiler writes with one threshold per value.
            if (SmallerCount is int smaller && SameBefore is int sameBefore) Target = Math.Min(smaller + sameBefore, Size - 1);
            Ranked = true;
            return;
        }
        Sorted = Gathered ?? 0;
        Done = true;
    }
}
