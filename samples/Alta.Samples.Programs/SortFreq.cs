using System;

namespace Alta.Samples;

/// <summary>
/// RASP's <c>sort_freq</c>: the letters after BOS ordered by how often they occur, most frequent first;
/// letters as frequent keep their order (ties by position). <c>hello</c> becomes <c>llheo</c>.
/// <para>
/// Layer 1: a count head gives each letter its frequency (RASP's histogram); BOS takes the frequency
/// <c>MaxLength</c>, above every letter's, so that it stays first. Layer 2: my place is the number of
/// positions with a higher frequency plus those before mine with the same one: two count heads on the
/// frequency, as <see cref="Sort"/> does on the token. Layer 3: the token whose place is my index is fetched.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Sorted), HaltWhen = nameof(Done))]
public partial class SortFreq
{
    const int Size = Letters.MaxLength;

    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [FromPosition] [Categorical(Size)] public int Idx;
    [FromPosition] [Categorical(Size)] public int Target;
    [Categorical(Size + 1)] public int Freq;
    public SortPhase Phase;
    [Categorical(Letters.Vocabulary)] public int Sorted;
    public bool Done;

    [Attend(Query = nameof(Token), Key = nameof(Token), Aggregate = Aggregation.Count)] public int? Same;
    [Attend(Query = nameof(Freq), Key = nameof(Freq), Where = nameof(Higher), Aggregate = Aggregation.Count)] public int? HigherCount;
    [Attend(Query = nameof(Freq), Key = nameof(Freq), MaxOffset = -1, Aggregate = Aggregation.Count)] public int? SameBefore;
    [Attend(Query = nameof(Idx), Key = nameof(Target), Value = nameof(Token))] public int? Gathered;

    static bool Higher(int query, int key) => key > query;

    [Mlp]
    void Step()
    {
        switch (Phase)
        {
            case SortPhase.Count:
                if (Token == Letters.Bos) Freq = Size;
                else if (Same is int same) Freq = same;
                Phase = SortPhase.Rank;
                break;
            case SortPhase.Rank:
                if (HigherCount is int higher && SameBefore is int sameBefore) Target = Math.Min(higher + sameBefore, Size - 1);
                Phase = SortPhase.Fetch;
                break;
            default:
                Sorted = Gathered ?? 0;
                Done = true;
                break;
        }
    }
}

/// <summary>The layers of a count-rank-fetch program: one phase per layer.</summary>
public enum SortPhase
{
    Count,
    Rank,
    Fetch,
}
