namespace Alta.Samples;

/// <summary>
/// Every position gets the number of tokens after BOS (token 0 at position 0; letters a, b, c, ... are
/// 1, 2, 3, ...): RASP's <c>length = selector_width(select(tokens, tokens, true))</c>, one count head that
/// selects every position, minus BOS. BOS itself outputs 0.
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Count), HaltWhen = nameof(Done))]
public partial class Length
{
    [FromToken(nameof(IsBos))] public bool Bos;
    [Categorical(Letters.MaxLength)] public int Count;
    public bool Done;

    [Attend(Aggregate = Aggregation.Count)] public int? Positions;

    static bool IsBos(int token) => token == Letters.Bos;

    [Mlp]
    void Step()
    {
        if (!Bos && Positions is int positions and >= 1) Count = positions - 1;
        Done = true;
    }
}
