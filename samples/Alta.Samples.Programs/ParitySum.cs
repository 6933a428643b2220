using System;

namespace Alta.Samples;

/// <summary>
/// Parity as a sum modulo 2, in one layer. Token 2 is an end marker placed last. One numerical head with a
/// constant query selects every position holding a 1 or the end marker and averages "is the end marker":
/// with <c>k</c> ones the mean is <c>1/(k+1)</c>, one of the head's buckets <c>1/50 .. 1/1</c>, so
/// <c>Parity = (round(1/x) - 1) % 2</c>. Every position computes the same answer; read it at the last one.
/// At most 49 ones (the buckets); zeros are not counted, so the input may be longer.
/// </summary>
[AltaProgram(Vocabulary = 3, Output = nameof(Parity), HaltWhen = nameof(Done))]
public partial class ParitySum
{
    /// <summary>The end marker's token.</summary>
    public const int End = 2;

    /// <summary>The largest number of ones the buckets can count.</summary>
    public const int MaxOnes = 49;

    public bool Always = true;
    [FromToken(nameof(IsOneOrEnd))] public bool Counted;
    [FromToken(nameof(EndWeight))] [Numerical(0, 1)] public double EndMark;
    public bool Parity;
    public bool Done;

    [Attend(Query = nameof(Always), Key = nameof(Counted), Value = nameof(EndMark))]
    [Numerical(CentresFrom = nameof(Reciprocals))]
    public double? Share;

    static bool IsOneOrEnd(int token) => token == 1 || token == End;
    static double EndWeight(int token) => token == End ? 1 : 0;

    /// <summary><c>1/50, 1/49, ..., 1/1</c>: the possible means.</summary>
    static double[] Reciprocals()
    {
        var centres = new double[MaxOnes + 1];
        for (int i = 0; i <= MaxOnes; i++) centres[i] = 1.0 / (MaxOnes + 1 - i);
        return centres;
    }

    [Mlp]
    void Step()
    {
        if (Share is double share) Parity = ((int)Math.Round(1 / share) - 1) % 2 == 1;
        Done = true;
    }
}
