using System;

namespace Alta.Samples;

/// <summary>
/// How often my token occurs (after BOS). One numerical head selects BOS and every position holding my
/// token and averages "is BOS": with <c>c</c> such positions the mean is <c>1/(c+1)</c>, so
/// <c>c = round(1/x) - 1</c>. BOS selects only itself and outputs 0.
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Count), HaltWhen = nameof(Done))]
public partial class Histogram
{
    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [FromToken(nameof(BosWeight))] [Numerical(0, 1)] public double BosMark;
    [Categorical(Letters.MaxLength)] public int Count;
    public bool Done;

    [Attend(Query = nameof(Token), Key = nameof(Token), Value = nameof(BosMark), Where = nameof(SameOrBos))]
    [Numerical(CentresFrom = nameof(Reciprocals))]
    public double? Share;

    static double BosWeight(int token) => token == Letters.Bos ? 1 : 0;
    static bool SameOrBos(int query, int key) => key == query || key == Letters.Bos;

    /// <summary><c>1/MaxLength, ..., 1/2, 1/1</c>.</summary>
    static double[] Reciprocals()
    {
        var centres = new double[Letters.MaxLength];
        for (int i = 0; i < Letters.MaxLength; i++) centres[i] = 1.0 / (Letters.MaxLength - i);
        return centres;
    }

    [Mlp]
    void Step()
    {
        if (Share is double share) Count = (int)Math.Round(1 / share) - 1;
        Done = true;
    }
}
