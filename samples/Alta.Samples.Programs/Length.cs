using System;

namespace Alta.Samples;

/// <summary>
/// Every position gets the number of tokens after BOS (token 0 at position 0; letters a, b, c, ... are
/// 1, 2, 3, ...). One numerical head selects every position and averages "is BOS": the mean is <c>1/n</c>
/// for <c>n</c> positions, so the length is <c>round(1/x) - 1</c>. BOS itself outputs 0.
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Count), HaltWhen = nameof(Done))]
public partial class Length
{
    [FromToken(nameof(IsBos))] public bool Bos;
    [FromToken(nameof(BosWeight))] [Numerical(0, 1)] public double BosMark;
    [Categorical(Letters.MaxLength)] public int Count;
    public bool Done;

    [Attend(Value = nameof(BosMark))] [Numerical(CentresFrom = nameof(Reciprocals))] public double? Share;

    static bool IsBos(int token) => token == Letters.Bos;
    static double BosWeight(int token) => token == Letters.Bos ? 1 : 0;

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
        if (!Bos && Share is double share) Count = (int)Math.Round(1 / share) - 1;
        Done = true;
    }
}
