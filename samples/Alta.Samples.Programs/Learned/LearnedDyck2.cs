// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'dyck2'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn dyck2 --layers 4 --heads 1 --counts 2 --mlps 2 --epochs 250 --size 5000 --lr 0.01
// Test accuracy of the learned model: 91.29%; this class computes exactly what that model computes.
// Each phase of Layer is one layer of the learned model; heads select the nearest matching position
// and fall back to BOS when none matches; MLPs are the learned tables; the output is the label with the
// most votes, summed over the [Votes] methods (the learned linear read-out), the first label on ties.
using Alta;

namespace Alta.Samples.Learned;

[AltaProgram(Vocabulary = 6, MaxLength = 16, Output = nameof(Output), HaltWhen = nameof(Layer), HaltValue = Layers.Done)]
public partial class LearnedDyck2
{
    public enum Tokens
    {
        Pad, // "<pad>"
        Bos, // "<s>"
        OpenParen, // "("
        CloseParen, // ")"
        OpenBrace, // "{"
        CloseBrace, // "}"
    }

    public enum Labels
    {
        F, // "F"
        P, // "P"
        T, // "T"
    }

    public enum Layers { Layer0, Layer1, Layer2, Layer3, Done }

    [FromToken(nameof(TokenOf))] public Tokens Token;
    [FromPosition] [Categorical(16)] public int Position;
    public Layers Layer;
    [Readout] public Labels Output;

