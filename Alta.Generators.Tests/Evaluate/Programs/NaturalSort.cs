using Alta.Samples;

namespace Alta.Generators.Tests.Evaluate.Programs;

/// <summary>
/// Sorting written the way a new user writes it (issue 9's natural programs): odd-even transposition sort, the
/// parallel bubble sort. Each layer is one round; in a round every letter is paired with its left or its right
/// neighbour (by the parity of its position and of the round) and keeps the smaller or the larger of the two.
/// After as many rounds as there are letters the word is sorted. The MLP compares two variables (my token and
/// a neighbour's) inside nested conditions, and halting compares the round counter with the length, which the
/// hand-factored <see cref="Alta.Samples.Sort"/> never does. BOS (token 0, smaller than every letter) stays put.
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Token), HaltWhen = nameof(Done))]
public partial class NaturalSort
{
    [FromToken] [Categorical(Letters.Vocabulary)] public int Token;
    [FromPosition(nameof(IsOdd))] public bool OddPosition;
    public bool OddRound;
    [Categorical(Letters.MaxLength + 1)] public int Round;
    public bool Done;

    [Attend(Value = nameof(Token), Offsets = new[] { -1 })] public int? Left;
    [Attend(Value = nameof(Token), Offsets = new[] { 1 })] public int? Right;
    [Attend(Aggregate = Aggregation.Count)] public int? Positions;

    static bool IsOdd(int position) => position % 2 == 1;

    [Mlp]
    void Step()
    {
        if (Done) return;
        if (OddPosition != OddRound)
        {
            // I am the left one of my pair: keep the smaller token.
            if (Right is int right && right < Token) Token = right;
        }
        else
        {
            // I am the right one: keep the larger.
            if (Left is int left && left > Token) Token = left;
        }
        OddRound = !OddRound;
        if (Round < Letters.MaxLength) Round++;
        // Positions counts BOS too: the word has Positions - 1 letters, and needs that many rounds.
        if (Positions is int positions && Round >= positions - 1) Done = true;
    }
}
