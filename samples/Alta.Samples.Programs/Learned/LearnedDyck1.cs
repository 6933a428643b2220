// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'dyck1'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn dyck1 --layers 3 --heads 1 --counts 1 --mlps 1 --epochs 250 --size 5000 --lr 0.01
// Test accuracy of the learned model: 100.00%; this class computes exactly what that model computes.
// Each phase of Layer is one layer of the learned model; heads select the nearest matching position
// and fall back to BOS when none matches; MLPs are the learned tables; the output is the label with the
// most votes, summed over the [Votes] methods (the learned linear read-out), the first label on ties.
using Alta;

namespace Alta.Samples.Learned;

[AltaProgram(Vocabulary = 4, MaxLength = 16, Output = nameof(Output), HaltWhen = nameof(Layer), HaltValue = Layers.Done)]
public partial class LearnedDyck1
{
    public enum Tokens
    {
        Pad, // "<pad>"
        Bos, // "<s>"
        OpenParen, // "("
        CloseParen, // ")"
    }

    public enum Labels
    {
        F, // "F"
        P, // "P"
        T, // "T"
    }

    public enum Layers { Layer0, Layer1, Layer2, Done }

    [FromToken(nameof(TokenOf))] public Tokens Token;
    [FromPosition] [Categorical(16)] public int Position;
    public Layers Layer;
    [Readout] public Labels Output;

