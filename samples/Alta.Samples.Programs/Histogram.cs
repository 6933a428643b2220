namespace Alta.Samples;

/// <summary>
/// How often my token occurs (after BOS): RASP's <c>histogram = selector_width(select(tokens, tokens, ==))</c>,
/// one count head over the positions holding my token. BOS (counted by nothing else) outputs 0.
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Count), HaltWhen = nameof(Done))]
public partial class Histogram
{
    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [Categorical(Letters.MaxLength)] public int Count;
    public bool Done;

    [Attend(Query = nameof(Token), Key = nameof(Token), Aggregate = Aggregation.Count)] public int? Same;

    [Mlp]
    void Step()
    {
        // At most MaxLength - 1 letters follow BOS, so a letter's count always fits.
        if (Token != Letters.Bos && Same is int same && same < Letters.MaxLength) Count = same;
        Done = true;
    }
}
