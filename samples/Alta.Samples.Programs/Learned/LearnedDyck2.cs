// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'dyck2'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn dyck2 --layers 4 --heads 2 --counts 2 --mlps 2 --batch 64 --size 20000 --lr 0.02 --loss-mean sequence --epochs 140 --seed 1
// Test accuracy of the learned model: 99.23%; this class computes exactly what that model computes.
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

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head0_1Read;
    public Tokens Head0_1;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(17)] public int Count0_0;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(17)] public int Count0_1;

    // Layer 0: a table of Head0_1.
    [Categorical(17)] public int Mlp0_0;

    // Layer 0: a table of Head0_1.
    [Categorical(17)] public int Mlp0_1;

    // Layer 1: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head1_0Read;
    public Tokens Head1_0;

    // Layer 1: copies Head0_1 from the nearest position whose Position matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Position), Value = nameof(Head0_1), Where = nameof(Head1_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head1_1Read;
    public Tokens Head1_1;

    // Layer 1: counts the positions whose Token matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Token), Where = nameof(Count1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(17)] public int Count1_0;

    // Layer 1: counts the positions whose Head0_0 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Head0_0), Where = nameof(Count1_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_1Read;
    [Categorical(17)] public int Count1_1;

    // Layer 1: a table of Head0_1 and Head0_0.
    [Categorical(16)] public int Mlp1_0;

    // Layer 1: a table of Head0_1.
    [Categorical(17)] public int Mlp1_1;

    // Layer 2: copies Head1_1 from the nearest position whose Mlp0_1 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Mlp0_1), Value = nameof(Head1_1), Where = nameof(Head2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head2_0Read;
    public Tokens Head2_0;

    // Layer 2: copies Mlp1_1 from the nearest position whose Count1_1 matches my Count1_0.
    [Attend(Query = nameof(Count1_0), Key = nameof(Count1_1), Value = nameof(Mlp1_1), Where = nameof(Head2_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public int? Head2_1Read;
    [Categorical(17)] public int Head2_1;

    // Layer 2: counts the positions whose Head0_1 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Head0_1), Where = nameof(Count2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(17)] public int Count2_0;

    // Layer 2: counts the positions whose Head0_1 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Head0_1), Where = nameof(Count2_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(17)] public int Count2_1;

    // Layer 2: a table of Head0_0.
    [Categorical(17)] public int Mlp2_0;

    // Layer 2: a table of Head0_1 and Token.
    [Categorical(17)] public int Mlp2_1;

    // Layer 3: copies Token from the nearest position whose Count0_0 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Count0_0), Value = nameof(Token), Where = nameof(Head3_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head3_0Read;
    public Tokens Head3_0;

    // Layer 3: copies Token from the nearest position whose Count0_0 matches my Count2_1.
    [Attend(Query = nameof(Count2_1), Key = nameof(Count0_0), Value = nameof(Token), Where = nameof(Head3_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head3_1Read;
    public Tokens Head3_1;

    // Layer 3: counts the positions whose Mlp2_1 matches my Head1_1.
    [Attend(Query = nameof(Head1_1), Key = nameof(Mlp2_1), Where = nameof(Count3_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count3_0Read;
    [Categorical(17)] public int Count3_0;

    // Layer 3: counts the positions whose Mlp2_1 matches my Mlp0_0.
    [Attend(Query = nameof(Mlp0_0), Key = nameof(Mlp2_1), Where = nameof(Count3_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count3_1Read;
    [Categorical(17)] public int Count3_1;

    // Layer 3: a table of Token and Head0_0.
    [Categorical(16)] public int Mlp3_0;

    // Layer 3: a table of Token and Head0_1.
    [Categorical(17)] public int Mlp3_1;

    // Head0_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_1), Where = nameof(AtBos))]
    public Tokens? Head0_1AtBos;

    // Head1_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_1), Where = nameof(AtBos))]
    public Tokens? Head1_1AtBos;

    // Mlp1_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Mlp1_1), Where = nameof(AtBos))]
    public int? Mlp1_1AtBos;

    static bool AtBos(int query, int key) => key == 0;

    static bool Head0_0Selects(int query, int key) => query switch
    {
        0 or 6 or 8 or 10 or 14 => key == 4,
        1 => key == 1,
        2 => key == 2,
        15 => key == 0,
        _ => key == 3,
    };

    static bool Head0_1Selects(int query, int key) => query switch
    {
        1 or 2 => key == 1,
        3 => key == 2,
        4 => key == 3,
        5 => key == 4,
        6 => key == 5,
        7 => key == 6,
        8 => key == 7,
        9 => key == 8,
        10 => key == 9,
        11 => key == 10,
        13 => key == 12,
        14 => key == 13,
        15 => key == 14,
        _ => key == 11,
    };

    static bool Count0_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => key == Tokens.Bos,
    };

    static bool Count0_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.CloseParen,
        Tokens.Bos => key == Tokens.Bos,
        Tokens.OpenBrace or Tokens.CloseBrace => key == Tokens.OpenParen,
        _ => key == Tokens.OpenBrace,
    };

    // Layer 0: a table of Head0_1.
    static int Mlp0_0Of(Tokens head0_1) => head0_1 switch
    {
        Tokens.Pad => 14,
        Tokens.Bos => 10,
        _ => 2,
    };

    // Layer 0: a table of Head0_1.
    static int Mlp0_1Of(Tokens head0_1) => head0_1 switch
    {
        Tokens.Pad => 2,
        Tokens.CloseParen => 11,
        Tokens.CloseBrace => 1,
        _ => 16,
    };

    static bool Head1_0Selects(int query, int key) => query switch
    {
        0 or 1 or 9 => key == 1,
        2 => key == 2,
        5 or 8 or 12 => key == 4,
        6 => key == 5,
        7 or 11 or 13 or 15 => key == 0,
        _ => key == 3,
    };

    static bool Head1_1Selects(Tokens query, int key) => query switch
    {
        Tokens.CloseParen or Tokens.CloseBrace => key == 3,
        _ => key == 1,
    };

    static bool Count1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.OpenParen,
        Tokens.Bos => false,
        Tokens.CloseParen or Tokens.OpenBrace => key == Tokens.CloseBrace,
        _ => key == Tokens.CloseParen,
    };

    static bool Count1_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.CloseParen or Tokens.OpenBrace => key == Tokens.CloseParen,
        _ => key == Tokens.CloseBrace,
    };

    // Layer 1: a table of Head0_1 and Head0_0.
    static int Mlp1_0Of(Tokens head0_1, Tokens head0_0) => head0_1 switch
    {
        Tokens.Bos => head0_0 switch
        {
            Tokens.Pad => 13,
            Tokens.OpenParen => 3,
            Tokens.CloseParen => 12,
            Tokens.OpenBrace => 4,
            _ => 11,
        },
        Tokens.OpenParen => head0_0 switch
        {
            Tokens.Bos => 4,
            Tokens.OpenParen => 13,
            Tokens.OpenBrace => 1,
            Tokens.CloseBrace => 9,
            _ => 2,
        },
        Tokens.CloseParen => head0_0 switch
        {
            Tokens.Bos => 12,
            Tokens.OpenParen => 2,
            Tokens.CloseParen => 15,
            Tokens.OpenBrace => 14,
            Tokens.CloseBrace => 0,
            _ => 6,
        },
        Tokens.OpenBrace => head0_0 switch
        {
            Tokens.Bos => 4,
            Tokens.OpenParen => 1,
            Tokens.CloseParen => 9,
            Tokens.CloseBrace => 2,
            _ => 13,
        },
        Tokens.CloseBrace => head0_0 switch
        {
            Tokens.Pad => 12,
            Tokens.CloseParen => 0,
            Tokens.OpenBrace => 2,
            Tokens.CloseBrace => 15,
            _ => 14,
        },
        _ => head0_0 switch
        {
            Tokens.Bos or Tokens.OpenParen => 4,
            Tokens.CloseParen or Tokens.CloseBrace => 12,
            _ => 10,
        },
    };

    // Layer 1: a table of Head0_1.
    static int Mlp1_1Of(Tokens head0_1) => head0_1 switch
    {
        Tokens.Pad => 13,
        Tokens.Bos => 0,
        Tokens.CloseParen or Tokens.CloseBrace => 14,
        _ => 4,
    };

    static bool Head2_0Selects(Tokens query, int key) => query switch
    {
        Tokens.CloseParen => key == 11,
        _ => key == 1,
    };

    static bool Head2_1Selects(int query, int key) => query switch
    {
        2 or 3 or 13 => key == 2,
        4 or 6 or 8 or 9 or 10 or 15 => key == 1,
        7 => key == 4,
        16 => key == 3,
        _ => key == 0,
    };

    static bool Count2_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.OpenParen => key == Tokens.CloseParen,
        Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.OpenBrace => key == Tokens.CloseBrace,
        _ => key == Tokens.OpenBrace,
    };

    static bool Count2_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => key == Tokens.Bos,
        Tokens.OpenParen or Tokens.CloseBrace => key == Tokens.CloseBrace,
        _ => key == Tokens.CloseParen,
    };

    // Layer 2: a table of Head0_0.
    static int Mlp2_0Of(Tokens head0_0) => head0_0 switch
    {
        Tokens.Pad => 15,
        Tokens.Bos => 12,
        Tokens.CloseParen or Tokens.CloseBrace => 16,
        _ => 13,
    };

    // Layer 2: a table of Head0_1 and Token.
    static int Mlp2_1Of(Tokens head0_1, Tokens token) => head0_1 switch
    {
        Tokens.Bos => token switch
        {
            Tokens.Bos => 13,
            Tokens.OpenParen => 0,
            Tokens.CloseParen => 11,
            Tokens.OpenBrace => 10,
            Tokens.CloseBrace => 5,
            _ => 1,
        },
        Tokens.OpenParen => token switch
        {
            Tokens.Pad => 10,
            Tokens.CloseParen => 4,
            Tokens.CloseBrace => 3,
            _ => 11,
        },
        Tokens.CloseParen => token switch
        {
            Tokens.Pad => 8,
            Tokens.OpenParen => 16,
            Tokens.CloseParen or Tokens.CloseBrace => 15,
            _ => 13,
        },
        Tokens.OpenBrace => token switch
        {
            Tokens.Pad => 2,
            Tokens.Bos => 7,
            Tokens.CloseParen => 3,
            Tokens.CloseBrace => 4,
            _ => 1,
        },
        Tokens.CloseBrace => token switch
        {
            Tokens.Pad => 14,
            Tokens.CloseParen => 12,
            Tokens.OpenBrace => 2,
            Tokens.CloseBrace => 15,
            _ => 13,
        },
        _ => token switch
        {
            Tokens.Bos => 2,
            Tokens.OpenParen => 9,
            Tokens.CloseParen => 14,
            Tokens.OpenBrace => 11,
            Tokens.CloseBrace => 8,
            _ => 15,
        },
    };

    static bool Head3_0Selects(Tokens query, int key) => key == 0;

    static bool Head3_1Selects(int query, int key) => query switch
    {
        2 or 3 or 4 or 5 or 6 or 7 => key == 1,
        _ => key == 0,
    };

    static bool Count3_0Selects(Tokens query, int key) => key == 3;

    static bool Count3_1Selects(int query, int key) => query switch
    {
        1 or 2 or 4 or 9 or 12 or 13 => key == 15,
        5 => key == 5,
        6 or 8 => key == 1,
        7 or 14 => key == 12,
        _ => key == 3,
    };

    // Layer 3: a table of Token and Head0_0.
    static int Mlp3_0Of(Tokens token, Tokens head0_0) => token switch
    {
        Tokens.Bos => head0_0 switch
        {
            Tokens.Bos => 2,
            Tokens.OpenParen => 8,
            Tokens.CloseParen => 5,
            Tokens.OpenBrace => 14,
            Tokens.CloseBrace => 1,
            _ => 13,
        },
        Tokens.OpenParen => head0_0 switch
        {
            Tokens.Pad => 14,
            Tokens.CloseParen => 15,
            Tokens.CloseBrace => 1,
            _ => 7,
        },
        Tokens.CloseParen => head0_0 switch
        {
            Tokens.Bos => 1,
            Tokens.OpenParen => 15,
            Tokens.CloseParen => 13,
            Tokens.OpenBrace => 8,
            Tokens.CloseBrace => 14,
            _ => 9,
        },
        Tokens.OpenBrace => head0_0 switch
        {
            Tokens.Pad => 4,
            Tokens.CloseParen => 1,
            Tokens.CloseBrace => 15,
            _ => 5,
        },
        Tokens.CloseBrace => head0_0 switch
        {
            Tokens.Bos => 4,
            Tokens.CloseParen => 14,
            Tokens.OpenBrace => 12,
            Tokens.CloseBrace => 13,
            _ => 9,
        },
        _ => head0_0 switch
        {
            Tokens.Pad => 4,
            Tokens.CloseParen => 13,
            Tokens.OpenBrace => 0,
            Tokens.CloseBrace => 1,
            _ => 3,
        },
    };

    // Layer 3: a table of Token and Head0_1.
    static int Mlp3_1Of(Tokens token, Tokens head0_1) => token switch
    {
        Tokens.Bos => head0_1 switch
        {
            Tokens.Bos => 13,
            Tokens.OpenParen => 15,
            Tokens.CloseParen => 1,
            Tokens.OpenBrace => 7,
            Tokens.CloseBrace => 12,
            _ => 2,
        },
        Tokens.OpenParen => head0_1 switch
        {
            Tokens.Bos or Tokens.CloseParen => 16,
            Tokens.OpenParen => 12,
            Tokens.OpenBrace => 7,
            _ => 9,
        },
        Tokens.CloseParen => head0_1 switch
        {
            Tokens.Bos => 5,
            Tokens.OpenParen => 13,
            Tokens.CloseParen => 3,
            Tokens.OpenBrace => 2,
            Tokens.CloseBrace => 14,
            _ => 4,
        },
        Tokens.OpenBrace => head0_1 switch
        {
            Tokens.OpenParen or Tokens.OpenBrace => 3,
            Tokens.CloseBrace => 16,
            _ => 9,
        },
        Tokens.CloseBrace => head0_1 switch
        {
            Tokens.Pad => 8,
            Tokens.CloseParen => 14,
            Tokens.OpenBrace => 13,
            Tokens.CloseBrace => 3,
            _ => 5,
        },
        _ => head0_1 switch
        {
            Tokens.Pad => 6,
            Tokens.Bos => 1,
            Tokens.OpenParen => 7,
            Tokens.OpenBrace => 9,
            _ => 2,
        },
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.OpenParen => label switch { Labels.P => 23, Labels.T => -636, _ => 0 },
        Tokens.CloseParen => label switch { Labels.P => -33, Labels.T => 54, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 29, Labels.T => -481, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.P => -25, Labels.T => 61, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label == Labels.P ? 128 : 0,
        2 => label switch { Labels.F => -18, Labels.T => 255, _ => 0 },
        3 => label switch { Labels.P => 10, Labels.T => -297, _ => 0 },
        4 => label switch { Labels.F => 16, Labels.P => -102, _ => 0 },
        5 => label switch { Labels.F => 90, Labels.T => -352, _ => 0 },
        6 => label switch { Labels.F => 28, Labels.P => -64, _ => 0 },
        7 => label switch { Labels.F => 93, Labels.T => -344, _ => 0 },
        8 => label switch { Labels.F => 7, Labels.P => -75, _ => 0 },
        9 => label switch { Labels.F => 47, Labels.T => -385, _ => 0 },
        10 => label switch { Labels.P => -39, Labels.T => 43, _ => 0 },
        11 => label switch { Labels.F => 6, Labels.T => -439, _ => 0 },
        12 => label switch { Labels.P => -2, Labels.T => 90, _ => 0 },
        13 => label switch { Labels.P => 31, Labels.T => -481, _ => 0 },
        14 => label switch { Labels.F => -23, Labels.T => 113, _ => 0 },
        15 => label switch { Labels.P => 45, Labels.T => -320, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.Bos => label switch { Labels.F => 35, Labels.P => -14, _ => 0 },
        Tokens.OpenParen => label switch { Labels.P => 23, Labels.T => -19, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => -5, Labels.P => 13, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 16, Labels.T => -21, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.P => 6, Labels.T => -6, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_1 adds to each label's total.
    [Votes(nameof(Head0_1))]
    static int Head0_1Votes(Tokens head0_1, Labels label) => head0_1 switch
    {
        Tokens.OpenParen => label switch { Labels.P => 2, Labels.T => -29, _ => 0 },
        Tokens.CloseParen => label switch { Labels.P => -34, Labels.T => 4, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => 1, Labels.T => -30, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.P => -19, Labels.T => 16, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        0 => label switch { Labels.F => 191, Labels.T => -89, _ => 0 },
        1 => label switch { Labels.P => -20, Labels.T => 139, _ => 0 },
        2 => label switch { Labels.F => -30, Labels.T => 77, _ => 0 },
        3 => label switch { Labels.F => -55, Labels.P => 7, _ => 0 },
        4 => label switch { Labels.P => 57, Labels.T => -36, _ => 0 },
        5 => label switch { Labels.P => 75, Labels.T => -107, _ => 0 },
        6 => label switch { Labels.P => 76, Labels.T => -209, _ => 0 },
        7 => label switch { Labels.P => 95, Labels.T => -299, _ => 0 },
        8 => label switch { Labels.P => 39, Labels.T => -751, _ => 0 },
        9 => label switch { Labels.P => 73, Labels.T => -244, _ => 0 },
        10 => label switch { Labels.F => -1, Labels.P => 68, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch { Labels.P => -2, Labels.T => 165, _ => 0 },
        1 => label switch { Labels.P => -18, Labels.T => 15, _ => 0 },
        2 => label switch { Labels.F => 17, Labels.T => -40, _ => 0 },
        3 => label switch { Labels.F => 5, Labels.T => -123, _ => 0 },
        4 => label switch { Labels.F => 12, Labels.T => -213, _ => 0 },
        5 => label switch { Labels.F => 4, Labels.T => -297, _ => 0 },
        6 => label switch { Labels.F => 9, Labels.T => -388, _ => 0 },
        7 => label switch { Labels.F => 3, Labels.T => -873, _ => 0 },
        8 => label switch { Labels.F => 144, Labels.T => -1000, _ => 0 },
        9 => label switch { Labels.F => 7, Labels.T => -456, _ => 0 },
        10 => label switch { Labels.P => 24, Labels.T => -15, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        2 => label switch { Labels.F => 31, Labels.T => -16, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_1 adds to each label's total.
    [Votes(nameof(Mlp0_1))]
    static int Mlp0_1Votes(int mlp0_1, Labels label) => mlp0_1 switch
    {
        1 => label switch { Labels.F => 17, Labels.T => -31, _ => 0 },
        11 => label switch { Labels.F => 20, Labels.T => -24, _ => 0 },
        16 => label switch { Labels.F => 25, Labels.T => -3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(Tokens head1_0, Labels label) => head1_0 switch
    {
        Tokens.Bos => label switch { Labels.P => 19, Labels.T => -18, _ => 0 },
        Tokens.OpenParen => label == Labels.P ? 21 : 0,
        Tokens.CloseParen => label switch { Labels.F => 29, Labels.P => -1, _ => 0 },
        Tokens.OpenBrace => label == Labels.P ? 22 : 0,
        Tokens.CloseBrace => label switch { Labels.F => 42, Labels.T => -4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_1 adds to each label's total.
    [Votes(nameof(Head1_1))]
    static int Head1_1Votes(Tokens head1_1, Labels label) => head1_1 switch
    {
        Tokens.Bos => label switch { Labels.F => 87, Labels.T => -21, _ => 0 },
        Tokens.OpenParen => label switch { Labels.F => -16, Labels.P => 20, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 111, Labels.T => -8, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => -16, Labels.P => 22, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 88, Labels.T => -14, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.P => 61, Labels.T => -157, _ => 0 },
        1 => label switch { Labels.P => 57, Labels.T => -15, _ => 0 },
        2 => label == Labels.T ? 7 : 0,
        3 => label switch { Labels.P => -19, Labels.T => 68, _ => 0 },
        4 => label switch { Labels.P => -33, Labels.T => 142, _ => 0 },
        5 => label switch { Labels.P => -38, Labels.T => 227, _ => 0 },
        6 => label switch { Labels.P => -115, Labels.T => 282, _ => 0 },
        7 => label switch { Labels.P => -238, Labels.T => 250, _ => 0 },
        8 => label switch { Labels.F => 768, Labels.T => -318, _ => 0 },
        9 => label switch { Labels.F => 432, Labels.T => -141, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.P => 20, Labels.T => -3, _ => 0 },
        1 => label switch { Labels.P => -5, Labels.T => 13, _ => 0 },
        2 => label switch { Labels.F => -33, Labels.T => 5, _ => 0 },
        3 => label switch { Labels.F => 5, Labels.P => -19, _ => 0 },
        4 => label switch { Labels.F => 34, Labels.P => -2, _ => 0 },
        5 => label switch { Labels.F => 55, Labels.T => -5, _ => 0 },
        6 => label switch { Labels.F => 53, Labels.P => -20, _ => 0 },
        7 => label switch { Labels.F => 74, Labels.P => -14, _ => 0 },
        8 => label switch { Labels.F => 86, Labels.T => -7, _ => 0 },
        9 => label switch { Labels.F => 99, Labels.T => -40, _ => 0 },
        10 => label switch { Labels.F => 101, Labels.T => -2, _ => 0 },
        11 => label switch { Labels.F => 76, Labels.T => -25, _ => 0 },
        12 => label switch { Labels.F => 96, Labels.P => -2, _ => 0 },
        13 => label switch { Labels.F => 196, Labels.T => -81, _ => 0 },
        14 => label switch { Labels.F => 60, Labels.P => -53, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        0 => label switch { Labels.F => 7, Labels.T => -52, _ => 0 },
        1 => label switch { Labels.F => 20, Labels.T => -10, _ => 0 },
        2 => label switch { Labels.P => 10, Labels.T => -14, _ => 0 },
        4 => label switch { Labels.F => 30, Labels.T => -16, _ => 0 },
        9 => label switch { Labels.P => 4, Labels.T => -6, _ => 0 },
        12 => label switch { Labels.P => 1, Labels.T => -11, _ => 0 },
        13 => label switch { Labels.F => 13, Labels.T => -8, _ => 0 },
        14 => label switch { Labels.P => 1, Labels.T => -16, _ => 0 },
        15 => label switch { Labels.F => 24, Labels.T => -11, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_1 adds to each label's total.
    [Votes(nameof(Mlp1_1))]
    static int Mlp1_1Votes(int mlp1_1, Labels label) => mlp1_1 switch
    {
        4 => label switch { Labels.F => 2, Labels.P => -24, _ => 0 },
        14 => label switch { Labels.P => 10, Labels.T => -28, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(Tokens head2_0, Labels label) => head2_0 switch
    {
        Tokens.Bos => label switch { Labels.F => -1, Labels.P => 17, _ => 0 },
        Tokens.OpenParen => label switch { Labels.F => -10, Labels.P => 8, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 87, Labels.P => -119, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => -17, Labels.T => 1, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 110, Labels.P => -32, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_1 adds to each label's total.
    [Votes(nameof(Head2_1))]
    static int Head2_1Votes(int head2_1, Labels label) => head2_1 switch
    {
        0 => label switch { Labels.F => -1, Labels.T => 21, _ => 0 },
        4 => label switch { Labels.F => 28, Labels.P => -21, _ => 0 },
        14 => label switch { Labels.F => 15, Labels.P => -26, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.F => -46, Labels.T => 47, _ => 0 },
        1 => label switch { Labels.P => -7, Labels.T => 51, _ => 0 },
        2 => label switch { Labels.P => -3, Labels.T => 50, _ => 0 },
        3 => label switch { Labels.F => -4, Labels.T => 61, _ => 0 },
        4 => label switch { Labels.F => -18, Labels.T => 68, _ => 0 },
        5 => label switch { Labels.F => -30, Labels.T => 67, _ => 0 },
        6 => label switch { Labels.F => -30, Labels.T => 71, _ => 0 },
        7 => label switch { Labels.F => -51, Labels.T => 67, _ => 0 },
        8 => label switch { Labels.F => -48, Labels.T => 103, _ => 0 },
        9 => label switch { Labels.F => -42, Labels.T => 71, _ => 0 },
        10 => label switch { Labels.F => -43, Labels.T => 118, _ => 0 },
        11 => label switch { Labels.F => -141, Labels.T => 87, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.P => 32, Labels.T => -110, _ => 0 },
        1 => label switch { Labels.P => 12, Labels.T => -39, _ => 0 },
        2 => label switch { Labels.P => -25, Labels.T => 7, _ => 0 },
        3 => label switch { Labels.P => -41, Labels.T => 79, _ => 0 },
        4 => label switch { Labels.P => -65, Labels.T => 130, _ => 0 },
        5 => label switch { Labels.P => -114, Labels.T => 171, _ => 0 },
        6 => label switch { Labels.P => -136, Labels.T => 249, _ => 0 },
        7 => label switch { Labels.F => 284, Labels.T => -270, _ => 0 },
        8 => label switch { Labels.F => 141, Labels.T => -190, _ => 0 },
        9 => label switch { Labels.P => 106, Labels.T => -33, _ => 0 },
        10 => label switch { Labels.P => 79, Labels.T => -9, _ => 0 },
        11 => label switch { Labels.F => -9, Labels.P => 29, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        12 => label switch { Labels.F => 22, Labels.T => -23, _ => 0 },
        13 => label switch { Labels.F => 14, Labels.T => -4, _ => 0 },
        16 => label switch { Labels.P => 14, Labels.T => -11, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_1 adds to each label's total.
    [Votes(nameof(Mlp2_1))]
    static int Mlp2_1Votes(int mlp2_1, Labels label) => mlp2_1 switch
    {
        1 => label switch { Labels.F => 37, Labels.T => -49, _ => 0 },
        2 => label switch { Labels.P => 21, Labels.T => -145, _ => 0 },
        3 => label switch { Labels.P => -74, Labels.T => 38, _ => 0 },
        4 => label switch { Labels.F => -11, Labels.P => 9, _ => 0 },
        11 => label switch { Labels.F => 39, Labels.T => -20, _ => 0 },
        12 => label switch { Labels.F => 28, Labels.P => -14, _ => 0 },
        13 => label switch { Labels.P => 23, Labels.T => -83, _ => 0 },
        15 => label switch { Labels.F => -3, Labels.T => 12, _ => 0 },
        16 => label switch { Labels.F => -20, Labels.P => 5, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head3_0 adds to each label's total.
    [Votes(nameof(Head3_0))]
    static int Head3_0Votes(Tokens head3_0, Labels label) => head3_0 switch
    {
        Tokens.Bos => label switch { Labels.F => -42, Labels.P => 14, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 590, Labels.T => -125, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 597, Labels.T => -131, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head3_1 adds to each label's total.
    [Votes(nameof(Head3_1))]
    static int Head3_1Votes(Tokens head3_1, Labels label) => head3_1 switch
    {
        Tokens.Bos => label switch { Labels.P => 9, Labels.T => -33, _ => 0 },
        Tokens.OpenParen => label switch { Labels.P => 11, Labels.T => -30, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 49, Labels.T => -33, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 6, Labels.T => -39, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 18, Labels.T => -50, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count3_0 adds to each label's total.
    [Votes(nameof(Count3_0))]
    static int Count3_0Votes(int count3_0, Labels label) => count3_0 switch
    {
        0 => label switch { Labels.F => -105, Labels.P => 5, _ => 0 },
        1 => label switch { Labels.F => 316, Labels.P => -42, _ => 0 },
        2 => label switch { Labels.F => 527, Labels.P => -41, _ => 0 },
        3 => label switch { Labels.F => 513, Labels.P => -22, _ => 0 },
        4 => label switch { Labels.F => 438, Labels.P => -60, _ => 0 },
        5 => label switch { Labels.F => 415, Labels.T => -14, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count3_1 adds to each label's total.
    [Votes(nameof(Count3_1))]
    static int Count3_1Votes(int count3_1, Labels label) => count3_1 switch
    {
        0 => label switch { Labels.F => -94, Labels.P => 5, _ => 0 },
        1 => label switch { Labels.F => 17, Labels.P => -22, _ => 0 },
        2 => label switch { Labels.F => 68, Labels.P => -15, _ => 0 },
        3 => label switch { Labels.F => 117, Labels.P => -1, _ => 0 },
        4 => label switch { Labels.F => 141, Labels.T => -13, _ => 0 },
        5 => label switch { Labels.F => 163, Labels.T => -34, _ => 0 },
        6 => label switch { Labels.F => 209, Labels.T => -117, _ => 0 },
        7 => label switch { Labels.F => 370, Labels.T => -94, _ => 0 },
        8 => label switch { Labels.F => 6, Labels.T => -195, _ => 0 },
        9 => label switch { Labels.F => -17, Labels.P => 31, _ => 0 },
        10 => label switch { Labels.F => -48, Labels.P => 2, _ => 0 },
        11 => label switch { Labels.F => 14, Labels.T => -16, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp3_0 adds to each label's total.
    [Votes(nameof(Mlp3_0))]
    static int Mlp3_0Votes(int mlp3_0, Labels label) => mlp3_0 switch
    {
        1 => label switch { Labels.F => -5, Labels.P => 10, _ => 0 },
        4 => label == Labels.T ? -39 : 0,
        5 => label switch { Labels.F => 36, Labels.T => -98, _ => 0 },
        7 => label switch { Labels.F => 34, Labels.T => -89, _ => 0 },
        8 => label == Labels.T ? 41 : 0,
        9 => label switch { Labels.F => -10, Labels.T => 50, _ => 0 },
        12 => label switch { Labels.P => 8, Labels.T => -37, _ => 0 },
        13 => label switch { Labels.F => 16, Labels.P => -50, _ => 0 },
        14 => label switch { Labels.F => 9, Labels.T => -40, _ => 0 },
        15 => label switch { Labels.P => 6, Labels.T => -35, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp3_1 adds to each label's total.
    [Votes(nameof(Mlp3_1))]
    static int Mlp3_1Votes(int mlp3_1, Labels label) => mlp3_1 switch
    {
        2 => label switch { Labels.F => 8, Labels.P => -13, _ => 0 },
        3 => label switch { Labels.F => 30, Labels.T => -3, _ => 0 },
        5 => label switch { Labels.F => 9, Labels.P => -15, _ => 0 },
        7 => label switch { Labels.F => 36, Labels.T => -18, _ => 0 },
        9 => label switch { Labels.P => 12, Labels.T => -98, _ => 0 },
        12 => label switch { Labels.F => 26, Labels.T => -7, _ => 0 },
        13 => label switch { Labels.P => 5, Labels.T => -10, _ => 0 },
        14 => label switch { Labels.F => 3, Labels.P => -3, _ => 0 },
        16 => label switch { Labels.P => 13, Labels.T => -61, _ => 0 },
        _ => 0,
    };

    [Mlp]
    void Step()
    {
        switch (Layer)
        {
            case Layers.Layer0:
                Head0_0 = Head0_0Read ?? Tokens.Bos;
                Head0_1 = Head0_1Read ?? Tokens.Bos;
                Count0_0 = Count0_0Read ?? 0;
                Count0_1 = Count0_1Read ?? 0;
                Mlp0_0 = Mlp0_0Of(Head0_1);
                Mlp0_1 = Mlp0_1Of(Head0_1);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Tokens.Bos;
                Head1_1 = Head1_1Read ?? Head0_1AtBos ?? default;
                Count1_0 = Count1_0Read ?? 0;
                Count1_1 = Count1_1Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Head0_1, Head0_0);
                Mlp1_1 = Mlp1_1Of(Head0_1);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Head1_1AtBos ?? default;
                Head2_1 = Head2_1Read ?? Mlp1_1AtBos ?? default;
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Head0_0);
                Mlp2_1 = Mlp2_1Of(Head0_1, Token);
                Layer = Layers.Layer3;
                break;
            case Layers.Layer3:
                Head3_0 = Head3_0Read ?? Tokens.Bos;
                Head3_1 = Head3_1Read ?? Tokens.Bos;
                Count3_0 = Count3_0Read ?? 0;
                Count3_1 = Count3_1Read ?? 0;
                Mlp3_0 = Mlp3_0Of(Token, Head0_0);
                Mlp3_1 = Mlp3_1Of(Token, Head0_1);
                Layer = Layers.Done;
                break;
        }
    }
}
