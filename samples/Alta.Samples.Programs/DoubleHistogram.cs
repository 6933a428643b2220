namespace Alta.Samples;

/// <summary>
/// RASP's double histogram: each letter gets how many distinct letters occur exactly as often as it does.
/// In <c>aabbc</c>, <c>a</c> and <c>b</c> occur twice (2 letters) and <c>c</c> once (1 letter): <c>2 2 2 2 1</c>.
/// <para>
/// Layer 1: two count heads give each letter its frequency and the number of equal letters before it; a
/// letter with none before is its token's first occurrence, which keeps the frequency as
/// <see cref="FirstFreq"/> (0 elsewhere, and at BOS). Layer 2: a count head selects the first occurrences
/// whose frequency equals mine: each distinct letter is counted once.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Distinct), HaltWhen = nameof(Done))]
public partial class DoubleHistogram
{
    const int Size = Letters.MaxLength;

    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [Categorical(Size + 1)] public int Freq;
    [Categorical(Size + 1)] public int FirstFreq;
    public bool Counted;
    [Categorical(Size)] public int Distinct;
    public bool Done;

    [Attend(Query = nameof(Token), Key = nameof(Token), Aggregate = Aggregation.Count)] public int? Same;
    [Attend(Query = nameof(Token), Key = nameof(Token), MaxOffset = -1, Aggregate = Aggregation.Count)] public int? SameBefore;
    [Attend(Query = nameof(Freq), Key = nameof(FirstFreq), Aggregate = Aggregation.Count)] public int? AsFrequent;

    [Mlp]
    void Step()
    {
        if (!Counted)
        {
            if (Token != Letters.Bos && Same is int same)
            {
                Freq = same;
                if (SameBefore == 0) FirstFreq = same;
            }
            Counted = true;
            return;
        }
        // BOS (frequency 0) matches no first occurrence; at most 31 distinct letters.
        if (Token != Letters.Bos && AsFrequent is int asFrequent && asFrequent < Size) Distinct = asFrequent;
        Done = true;
    }
}
