namespace Alta.Samples;

/// <summary>
/// Odd-even transposition sort of the letters after BOS, one round per layer: in even rounds the pairs
/// (1, 2), (3, 4), ... compare and swap, in odd rounds (2, 3), (4, 5), ... . Each letter reads its neighbours
/// through heads at offsets -1 and +1 and keeps the smaller (left of its pair) or the larger (right) of the
/// two; BOS, token 0, never swaps with a letter. A count head over the positions that swapped tells every
/// position when two rounds in a row (one of each kind) changed nothing: then the word is sorted and the
/// program halts. A word of <c>n</c> letters takes at most <c>n + 3</c> layers.
/// </summary>
[AltaProgram(Vocabulary = Letters.Vocabulary, MaxLength = Letters.MaxLength, Output = nameof(Letter), HaltWhen = nameof(Done))]
public partial class OddEvenSort
{
    [FromToken] [Categorical(Letters.Vocabulary)] public int Letter;
    [FromPosition(nameof(IsOdd))] public bool LeftOfPair;   // in the first round, pairs (1, 2), (3, 4), ...
    public bool Swapped = true;   // so that the first round does not look quiet
    public bool QuietBefore;
    public bool True = true;
    public bool Done;

    [Attend(Value = nameof(Letter), Offsets = new[] { -1 })] public int? Left;
    [Attend(Value = nameof(Letter), Offsets = new[] { 1 })] public int? Right;
    [Attend(Query = nameof(True), Key = nameof(Swapped), Aggregate = Aggregation.Count)] public int? Swaps;

    static bool IsOdd(int position) => position % 2 == 1;

    [Mlp]
    void Step()
    {
        // A sorted word has no pair out of order, so the round needs no guard: the swaps read only the letter,
        // one neighbour and the side of the pair, which keeps the network small.
        Swapped = false;
        if (LeftOfPair)
        {
            if (Right is int right && right < Letter) { Letter = right; Swapped = true; }
        }
        else if (Left is int left && left > Letter) { Letter = left; Swapped = true; }
        LeftOfPair = !LeftOfPair;

        // Swaps counts the positions that swapped in the previous round; two quiet rounds in a row, one of
        // each kind, mean that the word is sorted.
        bool quiet = Swaps == 0;
        if (quiet && QuietBefore) Done = true;
        QuietBefore = quiet;
    }
}
