namespace Alta.Generators.Tests.Primitives;

// Programs whose output is a linear read-out ([Readout] and [Votes]).

/// <summary>The most frequent symbol of the prefix up to my position, the first symbol on a tie: three causal count
/// heads, and each count votes for its own symbol with its value, so the read-out's argmax is the majority.</summary>
[AltaProgram(Vocabulary = 3, MaxLength = 8, Output = nameof(Majority), MaxLayers = 1)]
public partial class PrefixMajority
{
    public enum Symbol { A, B, C }

    [FromToken(nameof(TokenIsA))] public bool IsA;
    [FromToken(nameof(TokenIsB))] public bool IsB;
    [FromToken(nameof(TokenIsC))] public bool IsC;
    public bool True = true;
    [Categorical(9)] public int CountA;
    [Categorical(9)] public int CountB;
    [Categorical(9)] public int CountC;
    [Readout] public Symbol Majority;

    [Attend(Query = nameof(True), Key = nameof(IsA), Causal = true, Aggregate = Aggregation.Count)] public int? SeenA;
    [Attend(Query = nameof(True), Key = nameof(IsB), Causal = true, Aggregate = Aggregation.Count)] public int? SeenB;
    [Attend(Query = nameof(True), Key = nameof(IsC), Causal = true, Aggregate = Aggregation.Count)] public int? SeenC;

    static bool TokenIsA(int token) => token == 0;
    static bool TokenIsB(int token) => token == 1;
    static bool TokenIsC(int token) => token == 2;

    [Votes(nameof(CountA))] static int CountAVotes(int count, Symbol label) => label == Symbol.A ? count : 0;
    [Votes(nameof(CountB))] static int CountBVotes(int count, Symbol label) => label == Symbol.B ? count : 0;
    [Votes(nameof(CountC))] static int CountCVotes(int count, Symbol label) => label == Symbol.C ? count : 0;

    [Mlp]
    void Step()
    {
        CountA = SeenA ?? 0;
        CountB = SeenB ?? 0;
        CountC = SeenC ?? 0;
    }
}

/// <summary>
/// A learned-style read-out: my token votes for itself, and a count of the tokens equal to mine votes for <c>Once</c>
/// when it is 1, so a token that occurs once reads <c>Once</c> and any other reads itself. Two methods vote on
/// <c>Token</c> (their votes add), one of them through a nullable parameter and a switch table, and a bool votes too:
/// the start token always reads <c>Start</c>.
/// </summary>
[AltaProgram(Vocabulary = 5, MaxLength = 8, Output = nameof(Label), MaxLayers = 1)]
public partial class RepeatedOrOnce
{
    public enum Tokens { Start, T1, T2, T3, T4 }
    public enum Labels { Once, Start, T1, T2, T3, T4 }

    [FromToken(nameof(TokenOf))] public Tokens Token;
    [FromToken(nameof(IsStart))] public bool AtStart;
    [Categorical(9)] public int Same;
    [Readout] public Labels Label;

    [Attend(Query = nameof(Token), Key = nameof(Token), Aggregate = Aggregation.Count)] public int? SameRead;

    static Tokens TokenOf(int token) => (Tokens)token;
    static bool IsStart(int token) => token == 0;

    // The token's own label gets 1; the start's own label is settled by AtStart below.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens? token, Labels label) => token switch
    {
        Tokens.T1 => label == Labels.T1 ? 1 : 0,
        Tokens.T2 => label == Labels.T2 ? 1 : 0,
        Tokens.T3 => label == Labels.T3 ? 1 : 0,
        Tokens.T4 => label == Labels.T4 ? 1 : 0,
        _ => 0,
    };

    // A second method on Token: the votes add. Once loses 1 for every token but T4, and the count's 3 outweighs that.
    [Votes(nameof(Token))]
    static int TokenBias(Tokens token, Labels label) => label == Labels.Once && token != Tokens.T4 ? -1 : 0;

    [Votes(nameof(Same))]
    static int SameVotes(int same, Labels label) => same == 1 && label == Labels.Once ? 3 : 0;

    [Votes(nameof(AtStart))]
    static int StartVotes(bool atStart, Labels label) => atStart && label == Labels.Start ? 10 : 0;

    [Mlp]
    void Step() => Same = SameRead ?? 0;
}

/// <summary>Whether the input holds more ones than zeros: a bool read-out, where a tie goes to the first label, false.</summary>
[AltaProgram(Vocabulary = 2, MaxLength = 8, Output = nameof(MoreOnes), MaxLayers = 1)]
public partial class MoreOnesThanZeros
{
    [FromToken] [Categorical(2)] public int Bit;
    public bool True = true;
    [Categorical(9)] public int Ones;
    [Categorical(9)] public int Zeros;
    [Readout] public bool MoreOnes;

    [Attend(Query = nameof(True), Key = nameof(Bit), Where = nameof(IsOne), Aggregate = Aggregation.Count)] public int? OnesRead;
    [Attend(Query = nameof(True), Key = nameof(Bit), Where = nameof(IsZero), Aggregate = Aggregation.Count)] public int? ZerosRead;

    static bool IsOne(bool query, int bit) => bit == 1;
    static bool IsZero(bool query, int bit) => bit == 0;

    [Votes(nameof(Ones))] static int OnesVotes(int ones, bool label) => label ? ones : 0;
    [Votes(nameof(Zeros))] static int ZerosVotes(int zeros, bool label) => label ? 0 : zeros;

    [Mlp]
    void Step()
    {
        Ones = OnesRead ?? 0;
        Zeros = ZerosRead ?? 0;
    }
}
