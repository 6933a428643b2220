// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'dyck2'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn dyck2 --layers 4 --heads 1 --counts 2 --mlps 2 --epochs 250 --size 5000 --lr 0.01 --seed 1
// Test accuracy of the learned model: 94.17%; this class computes exactly what that model computes.
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

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(17)] public int Count0_0;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(17)] public int Count0_1;

    // Layer 0: a table of Head0_0.
    [Categorical(17)] public int Mlp0_0;

    // Layer 0: a table of Position and Token.
    [Categorical(17)] public int Mlp0_1;

    // Layer 1: copies Token from the nearest position whose Count0_1 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Count0_1), Value = nameof(Token), Where = nameof(Head1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head1_0Read;
    public Tokens Head1_0;

    // Layer 1: counts the positions whose Head0_0 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Head0_0), Where = nameof(Count1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(17)] public int Count1_0;

    // Layer 1: counts the positions whose Token matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Token), Where = nameof(Count1_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_1Read;
    [Categorical(17)] public int Count1_1;

    // Layer 1: a table of Head1_0 and Head0_0.
    [Categorical(17)] public int Mlp1_0;

    // Layer 2: copies Head0_0 from the nearest position whose Count0_0 matches my Count1_0.
    [Attend(Query = nameof(Count1_0), Key = nameof(Count0_0), Value = nameof(Head0_0), Where = nameof(Head2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head2_0Read;
    public Tokens Head2_0;

    // Layer 2: counts the positions whose Head1_0 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Head1_0), Where = nameof(Count2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(17)] public int Count2_0;

    // Layer 2: counts the positions whose Head0_0 matches my Head1_0.
    [Attend(Query = nameof(Head1_0), Key = nameof(Head0_0), Where = nameof(Count2_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(17)] public int Count2_1;

    // Layer 2: a table of Head1_0 and Head2_0.
    [Categorical(17)] public int Mlp2_0;

    // Layer 2: a table of Head1_0.
    [Categorical(17)] public int Mlp2_1;

    // Layer 3: copies Head2_0 from the nearest position whose Count0_0 matches my Head1_0.
    [Attend(Query = nameof(Head1_0), Key = nameof(Count0_0), Value = nameof(Head2_0), Where = nameof(Head3_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head3_0Read;
    public Tokens Head3_0;

    // Layer 3: counts the positions whose Head1_0 matches my Head1_0.
    [Attend(Query = nameof(Head1_0), Key = nameof(Head1_0), Where = nameof(Count3_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count3_0Read;
    [Categorical(17)] public int Count3_0;

    // Layer 3: counts the positions whose Head1_0 matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Head1_0), Where = nameof(Count3_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count3_1Read;
    [Categorical(17)] public int Count3_1;

    // Layer 3: a table of Head2_0 and Token.
    [Categorical(17)] public int Mlp3_0;

    // Layer 3: a table of Head1_0.
    [Categorical(17)] public int Mlp3_1;

    // Head0_0 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_0), Where = nameof(AtBos))]
    public Tokens? Head0_0AtBos;

    // Head2_0 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head2_0), Where = nameof(AtBos))]
    public Tokens? Head2_0AtBos;

    static bool AtBos(int query, int key) => key == 0;

    static bool Head0_0Selects(int query, int key) => query switch
    {
        0 or 6 => key == 4,
        1 or 2 => key == 1,
        3 or 5 or 11 => key == 3,
        7 => key == 5,
        8 => key == 6,
        9 => key == 7,
        _ => key == 2,
    };

    static bool Count0_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.OpenParen => key == Tokens.CloseBrace,
        Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.OpenBrace => key == Tokens.CloseParen,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => key == Tokens.Bos,
    };

    static bool Count0_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.OpenParen => key == Tokens.CloseParen,
        Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.OpenBrace => key == Tokens.CloseBrace,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => key == Tokens.Bos,
    };

    // Layer 0: a table of Head0_0.
    static int Mlp0_0Of(Tokens head0_0) => head0_0 switch
    {
        Tokens.Pad => 1,
        Tokens.Bos => 15,
        Tokens.CloseParen or Tokens.CloseBrace => 3,
        _ => 16,
    };

    // Layer 0: a table of Position and Token.
    static int Mlp0_1Of(int position, Tokens token) => position switch
    {
        1 => token switch
        {
            Tokens.Bos => 16,
            Tokens.CloseParen or Tokens.CloseBrace => 3,
            _ => 0,
        },
        2 => token switch
        {
            Tokens.Pad => 12,
            Tokens.Bos => 15,
            Tokens.CloseParen => 9,
            Tokens.CloseBrace => 3,
            _ => 0,
        },
        3 => token switch
        {
            Tokens.Pad => 10,
            Tokens.OpenParen or Tokens.OpenBrace => 0,
            _ => 3,
        },
        4 => token switch
        {
            Tokens.Bos => 15,
            Tokens.OpenParen => 0,
            Tokens.CloseParen => 3,
            Tokens.OpenBrace => 10,
            Tokens.CloseBrace => 14,
            _ => 12,
        },
        5 => token switch
        {
            Tokens.Bos => 3,
            Tokens.CloseParen => 14,
            Tokens.OpenBrace => 13,
            Tokens.CloseBrace => 11,
            _ => 10,
        },
        6 => token switch
        {
            Tokens.Bos => 3,
            Tokens.OpenParen => 10,
            Tokens.CloseParen => 15,
            Tokens.OpenBrace => 4,
            Tokens.CloseBrace => 11,
            _ => 0,
        },
        7 => token switch
        {
            Tokens.OpenBrace => 7,
            _ => 10,
        },
        8 => token switch
        {
            Tokens.Bos => 7,
            Tokens.CloseParen => 15,
            Tokens.OpenBrace => 9,
            Tokens.CloseBrace => 16,
            _ => 5,
        },
        9 => token switch
        {
            Tokens.Pad => 7,
            Tokens.Bos => 10,
            Tokens.OpenParen => 14,
            Tokens.OpenBrace => 9,
            _ => 16,
        },
        10 => token switch
        {
            Tokens.Bos => 14,
            Tokens.OpenParen => 11,
            Tokens.CloseParen => 13,
            Tokens.OpenBrace => 8,
            Tokens.CloseBrace => 16,
            _ => 9,
        },
        11 => token switch
        {
            Tokens.Pad => 7,
            Tokens.Bos => 10,
            Tokens.OpenParen => 3,
            Tokens.OpenBrace => 8,
            _ => 12,
        },
        12 => token switch
        {
            Tokens.Bos => 10,
            Tokens.OpenParen => 3,
            Tokens.CloseParen => 15,
            Tokens.OpenBrace => 8,
            Tokens.CloseBrace => 11,
            _ => 14,
        },
        13 => token switch
        {
            Tokens.Bos => 10,
            Tokens.CloseParen or Tokens.CloseBrace => 0,
            Tokens.OpenBrace => 14,
            _ => 8,
        },
        14 => token switch
        {
            Tokens.Pad => 9,
            Tokens.Bos => 4,
            Tokens.CloseParen or Tokens.CloseBrace => 13,
            _ => 8,
        },
        15 => token switch
        {
            Tokens.Bos or Tokens.CloseBrace => 10,
            Tokens.CloseParen => 12,
            _ => 8,
        },
        _ => token switch
        {
            Tokens.Pad => 4,
            Tokens.Bos => 15,
            Tokens.CloseParen or Tokens.CloseBrace => 3,
            _ => 12,
        },
    };

    static bool Head1_0Selects(Tokens query, int key) => key == 0;

    static bool Count1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => key == Tokens.Bos,
        Tokens.CloseParen or Tokens.OpenBrace => key == Tokens.CloseParen,
        _ => key == Tokens.CloseBrace,
    };

    static bool Count1_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.OpenBrace => key == Tokens.CloseBrace,
        Tokens.OpenParen => key == Tokens.CloseParen,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => key == Tokens.OpenParen,
    };

    // Layer 1: a table of Head1_0 and Head0_0.
    static int Mlp1_0Of(Tokens head1_0, Tokens head0_0) => head1_0 switch
    {
        Tokens.Bos => head0_0 switch
        {
            Tokens.Bos => 10,
            Tokens.OpenParen => 4,
            Tokens.CloseParen => 3,
            Tokens.CloseBrace => 0,
            _ => 12,
        },
        Tokens.OpenParen => head0_0 switch
        {
            Tokens.Bos => 15,
            Tokens.OpenParen => 0,
            Tokens.CloseParen => 2,
            Tokens.OpenBrace => 9,
            _ => 12,
        },
        Tokens.CloseParen => head0_0 switch
        {
            Tokens.Bos or Tokens.CloseParen => 0,
            Tokens.OpenParen => 2,
            Tokens.CloseBrace => 13,
            _ => 3,
        },
        Tokens.OpenBrace => head0_0 switch
        {
            Tokens.Bos => 4,
            Tokens.OpenParen => 9,
            Tokens.CloseParen => 1,
            Tokens.OpenBrace => 0,
            Tokens.CloseBrace => 13,
            _ => 12,
        },
        Tokens.CloseBrace => head0_0 switch
        {
            Tokens.Pad => 3,
            Tokens.CloseParen => 5,
            Tokens.OpenBrace => 13,
            Tokens.CloseBrace => 8,
            _ => 0,
        },
        _ => head0_0 switch
        {
            Tokens.Pad => 15,
            Tokens.OpenParen => 16,
            Tokens.CloseParen => 6,
            Tokens.CloseBrace => 1,
            _ => 9,
        },
    };

    static bool Head2_0Selects(int query, int key) => query switch
    {
        2 or 5 or 6 => key == 1,
        _ => key == 0,
    };

    static bool Count2_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => false,
        Tokens.OpenParen => key == Tokens.CloseParen,
        Tokens.OpenBrace => key == Tokens.CloseBrace,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => key == Tokens.OpenParen,
    };

    static bool Count2_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.OpenBrace => key == Tokens.CloseParen,
        Tokens.CloseParen => key == Tokens.Bos,
        _ => key == Tokens.CloseBrace,
    };

    // Layer 2: a table of Head1_0 and Head2_0.
    static int Mlp2_0Of(Tokens head1_0, Tokens head2_0) => head1_0 switch
    {
        Tokens.Bos => head2_0 switch
        {
            Tokens.Bos => 9,
            Tokens.OpenParen => 5,
            Tokens.CloseParen => 8,
            Tokens.OpenBrace => 7,
            Tokens.CloseBrace => 14,
            _ => 13,
        },
        Tokens.OpenParen => head2_0 switch
        {
            Tokens.Bos => 10,
            Tokens.OpenParen => 7,
            Tokens.CloseParen => 1,
            Tokens.OpenBrace => 2,
            Tokens.CloseBrace => 9,
            _ => 15,
        },
        Tokens.CloseParen => head2_0 switch
        {
            Tokens.Bos => 0,
            Tokens.OpenParen => 8,
            Tokens.CloseParen => 9,
            Tokens.OpenBrace => 15,
            Tokens.CloseBrace => 14,
            _ => 13,
        },
        Tokens.OpenBrace => head2_0 switch
        {
            Tokens.Bos => 15,
            Tokens.OpenParen => 2,
            Tokens.CloseParen => 12,
            Tokens.OpenBrace => 0,
            Tokens.CloseBrace => 8,
            _ => 11,
        },
        Tokens.CloseBrace => head2_0 switch
        {
            Tokens.Bos => 3,
            Tokens.OpenParen => 13,
            Tokens.OpenBrace => 8,
            Tokens.CloseBrace => 9,
            _ => 14,
        },
        _ => head2_0 switch
        {
            Tokens.Bos => 4,
            Tokens.OpenParen => 15,
            Tokens.CloseParen => 13,
            Tokens.OpenBrace => 12,
            Tokens.CloseBrace => 16,
            _ => 2,
        },
    };

    // Layer 2: a table of Head1_0.
    static int Mlp2_1Of(Tokens head1_0) => head1_0 switch
    {
        Tokens.Pad => 11,
        Tokens.Bos => 5,
        Tokens.CloseParen => 8,
        Tokens.CloseBrace => 1,
        _ => 7,
    };

    static bool Head3_0Selects(Tokens query, int key) => query switch
    {
        Tokens.Pad => key == 1,
        Tokens.CloseParen => key == 3,
        Tokens.CloseBrace => key == 5,
        _ => key == 0,
    };

    static bool Count3_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.CloseParen or Tokens.OpenBrace => key == Tokens.CloseParen,
        _ => key == Tokens.CloseBrace,
    };

    static bool Count3_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.OpenParen or Tokens.OpenBrace => false,
        Tokens.CloseParen => key == Tokens.OpenParen,
        _ => key == Tokens.OpenBrace,
    };

    // Layer 3: a table of Head2_0 and Token.
    static int Mlp3_0Of(Tokens head2_0, Tokens token) => head2_0 switch
    {
        Tokens.Bos => token switch
        {
            Tokens.Pad => 11,
            Tokens.OpenParen => 2,
            Tokens.CloseParen => 10,
            Tokens.OpenBrace => 5,
            _ => 13,
        },
        Tokens.OpenParen => token switch
        {
            Tokens.Bos => 10,
            Tokens.OpenParen => 12,
            Tokens.CloseParen => 8,
            Tokens.OpenBrace => 15,
            Tokens.CloseBrace => 16,
            _ => 11,
        },
        Tokens.CloseParen => token switch
        {
            Tokens.OpenParen => 8,
            Tokens.OpenBrace => 15,
            Tokens.CloseBrace => 5,
            _ => 14,
        },
        Tokens.OpenBrace => token switch
        {
            Tokens.Bos => 4,
            Tokens.OpenParen => 16,
            Tokens.CloseParen => 15,
            Tokens.CloseBrace => 8,
            _ => 12,
        },
        Tokens.CloseBrace => token switch
        {
            Tokens.Bos => 13,
            Tokens.CloseParen => 5,
            Tokens.OpenBrace => 10,
            Tokens.CloseBrace => 14,
            _ => 9,
        },
        _ => token switch
        {
            Tokens.Bos or Tokens.OpenParen => 16,
            Tokens.CloseParen or Tokens.CloseBrace => 14,
            _ => 0,
        },
    };

    // Layer 3: a table of Head1_0.
    static int Mlp3_1Of(Tokens head1_0) => head1_0 switch
    {
        Tokens.Bos => 5,
        Tokens.CloseParen or Tokens.OpenBrace => 10,
        Tokens.CloseBrace => 7,
        _ => 1,
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.OpenParen => label switch { Labels.F => 10, Labels.T => -100, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => -2, Labels.T => 34, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => 8, Labels.T => -96, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => -4, Labels.T => 32, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.F => -11, Labels.P => 71, _ => 0 },
        2 => label switch { Labels.F => -35, Labels.T => 210, _ => 0 },
        3 => label switch { Labels.P => 14, Labels.T => -183, _ => 0 },
        4 => label switch { Labels.P => -9, Labels.T => 40, _ => 0 },
        5 => label switch { Labels.F => 5, Labels.T => -194, _ => 0 },
        6 => label switch { Labels.P => -7, Labels.T => 13, _ => 0 },
        7 => label switch { Labels.F => 7, Labels.T => -203, _ => 0 },
        8 => label switch { Labels.P => -3, Labels.T => 2, _ => 0 },
        9 => label switch { Labels.P => 2, Labels.T => -228, _ => 0 },
        10 => label switch { Labels.P => -6, Labels.T => 6, _ => 0 },
        11 => label switch { Labels.F => 3, Labels.T => -236, _ => 0 },
        12 => label switch { Labels.P => -10, Labels.T => 8, _ => 0 },
        13 => label switch { Labels.F => 12, Labels.T => -240, _ => 0 },
        14 => label switch { Labels.P => -22, Labels.T => 9, _ => 0 },
        15 => label switch { Labels.F => 9, Labels.T => -354, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.OpenParen => label switch { Labels.P => 2, Labels.T => -14, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 13, Labels.T => -7, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 2, Labels.T => -16, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 11, Labels.T => -5, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        0 => label switch { Labels.F => 6, Labels.T => -8, _ => 0 },
        1 => label switch { Labels.F => 12, Labels.T => -3, _ => 0 },
        2 => label switch { Labels.F => 4, Labels.T => -5, _ => 0 },
        3 => label == Labels.T ? -3 : 0,
        4 => label switch { Labels.F => -2, Labels.P => 2, _ => 0 },
        5 => label == Labels.P ? 3 : 0,
        6 => label switch { Labels.F => -1, Labels.P => 14, _ => 0 },
        7 => label switch { Labels.P => 14, Labels.T => -35, _ => 0 },
        8 => label switch { Labels.P => 4, Labels.T => -500, _ => 0 },
        9 => label switch { Labels.F => 37, Labels.T => -232, _ => 0 },
        10 => label == Labels.T ? -62 : 0,
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch { Labels.P => 8, Labels.T => -33, _ => 0 },
        1 => label == Labels.T ? -3 : 0,
        2 => label switch { Labels.F => -6, Labels.T => 3, _ => 0 },
        3 => label == Labels.F ? -11 : 0,
        4 => label switch { Labels.F => -7, Labels.P => 7, _ => 0 },
        5 => label switch { Labels.P => 16, Labels.T => -1, _ => 0 },
        6 => label switch { Labels.P => 13, Labels.T => -15, _ => 0 },
        7 => label switch { Labels.P => 18, Labels.T => -46, _ => 0 },
        8 => label switch { Labels.P => 11, Labels.T => -158, _ => 0 },
        9 => label switch { Labels.P => 35, Labels.T => -54, _ => 0 },
        10 => label switch { Labels.F => -65, Labels.P => 67, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        3 => label switch { Labels.P => 6, Labels.T => -13, _ => 0 },
        16 => label switch { Labels.F => 2, Labels.P => -4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_1 adds to each label's total.
    [Votes(nameof(Mlp0_1))]
    static int Mlp0_1Votes(int mlp0_1, Labels label) => mlp0_1 switch
    {
        0 => label switch { Labels.F => -8, Labels.P => 3, _ => 0 },
        3 => label switch { Labels.F => 5, Labels.P => -2, _ => 0 },
        4 => label switch { Labels.F => 3, Labels.P => -2, _ => 0 },
        5 => label == Labels.T ? -6 : 0,
        7 => label switch { Labels.F => 2, Labels.T => -1, _ => 0 },
        8 => label switch { Labels.F => 6, Labels.T => -8, _ => 0 },
        9 => label switch { Labels.F => 1, Labels.P => -2, _ => 0 },
        10 => label == Labels.P ? 3 : 0,
        11 => label switch { Labels.F => 3, Labels.T => -1, _ => 0 },
        12 => label switch { Labels.F => -6, Labels.T => 2, _ => 0 },
        13 => label == Labels.F ? 1 : 0,
        14 => label switch { Labels.F => 1, Labels.P => -5, _ => 0 },
        15 => label == Labels.F ? 2 : 0,
        16 => label == Labels.F ? -4 : 0,
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(Tokens head1_0, Labels label) => head1_0 switch
    {
        Tokens.OpenParen => label == Labels.P ? 27 : 0,
        Tokens.CloseParen => label switch { Labels.F => 26, Labels.P => -93, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 22, Labels.T => -5, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 92, Labels.P => -83, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.P => 25, Labels.T => -4, _ => 0 },
        1 => label switch { Labels.F => -16, Labels.P => 12, _ => 0 },
        2 => label switch { Labels.F => -23, Labels.T => 4, _ => 0 },
        3 => label switch { Labels.F => -2, Labels.T => 1, _ => 0 },
        4 => label == Labels.P ? 4 : 0,
        5 => label switch { Labels.F => 4, Labels.T => -1, _ => 0 },
        6 => label switch { Labels.F => -1, Labels.P => 7, _ => 0 },
        7 => label switch { Labels.F => -4, Labels.P => 11, _ => 0 },
        8 => label switch { Labels.F => -9, Labels.P => 16, _ => 0 },
        9 => label switch { Labels.P => 11, Labels.T => -8, _ => 0 },
        10 => label switch { Labels.F => -4, Labels.P => 18, _ => 0 },
        11 => label switch { Labels.F => -9, Labels.P => 18, _ => 0 },
        12 => label == Labels.P ? 25 : 0,
        13 => label switch { Labels.P => 26, Labels.T => -15, _ => 0 },
        14 => label switch { Labels.F => -46, Labels.P => 29, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.F => 3, Labels.T => -91, _ => 0 },
        1 => label switch { Labels.P => 1, Labels.T => -7, _ => 0 },
        2 => label switch { Labels.F => -7, Labels.T => 8, _ => 0 },
        3 => label switch { Labels.F => -10, Labels.T => 21, _ => 0 },
        4 => label switch { Labels.F => -14, Labels.T => 32, _ => 0 },
        5 => label switch { Labels.F => -12, Labels.T => 46, _ => 0 },
        6 => label switch { Labels.F => -7, Labels.T => 72, _ => 0 },
        7 => label switch { Labels.F => 5, Labels.T => -22, _ => 0 },
        8 => label switch { Labels.F => 85, Labels.T => -11, _ => 0 },
        9 => label switch { Labels.P => -21, Labels.T => 87, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        0 => label switch { Labels.F => 8, Labels.T => -12, _ => 0 },
        1 => label switch { Labels.P => 9, Labels.T => -9, _ => 0 },
        2 => label switch { Labels.F => 28, Labels.P => -2, _ => 0 },
        3 => label switch { Labels.P => 5, Labels.T => -4, _ => 0 },
        5 => label switch { Labels.F => 26, Labels.P => -2, _ => 0 },
        8 => label switch { Labels.F => 3, Labels.T => -14, _ => 0 },
        9 => label switch { Labels.F => 5, Labels.T => -5, _ => 0 },
        12 => label switch { Labels.P => 11, Labels.T => -13, _ => 0 },
        13 => label == Labels.F ? 31 : 0,
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(Tokens head2_0, Labels label) => head2_0 switch
    {
        Tokens.Bos => label switch { Labels.P => 16, Labels.T => -12, _ => 0 },
        Tokens.OpenParen => label switch { Labels.P => 8, Labels.T => -10, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 4, Labels.T => -19, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 4, Labels.T => -12, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 9, Labels.T => -17, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.F => 3, Labels.P => -9, _ => 0 },
        1 => label switch { Labels.P => -47, Labels.T => 19, _ => 0 },
        2 => label switch { Labels.F => 1, Labels.P => -23, _ => 0 },
        3 => label switch { Labels.F => 22, Labels.P => -3, _ => 0 },
        4 => label switch { Labels.P => -2, Labels.T => 18, _ => 0 },
        5 => label switch { Labels.F => 2, Labels.T => -19, _ => 0 },
        6 => label == Labels.T ? 2 : 0,
        7 => label switch { Labels.F => 3, Labels.T => -2, _ => 0 },
        8 => label switch { Labels.F => -6, Labels.T => 12, _ => 0 },
        9 => label switch { Labels.P => 7, Labels.T => -9, _ => 0 },
        10 => label switch { Labels.F => -12, Labels.T => 16, _ => 0 },
        11 => label switch { Labels.F => -10, Labels.T => 31, _ => 0 },
        12 => label switch { Labels.F => 22, Labels.P => -4, _ => 0 },
        13 => label switch { Labels.P => -50, Labels.T => 23, _ => 0 },
        14 => label switch { Labels.F => 72, Labels.T => -200, _ => 0 },
        15 => label switch { Labels.F => 51, Labels.P => -26, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.F => -2, Labels.P => 8, _ => 0 },
        1 => label switch { Labels.F => 22, Labels.T => -2, _ => 0 },
        2 => label switch { Labels.F => 25, Labels.P => -3, _ => 0 },
        3 => label switch { Labels.F => 25, Labels.P => -16, _ => 0 },
        4 => label switch { Labels.F => 35, Labels.P => -14, _ => 0 },
        5 => label switch { Labels.F => 31, Labels.P => -20, _ => 0 },
        6 => label switch { Labels.F => 51, Labels.P => -17, _ => 0 },
        7 => label switch { Labels.F => 48, Labels.P => -40, _ => 0 },
        8 => label switch { Labels.F => 91, Labels.T => -19, _ => 0 },
        9 => label switch { Labels.F => 153, Labels.T => -24, _ => 0 },
        10 => label switch { Labels.F => 188, Labels.P => -34, _ => 0 },
        11 => label switch { Labels.F => 201, Labels.P => -16, _ => 0 },
        12 => label switch { Labels.F => 171, Labels.P => -51, _ => 0 },
        13 => label switch { Labels.F => 52, Labels.P => -51, _ => 0 },
        14 => label switch { Labels.F => 79, Labels.P => -67, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        0 => label switch { Labels.F => 3, Labels.T => -8, _ => 0 },
        1 or 7 => label switch { Labels.F => 2, Labels.T => -6, _ => 0 },
        2 => label switch { Labels.F => -1, Labels.P => 5, _ => 0 },
        3 => label switch { Labels.P => 1, Labels.T => -2, _ => 0 },
        8 => label == Labels.P ? 6 : 0,
        9 => label switch { Labels.F => -1, Labels.P => 6, _ => 0 },
        10 => label switch { Labels.P => 4, Labels.T => -6, _ => 0 },
        12 => label switch { Labels.F => -2, Labels.P => 6, _ => 0 },
        13 => label switch { Labels.F => -8, Labels.P => 5, _ => 0 },
        14 => label switch { Labels.F => 1, Labels.T => -8, _ => 0 },
        15 => label switch { Labels.P => 2, Labels.T => -5, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_1 adds to each label's total.
    [Votes(nameof(Mlp2_1))]
    static int Mlp2_1Votes(int mlp2_1, Labels label) => mlp2_1 switch
    {
        1 => label switch { Labels.F => 5, Labels.T => -6, _ => 0 },
        7 => label switch { Labels.F => 7, Labels.T => -9, _ => 0 },
        8 => label switch { Labels.F => 7, Labels.T => -14, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head3_0 adds to each label's total.
    [Votes(nameof(Head3_0))]
    static int Head3_0Votes(Tokens head3_0, Labels label) => head3_0 switch
    {
        Tokens.Bos => label switch { Labels.F => -3, Labels.T => 1, _ => 0 },
        Tokens.OpenParen => label switch { Labels.F => -4, Labels.P => 2, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 2, Labels.T => -3, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => -2, Labels.P => 3, _ => 0 },
        Tokens.CloseBrace => label == Labels.T ? -8 : 0,
        _ => 0,
    };

    // The read-out: what each value of Count3_0 adds to each label's total.
    [Votes(nameof(Count3_0))]
    static int Count3_0Votes(int count3_0, Labels label) => count3_0 switch
    {
        0 => label == Labels.F ? -21 : 0,
        1 => label switch { Labels.F => 92, Labels.P => -17, _ => 0 },
        2 => label switch { Labels.F => 97, Labels.T => -52, _ => 0 },
        3 => label switch { Labels.F => 78, Labels.T => -57, _ => 0 },
        4 => label switch { Labels.F => 76, Labels.T => -55, _ => 0 },
        5 => label switch { Labels.F => 78, Labels.T => -66, _ => 0 },
        6 => label switch { Labels.F => 126, Labels.T => -102, _ => 0 },
        7 => label switch { Labels.F => 112, Labels.T => -105, _ => 0 },
        8 => label switch { Labels.F => 95, Labels.T => -26, _ => 0 },
        9 => label switch { Labels.F => 24, Labels.T => -5, _ => 0 },
        10 => label switch { Labels.F => 29, Labels.T => -46, _ => 0 },
        11 => label switch { Labels.P => 10, Labels.T => -58, _ => 0 },
        12 => label switch { Labels.F => 13, Labels.T => -96, _ => 0 },
        13 => label switch { Labels.F => 40, Labels.T => -84, _ => 0 },
        14 => label switch { Labels.F => 49, Labels.T => -25, _ => 0 },
        15 => label switch { Labels.F => 7, Labels.P => -4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count3_1 adds to each label's total.
    [Votes(nameof(Count3_1))]
    static int Count3_1Votes(int count3_1, Labels label) => count3_1 switch
    {
        0 => label switch { Labels.P => 6, Labels.T => -221, _ => 0 },
        1 => label switch { Labels.P => -43, Labels.T => 24, _ => 0 },
        2 => label switch { Labels.P => -15, Labels.T => 30, _ => 0 },
        3 => label switch { Labels.P => -17, Labels.T => 21, _ => 0 },
        4 => label switch { Labels.P => -14, Labels.T => 24, _ => 0 },
        5 => label switch { Labels.P => -17, Labels.T => 24, _ => 0 },
        6 => label switch { Labels.P => -14, Labels.T => 28, _ => 0 },
        7 => label switch { Labels.P => -20, Labels.T => 23, _ => 0 },
        8 => label switch { Labels.P => -21, Labels.T => 22, _ => 0 },
        9 => label switch { Labels.P => -25, Labels.T => 22, _ => 0 },
        10 => label switch { Labels.P => -26, Labels.T => 27, _ => 0 },
        11 => label switch { Labels.P => -35, Labels.T => 26, _ => 0 },
        12 => label switch { Labels.P => -41, Labels.T => 28, _ => 0 },
        13 => label switch { Labels.P => -51, Labels.T => 20, _ => 0 },
        14 => label switch { Labels.P => -50, Labels.T => 257, _ => 0 },
        15 => label switch { Labels.P => 27, Labels.T => -20, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp3_0 adds to each label's total.
    [Votes(nameof(Mlp3_0))]
    static int Mlp3_0Votes(int mlp3_0, Labels label) => mlp3_0 switch
    {
        2 => label switch { Labels.F => 3, Labels.T => -2, _ => 0 },
        5 => label switch { Labels.F => 2, Labels.T => -6, _ => 0 },
        8 => label switch { Labels.F => 7, Labels.T => -5, _ => 0 },
        9 => label switch { Labels.F => 4, Labels.T => -2, _ => 0 },
        10 => label switch { Labels.F => 4, Labels.T => -8, _ => 0 },
        12 => label switch { Labels.F => 4, Labels.T => -5, _ => 0 },
        13 => label switch { Labels.F => 5, Labels.T => -2, _ => 0 },
        14 => label switch { Labels.F => 11, Labels.P => -1, _ => 0 },
        15 => label switch { Labels.F => 3, Labels.T => -9, _ => 0 },
        16 => label switch { Labels.F => 3, Labels.T => -6, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp3_1 adds to each label's total.
    [Votes(nameof(Mlp3_1))]
    static int Mlp3_1Votes(int mlp3_1, Labels label) => mlp3_1 switch
    {
        1 => label switch { Labels.P => 1, Labels.T => -6, _ => 0 },
        7 => label == Labels.T ? -8 : 0,
        10 => label switch { Labels.P => 3, Labels.T => -6, _ => 0 },
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
                Mlp0_0 = Mlp0_0Of(Head0_0);
                Mlp0_1 = Mlp0_1Of(Position, Token);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Tokens.Bos;
                Count1_0 = Count1_0Read ?? 0;
                Count1_1 = Count1_1Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Head1_0, Head0_0);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Head0_0AtBos ?? default;
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Head1_0, Head2_0);
                Mlp2_1 = Mlp2_1Of(Head1_0);
                Layer = Layers.Layer3;
                break;
            case Layers.Layer3:
                Head3_0 = Head3_0Read ?? Head2_0AtBos ?? default;
                Count3_0 = Count3_0Read ?? 0;
                Count3_1 = Count3_1Read ?? 0;
                Mlp3_0 = Mlp3_0Of(Head2_0, Token);
                Mlp3_1 = Mlp3_1Of(Head1_0);
                Layer = Layers.Done;
                break;
        }
    }
}
