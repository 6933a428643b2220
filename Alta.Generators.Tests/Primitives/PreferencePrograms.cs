namespace Alta.Generators.Tests.Primitives;

// One program per preference. Tokens are 0..3; token 1 marks the positions a head selects. Each position
// reads the index of the preferred marked position, plus 1 (0: no position is marked).

/// <summary>The nearest marked position (the earlier one of two at the same distance).</summary>
[AltaProgram(Vocabulary = 4, MaxLength = 24, Output = nameof(Found), MaxLayers = 1)]
public partial class NearestMark
{
    [FromToken(nameof(IsMark))] public bool Mark;
    [FromPosition(nameof(PlusOne))] [Categorical(25)] public int Here;
    [Categorical(25)] public int Found;
    public bool True = true;

    [Attend(Query = nameof(True), Key = nameof(Mark), Value = nameof(Here), Prefer = Preference.Nearest)] public int? Nearest;

    static bool IsMark(int token) => token == 1;
    static int PlusOne(int position) => position + 1;

    [Mlp]
    void Step() => Found = Nearest ?? 0;
}

/// <summary>The latest marked position at or before mine (a causal head), and the earliest marked position anywhere.</summary>
[AltaProgram(Vocabulary = 4, MaxLength = 24, Output = nameof(Found), MaxLayers = 1)]
public partial class LatestAndEarliestMark
{
    [FromToken(nameof(IsMark))] public bool Mark;
    [FromPosition(nameof(PlusOne))] [Categorical(25)] public int Here;
    [Categorical(625)] public int Found;
    public bool True = true;

    [Attend(Query = nameof(True), Key = nameof(Mark), Value = nameof(Here), Prefer = Preference.Latest, Causal = true)]
    public int? Latest;

    [Attend(Query = nameof(True), Key = nameof(Mark), Value = nameof(Here), Prefer = Preference.Earliest)] public int? Earliest;

    static bool IsMark(int token) => token == 1;
    static int PlusOne(int position) => position + 1;

    [Mlp]
    void Step() => Found = (Latest ?? 0) * 25 + (Earliest ?? 0);
}

/// <summary>An offset-only head with a preference: the nearer of my two left neighbours, i.e. the one at -1
/// wherever it exists; and the token two to the right at the last position but one reads nothing.</summary>
[AltaProgram(Vocabulary = 4, MaxLength = 12, Output = nameof(Left), MaxLayers = 1)]
public partial class NearerNeighbour
{
    [FromToken] [Categorical(4)] public int Token;
    [Categorical(5)] public int Left;

    [Attend(Value = nameof(Token), OffsetsFrom = nameof(TwoLeft), Prefer = Preference.Nearest)] public int? Neighbour;

    static int[] TwoLeft() => new[] { -1, -2 };

    [Mlp]
    void Step() => Left = Neighbour is int token ? token + 1 : 0;
}