    static Tokens TokenOf(int token) => (Tokens)token;

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head0_0Read;
    public Tokens Head0_0;

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(17)] public int Count0_0;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(17)] public int Count0_1;

    // Layer 0: a table of Token and Position.
    [Categorical(17)] public int Mlp0_0;

    // Layer 0: a table of Head0_0.
    [Categorical(17)] public int Mlp0_1;

    // Layer 1: copies Token from the nearest position whose Count0_1 matches my Count0_0.
    [Attend(Query = nameof(Count0_0), Key = nameof(Count0_1), Value = nameof(Token), Where = nameof(Head1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head1_0Read;
    public Tokens Head1_0;

    // Layer 1: counts the positions whose Head0_0 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Head0_0), Where = nameof(Count1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(17)] public int Count1_0;

    // Layer 1: counts the positions whose Head0_0 matches my Mlp0_1.
    [Attend(Query = nameof(Mlp0_1), Key = nameof(Head0_0), Where = nameof(Count1_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_1Read;
    [Categorical(17)] public int Count1_1;

    // Layer 1: a table of Head1_0.
    [Categorical(17)] public int Mlp1_0;

    // Layer 1: a table of Head0_0.
    [Categorical(17)] public int Mlp1_1;

    // Layer 2: copies Head1_0 from the nearest position whose Head1_0 matches my Count1_0.
    [Attend(Query = nameof(Count1_0), Key = nameof(Head1_0), Value = nameof(Head1_0), Where = nameof(Head2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head2_0Read;
    public Tokens Head2_0;

    // Layer 2: counts the positions whose Head1_0 matches my Mlp1_0.
    [Attend(Query = nameof(Mlp1_0), Key = nameof(Head1_0), Where = nameof(Count2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(17)] public int Count2_0;

    // Layer 2: counts the positions whose Head1_0 matches my Mlp1_0.
    [Attend(Query = nameof(Mlp1_0), Key = nameof(Head1_0), Where = nameof(Count2_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(17)] public int Count2_1;

    // Layer 2: a table of Head1_0.
    [Categorical(17)] public int Mlp2_0;

    // Layer 2: a table of Head1_0.
    [Categorical(17)] public int Mlp2_1;

    // Layer 3: copies Head1_0 from the nearest position whose Token matches my Head1_0.
    [Attend(Query = nameof(Head1_0), Key = nameof(Token), Value = nameof(Head1_0), Where = nameof(Head3_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head3_0Read;
    public Tokens Head3_0;

    // Layer 3: counts the positions whose Head0_0 matches my Mlp2_0.
    [Attend(Query = nameof(Mlp2_0), Key = nameof(Head0_0), Where = nameof(Count3_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count3_0Read;
    [Categorical(17)] public int Count3_0;

    // Layer 3: counts the positions whose Token matches my Count2_0.
    [Attend(Query = nameof(Count2_0), Key = nameof(Token), Where = nameof(Count3_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count3_1Read;
    [Categorical(17)] public int Count3_1;

    // Head1_0 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_0), Where = nameof(AtBos))]
    public Tokens? Head1_0AtBos;

    static bool AtBos(int query, int key) => key == 0;

    static bool Head0_0Selects(int query, int key) => query switch
    {
        0 => key == 5,
        1 => key == 1,
        3 or 4 or 6 or 11 or 14 => key == 3,
        8 or 10 => key == 4,
        12 => key == 0,
        _ => key == 2,
    };

    static bool Count0_0Selects(int query, Tokens key) => query switch
    {
        0 or 3 or 11 => key == Tokens.Bos,
        4 or 6 or 7 or 9 or 14 or 15 => key == Tokens.CloseParen,
        _ => key == Tokens.CloseBrace,
    };

    static bool Count0_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.Bos,
        Tokens.OpenParen => key == Tokens.CloseParen,
        Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.OpenBrace => key == Tokens.CloseBrace,
        _ => key == Tokens.OpenBrace,
    };

    // Layer 0: a table of Token and Position.
    static int Mlp0_0Of(Tokens token, int position) => token switch
    {
        Tokens.Bos => position switch
        {
            0 => 4,
            1 => 13,
            3 or 5 or 6 => 5,
            7 => 14,
            8 => 16,
            10 => 0,
            11 or 15 => 8,
            12 or 14 => 3,
            _ => 2,
        },
        Tokens.OpenParen => position switch
        {
            0 => 2,
            4 => 4,
            5 or 11 => 14,
            6 => 0,
            7 or 8 or 9 => 6,
            10 => 3,
            12 => 10,
            13 => 11,
            14 => 7,
            15 => 16,
            _ => 15,
        },
        Tokens.CloseParen => position switch
        {
            2 => 13,
            3 => 6,
            4 or 14 => 3,
            5 => 7,
            6 => 0,
            7 or 8 or 9 => 14,
            10 => 16,
            11 => 2,
            13 => 4,
            15 => 11,
            _ => 5,
        },
        Tokens.OpenBrace => position switch
        {
            1 or 3 => 15,
            4 or 8 => 4,
            5 => 13,
            6 => 0,
            7 => 6,
            9 => 16,
            10 => 5,
            11 => 9,
            12 => 7,
            13 or 15 => 14,
            14 => 12,
            _ => 2,
        },
        Tokens.CloseBrace => position switch
        {
            2 or 10 => 16,
            3 => 3,
            4 or 6 => 13,
            7 or 8 => 1,
            9 => 8,
            11 => 14,
            12 or 14 => 9,
            13 => 2,
            15 => 4,
            _ => 5,
        },
        _ => position switch
        {
            0 => 7,
            1 => 15,
            2 => 8,
            3 or 7 or 13 => 4,
            5 => 5,
            10 => 9,
            11 or 15 => 11,
            12 => 10,
            14 => 3,
            _ => 2,
        },
    };

    // Layer 0: a table of Head0_0.
    static int Mlp0_1Of(Tokens head0_0) => head0_0 switch
    {
        Tokens.Pad => 2,
        Tokens.CloseParen => 3,
        Tokens.OpenBrace => 1,
        Tokens.CloseBrace => 5,
        _ => 11,
    };

    static bool Head1_0Selects(int query, int key) => query switch
    {
        6 => key == 2,
        7 or 12 or 14 => key == 1,
        _ => key == 0,
    };

    static bool Count1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.OpenParen or Tokens.CloseBrace => key == Tokens.CloseBrace,
        _ => key == Tokens.CloseParen,
    };

    static bool Count1_1Selects(int query, Tokens key) => query switch
    {
        4 => false,
        _ => key == Tokens.OpenBrace,
    };

    // Layer 1: a table of Head1_0.
    static int Mlp1_0Of(Tokens head1_0) => head1_0 switch
    {
        Tokens.Pad => 16,
        Tokens.Bos => 6,
        Tokens.OpenParen => 7,
        Tokens.OpenBrace => 12,
        _ => 8,
    };

    // Layer 1: a table of Head0_0.
    static int Mlp1_1Of(Tokens head0_0) => head0_0 switch
    {
        Tokens.Bos => 10,
        Tokens.OpenParen => 4,
        Tokens.CloseParen or Tokens.CloseBrace => 7,
        _ => 12,
    };

    static bool Head2_0Selects(int query, Tokens key) => query switch
    {
        5 => key == Tokens.CloseBrace,
        9 or 10 or 11 or 14 => key == Tokens.Pad,
        _ => key == Tokens.Bos,
    };

    static bool Count2_0Selects(int query, Tokens key) => query switch
    {
        3 or 4 or 6 or 7 or 8 or 11 or 12 or 15 => key == Tokens.OpenParen,
        _ => key == Tokens.OpenBrace,
    };

    static bool Count2_1Selects(int query, Tokens key) => query switch
    {
        3 => key == Tokens.OpenParen,
        13 => false,
        _ => key == Tokens.OpenBrace,
    };

    // Layer 2: a table of Head1_0.
    static int Mlp2_0Of(Tokens head1_0) => head1_0 switch
    {
        Tokens.Pad => 7,
        Tokens.OpenParen => 11,
        Tokens.CloseParen or Tokens.CloseBrace => 6,
        _ => 14,
    };

    // Layer 2: a table of Head1_0.
    static int Mlp2_1Of(Tokens head1_0) => head1_0 switch
    {
        Tokens.Pad => 13,
        Tokens.Bos => 2,
        Tokens.CloseParen or Tokens.CloseBrace => 5,
        _ => 16,
    };

    static bool Head3_0Selects(Tokens query, Tokens key) => key == Tokens.CloseParen;

    static bool Count3_0Selects(int query, Tokens key) => query switch
    {
        1 or 3 or 4 or 11 or 12 or 13 or 15 or 16 => key == Tokens.OpenParen,
        5 => false,
        _ => key == Tokens.OpenBrace,
    };

    static bool Count3_1Selects(int query, Tokens key) => query switch
    {
        1 or 3 or 6 or 7 or 11 or 12 or 14 => key == Tokens.OpenBrace,
        _ => key == Tokens.OpenParen,
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.OpenParen => label switch { Labels.P => 3, Labels.T => -59, _ => 0 },
        Tokens.CloseParen => label switch { Labels.P => -1, Labels.T => 8, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 1, Labels.T => -69, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.P => -3, Labels.T => 8, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.F => -18, Labels.P => 39, _ => 0 },
        2 => label switch { Labels.F => -29, Labels.T => 34, _ => 0 },
        3 => label switch { Labels.P => 18, Labels.T => -63, _ => 0 },
        4 => label switch { Labels.F => -13, Labels.T => 4, _ => 0 },
        5 => label switch { Labels.P => 7, Labels.T => -65, _ => 0 },
        6 => label switch { Labels.F => -4, Labels.T => 3, _ => 0 },
        7 => label == Labels.T ? -70 : 0,
        8 => label switch { Labels.P => -2, Labels.T => 4, _ => 0 },
        9 => label switch { Labels.F => 4, Labels.T => -64, _ => 0 },
        10 => label switch { Labels.P => -5, Labels.T => 5, _ => 0 },
        11 => label switch { Labels.F => 7, Labels.T => -62, _ => 0 },
        12 => label switch { Labels.P => -9, Labels.T => 7, _ => 0 },
        13 => label switch { Labels.F => 9, Labels.T => -57, _ => 0 },
        14 => label switch { Labels.P => -15, Labels.T => 10, _ => 0 },
        15 => label switch { Labels.F => 11, Labels.T => -60, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.Bos or Tokens.OpenBrace => label switch { Labels.F => -3, Labels.P => 3, _ => 0 },
        Tokens.OpenParen => label switch { Labels.F => -3, Labels.P => 4, _ => 0 },
        Tokens.CloseParen or Tokens.CloseBrace => label == Labels.F ? -3 : 0,
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch { Labels.P => 2, Labels.T => -41, _ => 0 },
        1 => label switch { Labels.P => -1, Labels.T => 3, _ => 0 },
        2 => label switch { Labels.F => -1, Labels.T => 8, _ => 0 },
        3 => label switch { Labels.F => -4, Labels.T => 7, _ => 0 },
        4 => label switch { Labels.F => -5, Labels.T => 6, _ => 0 },
        5 => label switch { Labels.F => -7, Labels.T => 3, _ => 0 },
        6 => label switch { Labels.F => -8, Labels.P => 2, _ => 0 },
        7 => label switch { Labels.P => 10, Labels.T => -3, _ => 0 },
        8 => label switch { Labels.P => 22, Labels.T => -65, _ => 0 },
        9 => label switch { Labels.P => 20, Labels.T => -27, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        0 or 9 => label switch { Labels.F => 1, Labels.P => -1, _ => 0 },
        1 => label switch { Labels.P => -1, Labels.T => 2, _ => 0 },
        3 => label switch { Labels.F => 1, Labels.P => -2, _ => 0 },
        4 => label switch { Labels.P => -1, Labels.T => 3, _ => 0 },
        5 => label == Labels.P ? -3 : 0,
        6 => label switch { Labels.F => 2, Labels.P => -2, _ => 0 },
        7 or 16 => label == Labels.P ? -2 : 0,
        8 => label == Labels.T ? 1 : 0,
        10 => label switch { Labels.F => 1, Labels.P => -3, _ => 0 },
        11 => label == Labels.F ? 2 : 0,
        12 or 14 => label switch { Labels.F => -1, Labels.T => 3, _ => 0 },
        13 => label switch { Labels.P => -4, Labels.T => 1, _ => 0 },
        15 => label == Labels.F ? -1 : 0,
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(Tokens head1_0, Labels label) => head1_0 switch
    {
        Tokens.Bos => label switch { Labels.P => -17, Labels.T => 4, _ => 0 },
        Tokens.OpenParen => label switch { Labels.F => -4, Labels.P => 11, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 21, Labels.P => -4, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => -9, Labels.P => 11, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 32, Labels.P => -3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.P => 3, Labels.T => -9, _ => 0 },
        1 => label switch { Labels.F => 4, Labels.T => -7, _ => 0 },
        2 => label switch { Labels.F => 6, Labels.T => -3, _ => 0 },
        3 => label switch { Labels.F => 8, Labels.T => -1, _ => 0 },
        4 => label switch { Labels.F => 12, Labels.T => -2, _ => 0 },
        5 => label == Labels.F ? 17 : 0,
        6 => label switch { Labels.F => 18, Labels.P => -3, _ => 0 },
        7 => label switch { Labels.F => 22, Labels.T => -1, _ => 0 },
        8 => label switch { Labels.F => 22, Labels.T => -4, _ => 0 },
        9 => label switch { Labels.F => 25, Labels.T => -13, _ => 0 },
        10 => label switch { Labels.F => 36, Labels.T => -12, _ => 0 },
        11 => label switch { Labels.F => 43, Labels.T => -18, _ => 0 },
        12 => label switch { Labels.F => 63, Labels.T => -8, _ => 0 },
        13 => label switch { Labels.F => 57, Labels.P => -10, _ => 0 },
        14 => label switch { Labels.F => 44, Labels.P => -8, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.P => -3, Labels.T => 1, _ => 0 },
        1 => label switch { Labels.F => 6, Labels.P => -2, _ => 0 },
        2 => label == Labels.F ? 5 : 0,
        3 => label switch { Labels.F => 3, Labels.P => -1, _ => 0 },
        4 or 5 => label switch { Labels.F => 2, Labels.P => -2, _ => 0 },
        6 => label switch { Labels.F => 1, Labels.P => -2, _ => 0 },
        7 or 9 => label switch { Labels.F => 1, Labels.P => -1, _ => 0 },
        8 => label == Labels.P ? -1 : 0,
        10 or 11 => label == Labels.F ? 1 : 0,
        12 => label switch { Labels.F => 1, Labels.T => -1, _ => 0 },
        13 => label switch { Labels.P => 1, Labels.T => -2, _ => 0 },
        14 => label switch { Labels.P => 1, Labels.T => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        6 => label switch { Labels.F => 2, Labels.T => -4, _ => 0 },
        7 => label switch { Labels.F => 5, Labels.T => -1, _ => 0 },
        8 => label switch { Labels.F => 3, Labels.T => -3, _ => 0 },
        12 => label switch { Labels.F => 4, Labels.T => -2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_1 adds to each label's total.
    [Votes(nameof(Mlp1_1))]
    static int Mlp1_1Votes(int mlp1_1, Labels label) => mlp1_1 switch
    {
        4 or 10 => label switch { Labels.F => 3, Labels.T => -1, _ => 0 },
        7 => label switch { Labels.P => 3, Labels.T => -1, _ => 0 },
        12 => label switch { Labels.F => 2, Labels.T => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(Tokens head2_0, Labels label) => head2_0 switch
    {
        Tokens.Bos => label switch { Labels.F => -1, Labels.P => 6, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 36, Labels.P => -14, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.F => 16, Labels.P => -9, _ => 0 },
        1 => label switch { Labels.P => -12, Labels.T => 2, _ => 0 },
        2 => label switch { Labels.P => -4, Labels.T => 1, _ => 0 },
        3 => label switch { Labels.P => -2, Labels.T => 1, _ => 0 },
        4 => label == Labels.T ? 6 : 0,
        5 => label == Labels.T ? 3 : 0,
        6 => label switch { Labels.F => -2, Labels.T => 3, _ => 0 },
        7 => label switch { Labels.F => -2, Labels.T => 4, _ => 0 },
        8 => label switch { Labels.F => -2, Labels.T => 8, _ => 0 },
        9 => label switch { Labels.F => -2, Labels.T => 7, _ => 0 },
        10 => label switch { Labels.F => -2, Labels.T => 9, _ => 0 },
        11 => label switch { Labels.F => -3, Labels.T => 7, _ => 0 },
        12 => label switch { Labels.F => -3, Labels.T => 4, _ => 0 },
        13 => label switch { Labels.F => -4, Labels.T => 13, _ => 0 },
        14 => label switch { Labels.F => -1, Labels.T => 49, _ => 0 },
        15 => label switch { Labels.F => -32, Labels.P => 49, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.F => 14, Labels.P => -7, _ => 0 },
        1 => label switch { Labels.P => -6, Labels.T => 1, _ => 0 },
        2 => label == Labels.T ? 5 : 0,
        3 => label == Labels.F ? -2 : 0,
        4 => label == Labels.F ? -4 : 0,
        5 => label switch { Labels.F => -7, Labels.P => 1, _ => 0 },
        6 => label switch { Labels.F => -8, Labels.P => 2, _ => 0 },
        7 or 8 => label == Labels.F ? -11 : 0,
        9 => label switch { Labels.F => -12, Labels.T => 2, _ => 0 },
        10 => label switch { Labels.F => -12, Labels.T => 1, _ => 0 },
        11 or 12 or 13 => label switch { Labels.F => -12, Labels.T => 3, _ => 0 },
        14 => label switch { Labels.F => -12, Labels.T => 56, _ => 0 },
        15 => label switch { Labels.F => -38, Labels.P => 53, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        6 => label switch { Labels.F => -1, Labels.P => 1, _ => 0 },
        11 => label == Labels.F ? 3 : 0,
        14 => label switch { Labels.F => 2, Labels.T => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_1 adds to each label's total.
    [Votes(nameof(Mlp2_1))]
    static int Mlp2_1Votes(int mlp2_1, Labels label) => mlp2_1 switch
    {
        2 => label switch { Labels.F => -1, Labels.P => 17, _ => 0 },
        5 => label switch { Labels.F => -6, Labels.P => 8, _ => 0 },
        16 => label == Labels.F ? 3 : 0,
        _ => 0,
    };

    // The read-out: what each value of Head3_0 adds to each label's total.
    [Votes(nameof(Head3_0))]
    static int Head3_0Votes(Tokens head3_0, Labels label) => head3_0 switch
    {
        Tokens.Bos => label switch { Labels.P => 1, Labels.T => -3, _ => 0 },
        Tokens.OpenParen => label switch { Labels.F => -5, Labels.T => 3, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 21, Labels.T => -1, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => 1, Labels.P => -8, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.P => 4, Labels.T => -29, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count3_0 adds to each label's total.
    [Votes(nameof(Count3_0))]
    static int Count3_0Votes(int count3_0, Labels label) => count3_0 switch
    {
        0 => label switch { Labels.P => -5, Labels.T => 2, _ => 0 },
        1 => label switch { Labels.P => -3, Labels.T => 2, _ => 0 },
        2 => label switch { Labels.P => -3, Labels.T => 4, _ => 0 },
        3 => label switch { Labels.P => -3, Labels.T => 1, _ => 0 },
        4 => label switch { Labels.F => 1, Labels.P => -1, _ => 0 },
        5 => label == Labels.T ? 1 : 0,
        6 => label switch { Labels.P => -1, Labels.T => 1, _ => 0 },
        7 or 8 => label switch { Labels.F => -1, Labels.T => 1, _ => 0 },
        9 => label == Labels.F ? -2 : 0,
        10 => label switch { Labels.F => -3, Labels.T => 2, _ => 0 },
        11 => label switch { Labels.F => -5, Labels.T => 2, _ => 0 },
        12 => label switch { Labels.F => -7, Labels.T => 2, _ => 0 },
        13 => label switch { Labels.F => -10, Labels.T => 2, _ => 0 },
        14 => label switch { Labels.F => -10, Labels.T => 5, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count3_1 adds to each label's total.
    [Votes(nameof(Count3_1))]
    static int Count3_1Votes(int count3_1, Labels label) => count3_1 switch
    {
        0 => label switch { Labels.P => 2, Labels.T => -3, _ => 0 },
        1 => label switch { Labels.F => 7, Labels.T => -13, _ => 0 },
        2 => label switch { Labels.F => 5, Labels.T => -16, _ => 0 },
        3 => label switch { Labels.F => 3, Labels.T => -20, _ => 0 },
        4 => label switch { Labels.F => 1, Labels.T => -22, _ => 0 },
        5 => label == Labels.T ? -22 : 0,
        6 => label switch { Labels.F => 4, Labels.T => -19, _ => 0 },
        7 => label switch { Labels.F => 1, Labels.T => -372, _ => 0 },
        8 => label switch { Labels.F => 128, Labels.T => -1000, _ => 0 },
        9 => label switch { Labels.F => 201, Labels.T => -98, _ => 0 },
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
                Count0_1 = Count0_1Read ?? 0;
                Mlp0_0 = Mlp0_0Of(Token, Position);
                Mlp0_1 = Mlp0_1Of(Head0_0);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Tokens.Bos;
                Count1_0 = Count1_0Read ?? 0;
                Count1_1 = Count1_1Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Head1_0);
                Mlp1_1 = Mlp1_1Of(Head0_0);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Head1_0AtBos ?? default;
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Head1_0);
                Mlp2_1 = Mlp2_1Of(Head1_0);
                Layer = Layers.Layer3;
                break;
            case Layers.Layer3:
                Head3_0 = Head3_0Read ?? Head1_0AtBos ?? default;
                Count3_0 = Count3_0Read ?? 0;
                Count3_1 = Count3_1Read ?? 0;
                Layer = Layers.Done;
                break;
        }
    }
}
