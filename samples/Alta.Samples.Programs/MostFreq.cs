using System;

namespace Alta.Samples;

/// <summary>
/// Learning Transformer Programs' <c>most_freq</c>: the distinct letters after BOS, most frequent first, ties
/// by first occurrence; the positions after them hold nothing (token 0). <c>hello</c> becomes <c>lheo_</c>.
/// <para>
/// Layer 1: two count heads give each letter its frequency and the number of equal letters before it; a
/// token's first occurrence keeps its frequency as <see cref="FirstFreq"/> (0 elsewhere and at BOS). Layer 2:
/// a first occurrence's place is 1 + the first occurrences with a higher frequency + those before it with the
/// same one (two count heads keyed by <c>FirstFreq</c>); every other position takes place 0, with BOS.
/// Layer 3: position <c>k</c> fetches the token whose place is <c>k</c>; place 0 is shared, so that head
/// prefers the earliest position (BOS) and is never ambiguous.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Ranked), HaltWhen = nameof(Done))]
public partial class MostFreq
{
    const int Size = Letters.MaxLength;

    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [FromPosition] [Categorical(Size)] public int Idx;
    [FromPosition] [Categorical(Size)] public int Target;
    [Categorical(Size + 1)] public int Freq;
    [Categorical(Size + 1)] public int FirstFreq;
    public SortPhase Phase;
    [Categorical(Letters.Vocabulary)] public int Ranked;
    public bool Done;

    [Attend(Query = nameof(Token), Key = nameof(Token), Aggregate = Aggregation.Count)] public int? Same;
    [Attend(Query = nameof(Token), Key = nameof(Token), MaxOffset = -1, Aggregate = Aggregation.Count)] public int? SameBefore;
    [Attend(Query = nameof(Freq), Key = nameof(FirstFreq), Where = nameof(Higher), Aggregate = Aggregation.Count)] public int? HigherFirsts;
    [Attend(Query = nameof(Freq), Key = nameof(FirstFreq), MaxOffset = -1, Aggregate = Aggregation.Count)] public int? EqualFirstsBefore;
    [Attend(Query = nameof(Idx), Key = nameof(Target), Value = nameof(Token), Prefer = Preference.Earliest)] public int? Gathered;

    static bool Higher(int query, int key) => key > query;

    [Mlp]
    void Step()
    {
        switch (Phase)
        {
            case SortPhase.Count:
                if (Token != Letters.Bos && Same is int same)
                {
                    Freq = same;
                    if (SameBefore == 0) FirstFreq = same;
                }
                Phase = SortPhase.Rank;
                break;
            case SortPhase.Rank:
                if (FirstFreq == 0) Target = 0;
                else if (HigherFirsts is int higher && EqualFirstsBefore is int before) Target = Math.Min(higher + before + 1, Size - 1);
                Phase = SortPhase.Fetch;
                break;
            default:
                Ranked = Gathered ?? 0;
                Done = true;
                break;
        }
    }
}
