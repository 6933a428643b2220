using System;

namespace Alta.Samples;

/// <summary>
/// Sorts distinct numbers 1..15 after a BOS token 0 at position 0, in two layers.
/// <para>
/// Layer 1: a count head (RASP's <c>selector_width</c>) counts the tokens smaller than mine, BOS included:
/// that is my place in the sorted output (<see cref="Target"/>; BOS, smaller than nothing, stays at 0).
/// Layer 2: a head matching my index against every <c>Target</c> fetches the token that belongs here.
/// <c>Target</c> starts as the position itself, so that the fetching head selects exactly one position
/// before the ranks exist. Equal tokens would share a target: the interpreter then reports an ambiguous head.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = 16, MaxLength = 16, Output = nameof(Sorted), HaltWhen = nameof(Done))]
public partial class SortUnique
{
    /// <summary>The BOS token, placed first.</summary>
    public const int Bos = 0;

    const int Size = 16;

    [FromToken] [Categorical(Size)] public int Token;
    [FromPosition] [Categorical(Size)] public int Idx;
    [FromPosition] [Categorical(Size)] public int Target;
    public bool Ranked;
    [Categorical(Size)] public int Sorted;
    public bool Done;

    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Smaller), Aggregate = Aggregation.Count)] public int? Rank;
    [Attend(Query = nameof(Idx), Key = nameof(Target), Value = nameof(Token))] public int? Gathered;

    static bool Smaller(int query, int key) => key < query;

    [Mlp]
    void Step()
    {
        if (!Ranked)
        {
            // At most 15 tokens are smaller than mine: the clamp never acts, but it makes the write one
            // function of the count on all its values, which the compiler writes with threshold units.
            if (Rank is int rank) Target = Math.Min(rank, Size - 1);
            Ranked = true;
            return;
        }
        Sorted = Gathered ?? 0;
        Done = true;
    }
}
