namespace Alta.Generators.Tests.Reliability;

// Small programs that sit on the edges issue 10 found: means exactly on a bucket boundary, and states the
// language leaves undefined (two selected positions, a write out of range, .Value of null).

/// <summary>Averages values with centres {0.1, 0.2, 0.3} over every position: [1,1,1,2,2,2] averages to 0.25,
/// exactly between 0.2 and 0.3 (the interpreter's double sum used to give 0.25000000000000006).</summary>
[AltaProgram(Vocabulary = 3, Output = nameof(Read), MaxLayers = 1)]
public partial class TenthsMean
{
    [FromToken(nameof(TenthsOf))] [Numerical(0.1, 0.2, 0.3)] public double Value;
    [Numerical(0.1, 0.2, 0.3)] public double Read = 0.1;

    [Attend(Value = nameof(Value))] public double? Mean;

    static double TenthsOf(int token) => (token + 1) / 10.0;

    [Mlp]
    void Step()
    {
        if (Mean is double mean) Read = mean;
    }
}

/// <summary>Reads the token of the position whose token equals mine: two equal tokens make the categorical head
/// select two positions, which has no meaning.</summary>
[AltaProgram(Vocabulary = 4, Output = nameof(Seen), MaxLayers = 1)]
public partial class SameToken
{
    [FromToken] [Categorical(4)] public int Token;
    [Categorical(4)] public int Seen;

    [Attend(Query = nameof(Token), Key = nameof(Token), Value = nameof(Token))] public int? Match;

    [Mlp]
    void Step()
    {
        if (Match is int match) Seen = match;
    }
}

/// <summary>Adds the left neighbour's digit: 2 + 3 is out of the range 0..3, and position 0 reads .Value of null
/// unless its token is 0.</summary>
[AltaProgram(Vocabulary = 4, Output = nameof(Sum), MaxLayers = 1)]
public partial class LeftSum
{
    [FromToken] [Categorical(4)] public int Token;
    [Categorical(4)] public int Sum;

    [Attend(Value = nameof(Token), Offsets = new[] { -1 })] public int? Left;

    [Mlp]
    void Step()
    {
        if (Token != 0) Sum = Token + Left!.Value;
    }
}
