using System;

namespace Alta.Samples;

/// <summary>
/// Running parity, sequential, with absolute positions and no start token. Each position knows its index
/// <see cref="Idx"/> and its left neighbour's index <see cref="IdxLeft"/> (position 0 is its own neighbour);
/// the heads find the left neighbour by matching <c>IdxLeft</c> against <c>Idx</c>. Position 0 is done from
/// the beginning; otherwise the algorithm is that of <see cref="ParityRelative"/>.
/// </summary>
[AltaProgram(Vocabulary = 2, MaxLength = 50, Output = nameof(Parity), HaltWhen = nameof(Done))]
public partial class ParityAbsolute
{
    [FromToken(nameof(BitOf))] public bool Parity;
    [FromPosition(nameof(IsFirst))] public bool Done;
    [FromPosition] [Categorical(50)] public int Idx;
    [FromPosition(nameof(LeftOf))] [Categorical(50)] public int IdxLeft;

    [Attend(Query = nameof(IdxLeft), Key = nameof(Idx), Value = nameof(Parity))] public bool? ParityLeft;
    [Attend(Query = nameof(IdxLeft), Key = nameof(Idx), Value = nameof(Done))] public bool? DoneLeft;

    static bool BitOf(int token) => token == 1;
    static bool IsFirst(int position) => position == 0;
    static int LeftOf(int position) => Math.Max(0, position - 1);

    [Mlp]
    void Step()
    {
        if (!Done && DoneLeft == true)
        {
            Parity ^= ParityLeft ?? false;
            Done = true;
        }
    }
}