    static Tokens TokenOf(int token) => (Tokens)token;

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head0_0Read;
    public Tokens Head0_0;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(17)] public int Count0_0;

    // Layer 0: a table of Position and Count0_0.
    [Categorical(17)] public int Mlp0_0;

    // Layer 1: copies Token from the nearest position whose Position matches my Mlp0_0.
    [Attend(Query = nameof(Mlp0_0), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head1_0Read;
    public Tokens Head1_0;

    // Layer 1: counts the positions whose Head0_0 matches my Count0_0.
    [Attend(Query = nameof(Count0_0), Key = nameof(Head0_0), Where = nameof(Count1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(17)] public int Count1_0;

    // Layer 1: a table of Head1_0.
    [Categorical(10)] public int Mlp1_0;

    // Layer 2: copies Token from the nearest position whose Head1_0 matches my Head1_0.
    [Attend(Query = nameof(Head1_0), Key = nameof(Head1_0), Value = nameof(Token), Where = nameof(Head2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head2_0Read;
    public Tokens Head2_0;

    // Layer 2: counts the positions whose Head0_0 matches my Count1_0.
    [Attend(Query = nameof(Count1_0), Key = nameof(Head0_0), Where = nameof(Count2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(17)] public int Count2_0;

    // Layer 2: a table of Head2_0.
    [Categorical(16)] public int Mlp2_0;

    static bool Head0_0Selects(int query, int key) => query switch
    {
        0 or 8 => key == 5,
        3 or 14 => key == 4,
        4 => key == 3,
        6 => key == 2,
        _ => key == 1,
    };

    static bool Count0_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => false,
        Tokens.OpenParen => key == Tokens.Pad,
        _ => key == Tokens.OpenParen,
    };

    // Layer 0: a table of Position and Count0_0.
    static int Mlp0_0Of(int position, int count0_0) => position switch
    {
        1 => count0_0 switch
        {
            0 or 7 => 12,
            1 => 10,
            3 => 3,
            4 or 12 => 13,
            6 or 8 => 5,
            9 or 15 => 7,
            10 => 1,
            11 => 4,
            14 => 11,
            16 => 14,
            _ => 15,
        },
        2 => count0_0 switch
        {
            0 or 2 => 4,
            1 => 13,
            3 or 7 => 5,
            4 or 6 => 0,
            5 => 11,
            11 or 12 or 14 => 1,
            16 => 16,
            _ => 7,
        },
        3 => count0_0 switch
        {
            0 => 14,
            1 => 12,
            2 => 15,
            3 => 0,
            4 or 6 => 13,
            5 => 10,
            7 or 8 => 6,
            11 or 15 => 16,
            13 => 4,
            14 => 5,
            16 => 7,
            _ => 1,
        },
        4 => count0_0 switch
        {
            2 => 2,
            3 => 0,
            4 => 5,
            5 or 16 => 14,
            7 => 15,
            8 or 12 or 14 => 11,
            9 => 12,
            10 => 3,
            11 => 10,
            _ => 4,
        },
        5 => count0_0 switch
        {
            0 or 7 or 11 => 16,
            1 => 2,
            3 or 4 or 9 => 15,
            5 => 7,
            6 => 5,
            8 => 4,
            10 or 16 => 9,
            12 => 11,
            _ => 12,
        },
        6 => count0_0 switch
        {
            0 => 14,
            1 => 13,
            2 => 12,
            3 or 7 or 12 => 5,
            6 => 8,
            8 => 7,
            11 => 10,
            13 or 15 => 3,
            14 or 16 => 9,
            _ => 4,
        },
        7 => count0_0 switch
        {
            1 => 0,
            2 or 10 => 5,
            3 => 12,
            4 or 5 => 15,
            6 or 9 => 16,
            7 or 16 => 9,
            8 => 7,
            11 or 12 => 4,
            14 => 11,
            15 => 3,
            _ => 14,
        },
        8 => count0_0 switch
        {
            1 => 14,
            3 => 12,
            4 or 12 => 9,
            8 or 10 => 5,
            14 => 6,
            16 => 8,
            _ => 4,
        },
        9 => count0_0 switch
        {
            1 => 0,
            3 or 8 => 16,
            4 => 12,
            5 => 15,
            7 => 14,
            10 or 16 => 5,
            12 or 14 => 13,
            _ => 4,
        },
        10 => count0_0 switch
        {
            0 or 3 => 0,
            1 => 14,
            4 => 12,
            5 => 9,
            8 => 13,
            9 or 10 => 1,
            11 => 16,
            12 => 3,
            13 or 15 => 15,
            14 => 5,
            16 => 6,
            _ => 4,
        },
        11 => count0_0 switch
        {
            3 => 8,
            4 => 9,
            5 or 13 => 12,
            6 => 15,
            7 => 1,
            8 or 10 or 12 => 2,
            14 => 11,
            16 => 5,
            _ => 4,
        },
        12 => count0_0 switch
        {
            0 => 14,
            3 or 14 => 5,
            4 or 5 => 3,
            6 => 9,
            11 => 2,
            12 => 1,
            13 or 15 => 15,
            16 => 12,
            _ => 4,
        },
        13 => count0_0 switch
        {
            0 or 11 => 15,
            1 or 15 => 4,
            2 => 10,
            3 or 13 => 16,
            4 or 16 => 9,
            5 => 3,
            6 => 12,
            7 => 1,
            12 => 2,
            14 => 5,
            _ => 7,
        },
        14 => count0_0 switch
        {
            0 => 10,
            2 or 4 or 11 or 12 => 4,
            3 => 5,
            5 or 6 => 3,
            7 => 9,
            8 or 10 => 7,
            15 => 15,
            16 => 6,
            _ => 1,
        },
        15 => count0_0 switch
        {
            0 or 1 or 14 => 15,
            3 or 15 => 16,
            4 => 0,
            5 => 9,
            6 => 3,
            7 => 12,
            8 => 6,
            12 or 13 => 4,
            _ => 1,
        },
        _ => count0_0 switch
        {
            0 or 9 => 7,
            1 => 10,
            2 => 8,
            4 => 2,
            5 or 7 or 13 => 4,
            6 => 13,
            10 or 14 => 5,
            11 => 15,
            12 => 11,
            15 => 16,
            _ => 3,
        },
    };

    static bool Head1_0Selects(int query, int key) => query switch
    {
        1 or 6 or 7 or 9 or 10 or 16 => key == 2,
        3 => key == 4,
        12 => key == 0,
        _ => key == 1,
    };

    static bool Count1_0Selects(int query, Tokens key) => key == Tokens.CloseParen;

    // Layer 1: a table of Head1_0.
    static int Mlp1_0Of(Tokens head1_0) => head1_0 switch
    {
        Tokens.CloseParen => 7,
        _ => 6,
    };

    static bool Head2_0Selects(Tokens query, Tokens key) => key == Tokens.Bos;

    static bool Count2_0Selects(int query, Tokens key) => key == Tokens.OpenParen;

    // Layer 2: a table of Head2_0.
    static int Mlp2_0Of(Tokens head2_0) => head2_0 switch
    {
        Tokens.Pad => 2,
        Tokens.CloseParen => 11,
        _ => 15,
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.OpenParen => label switch { Labels.P => 3, Labels.T => -33, _ => 0 },
        Tokens.CloseParen => label switch { Labels.P => -3, Labels.T => 8, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.P => 3, Labels.T => -8, _ => 0 },
        2 => label switch { Labels.P => -9, Labels.T => 13, _ => 0 },
        3 => label switch { Labels.F => 3, Labels.T => -27, _ => 0 },
        4 => label switch { Labels.F => 2, Labels.P => -6, _ => 0 },
        5 => label switch { Labels.F => 5, Labels.T => -25, _ => 0 },
        6 => label == Labels.P ? -5 : 0,
        7 => label switch { Labels.F => 5, Labels.T => -21, _ => 0 },
        8 => label == Labels.P ? -2 : 0,
        9 => label switch { Labels.F => 1, Labels.T => -24, _ => 0 },
        10 => label == Labels.T ? 3 : 0,
        11 => label == Labels.T ? -20 : 0,
        12 => label switch { Labels.F => -2, Labels.T => 2, _ => 0 },
        13 => label switch { Labels.P => 4, Labels.T => -18, _ => 0 },
        14 => label switch { Labels.F => -7, Labels.T => 4, _ => 0 },
        15 => label switch { Labels.P => 8, Labels.T => -6, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        0 => label switch { Labels.F => 2, Labels.T => -8, _ => 0 },
        1 => label == Labels.F ? 2 : 0,
        2 => label switch { Labels.P => -3, Labels.T => 1, _ => 0 },
        3 => label == Labels.T ? -3 : 0,
        4 => label switch { Labels.P => 1, Labels.T => -1, _ => 0 },
        5 => label switch { Labels.F => -1, Labels.P => 2, _ => 0 },
        6 => label switch { Labels.F => -2, Labels.P => 3, _ => 0 },
        7 => label switch { Labels.F => -1, Labels.P => 5, _ => 0 },
        8 => label switch { Labels.P => 9, Labels.T => -34, _ => 0 },
        9 => label switch { Labels.P => 10, Labels.T => -31, _ => 0 },
        10 => label switch { Labels.P => 14, Labels.T => -26, _ => 0 },
        11 => label switch { Labels.P => 11, Labels.T => -12, _ => 0 },
        12 => label switch { Labels.P => 17, Labels.T => -2, _ => 0 },
        13 => label switch { Labels.P => 13, Labels.T => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        0 => label switch { Labels.P => 1, Labels.T => -14, _ => 0 },
        1 => label switch { Labels.F => -2, Labels.P => 2, _ => 0 },
        2 => label == Labels.T ? 4 : 0,
        3 => label switch { Labels.F => 10, Labels.T => -7, _ => 0 },
        4 => label switch { Labels.P => 2, Labels.T => -21, _ => 0 },
        5 => label switch { Labels.P => -2, Labels.T => 6, _ => 0 },
        6 => label switch { Labels.F => -4, Labels.T => 2, _ => 0 },
        7 => label switch { Labels.P => 1, Labels.T => -6, _ => 0 },
        8 => label switch { Labels.P => 1, Labels.T => -2, _ => 0 },
        9 => label switch { Labels.P => -8, Labels.T => 6, _ => 0 },
        10 => label switch { Labels.P => 4, Labels.T => -2, _ => 0 },
        12 => label switch { Labels.F => 10, Labels.T => -10, _ => 0 },
        13 => label switch { Labels.F => -1, Labels.T => 1, _ => 0 },
        14 => label == Labels.T ? -1 : 0,
        15 => label switch { Labels.P => 5, Labels.T => -1, _ => 0 },
        16 => label switch { Labels.P => 1, Labels.T => -8, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(Tokens head1_0, Labels label) => head1_0 switch
    {
        Tokens.Bos => label switch { Labels.F => -5, Labels.T => 5, _ => 0 },
        Tokens.OpenParen => label switch { Labels.P => 4, Labels.T => -1, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 6, Labels.T => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.F => -8, Labels.T => 1, _ => 0 },
        1 => label == Labels.T ? 2 : 0,
        2 => label switch { Labels.F => 9, Labels.T => -2, _ => 0 },
        3 => label switch { Labels.F => 13, Labels.T => -3, _ => 0 },
        4 => label switch { Labels.F => 20, Labels.T => -3, _ => 0 },
        5 => label switch { Labels.F => 24, Labels.T => -3, _ => 0 },
        6 => label == Labels.F ? 30 : 0,
        7 => label switch { Labels.F => 35, Labels.P => -2, _ => 0 },
        8 => label switch { Labels.F => 50, Labels.P => -2, _ => 0 },
        9 => label switch { Labels.F => 49, Labels.P => -4, _ => 0 },
        10 => label switch { Labels.F => 46, Labels.P => -6, _ => 0 },
        11 => label switch { Labels.F => 46, Labels.P => -9, _ => 0 },
        12 => label switch { Labels.F => 41, Labels.P => -8, _ => 0 },
        13 => label switch { Labels.F => 30, Labels.P => -7, _ => 0 },
        14 => label switch { Labels.F => 25, Labels.P => -6, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        6 => label switch { Labels.F => 1, Labels.T => -2, _ => 0 },
        7 => label == Labels.P ? 5 : 0,
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(Tokens head2_0, Labels label) => head2_0 switch
    {
        Tokens.OpenParen => label switch { Labels.F => -2, Labels.P => 1, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 8, Labels.P => -2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 or 9 => label == Labels.F ? -1 : 0,
        1 => label switch { Labels.F => 2, Labels.T => -7, _ => 0 },
        2 => label switch { Labels.F => -3, Labels.P => 1, _ => 0 },
        3 => label switch { Labels.F => -1, Labels.P => 4, _ => 0 },
        4 => label == Labels.F ? -6 : 0,
        5 => label switch { Labels.F => -6, Labels.P => 1, _ => 0 },
        6 => label switch { Labels.F => -5, Labels.P => 1, _ => 0 },
        7 => label == Labels.F ? -5 : 0,
        8 => label switch { Labels.F => -1, Labels.P => 2, _ => 0 },
        10 => label == Labels.T ? -2 : 0,
        11 => label switch { Labels.F => 3, Labels.T => -1, _ => 0 },
        12 => label switch { Labels.F => 6, Labels.T => -4, _ => 0 },
        13 => label switch { Labels.F => 10, Labels.T => -1, _ => 0 },
        14 => label switch { Labels.F => 10, Labels.P => -4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        11 => label switch { Labels.F => 5, Labels.T => -6, _ => 0 },
        15 => label switch { Labels.F => -2, Labels.P => 2, _ => 0 },
        _ => 0,
    };

    [Mlp]
    void Step()
    {
        switch (Layer)
        {
            case Layers.Layer0:
                Head0_0 = Head0_0Read ?? Tokens.Bos;
                Count0_0 = Count0_0Read ?? 0;
                Mlp0_0 = Mlp0_0Of(Position, Count0_0);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Tokens.Bos;
                Count1_0 = Count1_0Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Head1_0);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Tokens.Bos;
                Count2_0 = Count2_0Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Head2_0);
                Layer = Layers.Done;
                break;
        }
    }
}
