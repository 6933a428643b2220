namespace Alta.Generators.Tests.Interpretation;

// Small programs that exercise one interpreter rule each; relative parity is the sample's (samples/).

/// <summary>Counts the tokens equal to mine with a numerical head over a BOS that every query also selects.</summary>
[AltaProgram(Vocabulary = 5, Output = nameof(Count), MaxLayers = 1)]
public partial class SameTokenCount
{
    [FromToken] [Categorical(5)] public int Token;
    [FromToken(nameof(IsBos))] [Numerical(0, 1)] public double Bos;
    [Categorical(16)] public int Count;

    [Attend(Query = nameof(Token), Key = nameof(Token), Value = nameof(Bos), Where = nameof(SameOrBos))]
    [Numerical(CentresFrom = nameof(Fractions))]
    public double? Share;

    static double IsBos(int token) => token == 0 ? 1 : 0;
    static bool SameOrBos(int query, int key) => key == query || key == 0;
    static double[] Fractions()
    {
        var centres = new double[16];
        for (int i = 0; i < 16; i++) centres[i] = 1.0 / (16 - i);
        return centres;
    }

    [Mlp]
    void Step()
    {
        if (Share is double share && Token != 0) Count = (int)Math.Round(1 / share) - 1;
    }
}

public enum Phase { Reading, Writing, Done }

/// <summary>An enum state machine with a position initialiser and a head that is ambiguous when two tokens are 1.</summary>
[AltaProgram(Vocabulary = 4, MaxLength = 8, Output = nameof(Seen), HaltWhen = nameof(State), HaltValue = Phase.Done, MaxLayers = 5)]
public partial class FirstToken
{
    [FromToken] [Categorical(4)] public int Token;
    [FromPosition(nameof(IsFirst))] public bool First;
    [Categorical(4)] public int Seen;
    public Phase State = Phase.Reading;

    [Attend(Query = nameof(True), Key = nameof(First), Value = nameof(Token))] public int? FirstTokenHere;
    public bool True = true;

    [FromToken(nameof(IsOne))] public bool One;
    [Attend(Query = nameof(True), Key = nameof(One), Value = nameof(Token))] public int? OneToken;

    static bool IsFirst(int position) => position == 0;
    static bool IsOne(int token) => token == 1;

    [Mlp]
    void Step()
    {
        if (State == Phase.Reading) { Seen = FirstTokenHere ?? 0; State = Phase.Writing; }
        else State = Phase.Done;
    }
}
