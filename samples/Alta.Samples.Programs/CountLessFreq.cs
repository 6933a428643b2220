namespace Alta.Samples;

/// <summary>
/// Tracr's <c>make_count_less_freq(2)</c>: every letter gets how many letters of the word belong to a letter
/// that occurs fewer than <see cref="N"/> times (each occurrence counts, as in Tracr's program). In
/// <c>hello</c> only <c>h</c>, <c>e</c> and <c>o</c> occur once: <c>3 3 3 3 3</c>. BOS outputs 0.
/// <para>
/// Layer 1: a count head gives each letter its frequency; a letter rarer than <c>N</c> marks itself
/// <see cref="Rare"/>. Layer 2: a count head with a constant query selects the rare positions, so every
/// position reads the same number.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(RareCount), HaltWhen = nameof(Done))]
public partial class CountLessFreq
{
    /// <summary>A letter is rare when it occurs fewer than N times.</summary>
    public const int N = 2;

    const int Size = Letters.MaxLength;

    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    public bool Rare;
    public bool Counted;
    public bool True = true;
    [Categorical(Size)] public int RareCount;
    public bool Done;

    [Attend(Query = nameof(Token), Key = nameof(Token), Aggregate = Aggregation.Count)] public int? Same;
    [Attend(Query = nameof(True), Key = nameof(Rare), Aggregate = Aggregation.Count)] public int? RarePositions;

    [Mlp]
    void Step()
    {
        if (!Counted)
        {
            Rare = Token != Letters.Bos && Same < N;
            Counted = true;
            return;
        }
        // BOS is never rare, so at most 31 positions are.
        if (Token != Letters.Bos && RarePositions is int rare && rare < Size) RareCount = rare;
        Done = true;
    }
}
