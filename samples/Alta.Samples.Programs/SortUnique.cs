using System;

namespace Alta.Samples;

/// <summary>
/// Sorts distinct numbers 1..15 after a BOS token 0 at position 0, in two layers.
/// <para>
/// Layer 1: a numerical head whose query is the set <c>{0 .. token}</c> selects BOS and every token not
/// larger than mine and averages "is BOS": the mean is <c>1/(w+1)</c>, <c>w</c> = my rank among the
/// tokens, which is my place in the sorted output (<see cref="Target"/>). Layer 2: a head matching my
/// index against every <c>Target</c> fetches the token that belongs here. <c>Target</c> starts as the
/// position itself, so that the fetching head selects exactly one position before the ranks exist.
/// Equal tokens would share a target: the interpreter then reports an ambiguous head.
/// </para>
/// </summary>
[AltaProgram(Vocabulary = 16, MaxLength = 16, Output = nameof(Sorted), HaltWhen = nameof(Done))]
public partial class SortUnique
{
    /// <summary>The BOS token, placed first.</summary>
    public const int Bos = 0;

    const int Size = 16;

    [FromToken] [Categorical(Size)] public int Token;
    [FromToken(nameof(UpTo))] [Set(Size, ValuesFrom = nameof(Prefixes))] public IndexSet AtMost;
    [FromToken(nameof(BosWeight))] [Numerical(0, 1)] public double BosMark;
    [FromPosition] [Categorical(Size)] public int Idx;
    [FromPosition] [Categorical(Size)] public int Target;
    public bool Ranked;
    [Categorical(Size)] public int Sorted;
    public bool Done;

    [Attend(Query = nameof(AtMost), Key = nameof(Token), Value = nameof(BosMark))]
    [Numerical(CentresFrom = nameof(Reciprocals))]
    public double? Share;

    [Attend(Query = nameof(Idx), Key = nameof(Target), Value = nameof(Token))] public int? Gathered;

    static IndexSet UpTo(int token) => IndexSet.Range(0, token + 1);
    static double BosWeight(int token) => token == Bos ? 1 : 0;

    /// <summary>Every <c>{0 .. t}</c>.</summary>
    static IndexSet[] Prefixes()
    {
        var sets = new IndexSet[Size];
        for (int t = 0; t < Size; t++) sets[t] = IndexSet.Range(0, t + 1);
        return sets;
    }

    /// <summary><c>1/16, 1/15, ..., 1/1</c>.</summary>
    static double[] Reciprocals()
    {
        var centres = new double[Size];
        for (int i = 0; i < Size; i++) centres[i] = 1.0 / (Size - i);
        return centres;
    }

    [Mlp]
    void Step()
    {
        if (!Ranked)
        {
            if (Share is double share) Target = (int)Math.Round(1 / share) - 1;
            Ranked = true;
            return;
        }
        Sorted = Gathered ?? 0;
        Done = true;
    }
}
