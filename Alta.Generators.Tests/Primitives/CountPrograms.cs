namespace Alta.Generators.Tests.Primitives;

/// <summary>RASP's histogram with a count head: how many tokens equal mine. No BOS token.</summary>
[AltaProgram(Vocabulary = 5, MaxLength = 16, Output = nameof(Same), MaxLayers = 1)]
public partial class SameCount
{
    [FromToken] [Categorical(5)] public int Token;
    [Categorical(17)] public int Same;

    [Attend(Query = nameof(Token), Key = nameof(Token), Aggregate = Aggregation.Count)] public int? SameHere;

    [Mlp]
    void Step() => Same = SameHere ?? 0;
}

/// <summary>Three counts in one program: the length (an offset-only count), the ones strictly before me
/// (zero at position 0: nothing selected), and whether I am in the second half.</summary>
[AltaProgram(Vocabulary = 2, MaxLength = 20, Output = nameof(Answer), MaxLayers = 1)]
public partial class OnesBefore
{
    [FromToken] [Categorical(2)] public int Token;
    [FromPosition] [Categorical(20)] public int Index;
    [Categorical(2000)] public int Answer;
    public bool True = true;

    [Attend(Aggregate = Aggregation.Count)] public int? Length;
    [Attend(Query = nameof(True), Key = nameof(Token), Where = nameof(IsOne), Aggregate = Aggregation.Count, MaxOffset = -1)]
    public int? Ones;

    static bool IsOne(bool query, int key) => key == 1;

    [Mlp]
    void Step()
    {
        int length = Length ?? 0, ones = Ones ?? 0;
        Answer = (2 * Index >= length ? 1000 : 0) + ones * 21 + length;
    }
}
