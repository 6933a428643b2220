using System;

namespace Alta.Samples;

/// <summary>The phases of <see cref="ParityCount"/>.</summary>
public enum CountPhase
{
    /// <summary>Layer 1: count the ones.</summary>
    Counting,

    /// <summary>Layer 2: parity of the count.</summary>
    Deciding,

    /// <summary>Finished (the halting value).</summary>
    Done,
}

/// <summary>
/// Parity as a sum modulo 2 with an intermediate count. As <see cref="ParitySum"/>, but the end marker
/// weighs <see cref="Scale"/> = 1000, so the head's mean is <c>1000/(k+1)</c>; the first layer stores the
/// count of ones <c>Ones = round(1000/x) - 1</c> and the second layer takes its parity.
/// </summary>
[AltaProgram(Vocabulary = 3, Output = nameof(Parity), HaltWhen = nameof(Phase), HaltValue = CountPhase.Done)]
public partial class ParityCount
{
    /// <summary>The end marker's token.</summary>
    public const int End = 2;

    /// <summary>The weight of the end marker.</summary>
    public const double Scale = 1000;

    /// <summary>The largest number of ones the buckets can count.</summary>
    public const int MaxOnes = 49;

    public bool Always = true;
    [FromToken(nameof(IsOneOrEnd))] public bool Counted;
    [FromToken(nameof(EndWeight))] [Numerical(0, Scale)] public double EndMark;
    [Categorical(MaxOnes + 1)] public int Ones;
    public bool Parity;
    public CountPhase Phase = CountPhase.Counting;

    [Attend(Query = nameof(Always), Key = nameof(Counted), Value = nameof(EndMark))]
    [Numerical(CentresFrom = nameof(ScaledReciprocals))]
    public double? Share;

    static bool IsOneOrEnd(int token) => token == 1 || token == End;
    static double EndWeight(int token) => token == End ? Scale : 0;

    /// <summary><c>1000/50, 1000/49, ..., 1000/1</c>: the possible means.</summary>
    static double[] ScaledReciprocals()
    {
        var centres = new double[MaxOnes + 1];
        for (int i = 0; i <= MaxOnes; i++) centres[i] = Scale / (MaxOnes + 1 - i);
        return centres;
    }

    [Mlp]
    void Step()
    {
        switch (Phase)
        {
            case CountPhase.Counting:
                if (Share is double share) Ones = (int)Math.Round(Scale / share) - 1;
                Phase = CountPhase.Deciding;
                break;
            case CountPhase.Deciding:
                Parity = Ones % 2 == 1;
                Phase = CountPhase.Done;
                break;
        }
    }
}
