// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'dyck2'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn dyck2 --layers 3 --heads 4 --counts 4 --mlps 2 --epochs 250 --batch 64 --lr 0.05 --loss-mean sequence --size 5000 --seed 0
// Test accuracy of the learned model: 97.21%; this class computes exactly what that model computes.
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

    public enum Layers { Layer0, Layer1, Layer2, Done }

    [FromToken(nameof(TokenOf))] public Tokens Token;
    [FromPosition] [Categorical(16)] public int Position;
    public Layers Layer;
    [Readout] public Labels Output;

    static Tokens TokenOf(int token) => (Tokens)token;

    // Layer 0: copies Token from the nearest position whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Value = nameof(Token), Where = nameof(Head0_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head0_0Read;
    public Tokens Head0_0;

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head0_1Read;
    public Tokens Head0_1;

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head0_2Read;
    public Tokens Head0_2;

    // Layer 0: copies Token from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Token), Where = nameof(Head0_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head0_3Read;
    public Tokens Head0_3;

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(17)] public int Count0_0;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(17)] public int Count0_1;

    // Layer 0: counts the positions whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Where = nameof(Count0_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_2Read;
    [Categorical(17)] public int Count0_2;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_3Read;
    [Categorical(17)] public int Count0_3;

    // Layer 0: a table of Head0_1.
    [Categorical(17)] public int Mlp0_0;

    // Layer 0: a table of Head0_1.
    [Categorical(17)] public int Mlp0_1;

    // Layer 1: copies Mlp0_0 from the nearest position whose Head0_0 matches my Head0_3.
    [Attend(Query = nameof(Head0_3), Key = nameof(Head0_0), Value = nameof(Mlp0_0), Where = nameof(Head1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public int? Head1_0Read;
    [Categorical(17)] public int Head1_0;

    // Layer 1: copies Token from the nearest position whose Head0_0 matches my Count0_2.
    [Attend(Query = nameof(Count0_2), Key = nameof(Head0_0), Value = nameof(Token), Where = nameof(Head1_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head1_1Read;
    public Tokens Head1_1;

    // Layer 1: copies Token from the nearest position whose Head0_0 matches my Count0_2.
    [Attend(Query = nameof(Count0_2), Key = nameof(Head0_0), Value = nameof(Token), Where = nameof(Head1_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head1_2Read;
    public Tokens Head1_2;

    // Layer 1: copies Mlp0_0 from the nearest position whose Head0_0 matches my Head0_3.
    [Attend(Query = nameof(Head0_3), Key = nameof(Head0_0), Value = nameof(Mlp0_0), Where = nameof(Head1_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public int? Head1_3Read;
    [Categorical(17)] public int Head1_3;

    // Layer 1: counts the positions whose Token matches my Count0_2.
    [Attend(Query = nameof(Count0_2), Key = nameof(Token), Where = nameof(Count1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(17)] public int Count1_0;

    // Layer 1: counts the positions whose Head0_2 matches my Head0_3.
    [Attend(Query = nameof(Head0_3), Key = nameof(Head0_2), Where = nameof(Count1_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_1Read;
    [Categorical(17)] public int Count1_1;

    // Layer 1: counts the positions whose Token matches my Head0_3.
    [Attend(Query = nameof(Head0_3), Key = nameof(Token), Where = nameof(Count1_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_2Read;
    [Categorical(17)] public int Count1_2;

    // Layer 1: counts the positions whose Mlp0_0 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Mlp0_0), Where = nameof(Count1_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_3Read;
    [Categorical(17)] public int Count1_3;

    // Layer 1: a table of Head0_3.
    [Categorical(17)] public int Mlp1_0;

    // Layer 1: a table of Head0_3 and Head0_1.
    [Categorical(17)] public int Mlp1_1;

    // Layer 2: copies Head0_0 from the nearest position whose Count0_3 matches my Mlp0_1.
    [Attend(Query = nameof(Mlp0_1), Key = nameof(Count0_3), Value = nameof(Head0_0), Where = nameof(Head2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head2_0Read;
    public Tokens Head2_0;

    // Layer 2: copies Head1_1 from the nearest position whose Count0_3 matches my Head1_1.
    [Attend(Query = nameof(Head1_1), Key = nameof(Count0_3), Value = nameof(Head1_1), Where = nameof(Head2_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head2_1Read;
    public Tokens Head2_1;

    // Layer 2: copies Token from the nearest position whose Count0_3 matches my Count1_0.
    [Attend(Query = nameof(Count1_0), Key = nameof(Count0_3), Value = nameof(Token), Where = nameof(Head2_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head2_2Read;
    public Tokens Head2_2;

    // Layer 2: copies Head1_3 from the nearest position whose Head0_0 matches my Count1_0.
    [Attend(Query = nameof(Count1_0), Key = nameof(Head0_0), Value = nameof(Head1_3), Where = nameof(Head2_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public int? Head2_3Read;
    [Categorical(17)] public int Head2_3;

    // Layer 2: counts the positions whose Mlp0_1 matches my Head1_2.
    [Attend(Query = nameof(Head1_2), Key = nameof(Mlp0_1), Where = nameof(Count2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(17)] public int Count2_0;

    // Layer 2: counts the positions whose Head0_2 matches my Head0_3.
    [Attend(Query = nameof(Head0_3), Key = nameof(Head0_2), Where = nameof(Count2_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(17)] public int Count2_1;

    // Layer 2: counts the positions whose Count0_3 matches my Head0_3.
    [Attend(Query = nameof(Head0_3), Key = nameof(Count0_3), Where = nameof(Count2_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_2Read;
    [Categorical(17)] public int Count2_2;

    // Layer 2: counts the positions whose Token matches my Head1_1.
    [Attend(Query = nameof(Head1_1), Key = nameof(Token), Where = nameof(Count2_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_3Read;
    [Categorical(17)] public int Count2_3;

    // Layer 2: a table of Head1_1 and Head0_1.
    [Categorical(17)] public int Mlp2_0;

    // Layer 2: a table of Token and Head0_1.
    [Categorical(17)] public int Mlp2_1;

    // Head0_0 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_0), Where = nameof(AtBos))]
    public Tokens? Head0_0AtBos;

    // Mlp0_0 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Mlp0_0), Where = nameof(AtBos))]
    public int? Mlp0_0AtBos;

    // Head1_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_1), Where = nameof(AtBos))]
    public Tokens? Head1_1AtBos;

    // Head1_3 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_3), Where = nameof(AtBos))]
    public int? Head1_3AtBos;

    static bool AtBos(int query, int key) => key == 0;

    static bool Head0_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => key == Tokens.Bos,
        Tokens.OpenParen => key == Tokens.CloseParen,
        Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => key == Tokens.CloseBrace,
    };

    static bool Head0_1Selects(int query, int key) => query switch
    {
        1 or 2 => key == 1,
        3 => key == 2,
        5 => key == 4,
        6 => key == 5,
        7 => key == 6,
        8 => key == 7,
        9 => key == 8,
        10 => key == 9,
        11 => key == 10,
        12 => key == 11,
        13 => key == 12,
        14 => key == 13,
        15 => key == 14,
        _ => key == 3,
    };

    static bool Head0_2Selects(int query, int key) => query switch
    {
        0 => key == 8,
        3 or 4 => key == 3,
        5 => key == 4,
        6 => key == 5,
        7 => key == 10,
        8 or 10 or 15 => key == 2,
        9 => key == 12,
        11 or 13 => key == 14,
        _ => key == 1,
    };

    static bool Head0_3Selects(int query, Tokens key) => query switch
    {
        0 => false,
        1 => key == Tokens.Bos,
        9 or 10 or 11 or 12 or 13 or 14 or 15 => key == Tokens.OpenBrace,
        _ => key == Tokens.CloseParen,
    };

    static bool Count0_0Selects(int query, Tokens key) => query switch
    {
        1 => key == Tokens.OpenBrace,
        3 => key == Tokens.OpenParen,
        5 => key == Tokens.Bos,
        7 or 9 or 11 or 13 or 15 => key == Tokens.CloseParen,
        _ => false,
    };

    static bool Count0_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => false,
        Tokens.OpenParen or Tokens.CloseBrace => key == Tokens.OpenParen,
        _ => key == Tokens.OpenBrace,
    };

    static bool Count0_2Selects(int query, int key) => query switch
    {
        0 or 14 => key == 12,
        1 or 3 => key == 3,
        4 or 9 => key == 2,
        5 or 6 or 10 => key == 5,
        7 => key == 6,
        8 => key == 1,
        13 => key == 8,
        15 => key == 9,
        _ => key == 4,
    };

    static bool Count0_3Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.OpenParen => key == Tokens.CloseBrace,
        Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.OpenBrace => key == Tokens.CloseParen,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => key == Tokens.Bos,
    };

    // Layer 0: a table of Head0_1.
    static int Mlp0_0Of(Tokens head0_1) => head0_1 switch
    {
        Tokens.Bos => 0,
        Tokens.OpenParen => 9,
        Tokens.OpenBrace => 14,
        _ => 11,
    };

    // Layer 0: a table of Head0_1.
    static int Mlp0_1Of(Tokens head0_1) => head0_1 switch
    {
        Tokens.Pad => 9,
        Tokens.Bos => 16,
        Tokens.CloseParen => 3,
        Tokens.CloseBrace => 5,
        _ => 4,
    };

    static bool Head1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.CloseParen,
        Tokens.CloseBrace => false,
        _ => key == Tokens.OpenParen,
    };

    static bool Head1_1Selects(int query, Tokens key) => key == Tokens.Bos;

    static bool Head1_2Selects(int query, Tokens key) => query switch
    {
        12 => key == Tokens.CloseParen,
        _ => key == Tokens.Bos,
    };

    static bool Head1_3Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad or Tokens.OpenParen => key == Tokens.Pad,
        _ => key == Tokens.OpenBrace,
    };

    static bool Count1_0Selects(int query, Tokens key) => query switch
    {
        1 or 3 or 5 or 9 or 10 or 11 or 12 => key == Tokens.CloseParen,
        6 or 7 or 15 => false,
        _ => key == Tokens.CloseBrace,
    };

    static bool Count1_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.OpenParen => key == Tokens.CloseParen,
        Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.OpenBrace => key == Tokens.CloseBrace,
        _ => key == Tokens.OpenBrace,
    };

    static bool Count1_2Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.OpenParen => false,
        Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.OpenBrace => key == Tokens.CloseBrace,
        _ => key == Tokens.OpenBrace,
    };

    static bool Count1_3Selects(Tokens query, int key) => query switch
    {
        Tokens.Bos or Tokens.OpenParen or Tokens.CloseBrace => key == 5,
        _ => key == 3,
    };

    // Layer 1: a table of Head0_3.
    static int Mlp1_0Of(Tokens head0_3) => head0_3 switch
    {
        Tokens.OpenParen => 15,
        Tokens.CloseParen or Tokens.CloseBrace => 0,
        Tokens.OpenBrace => 16,
        _ => 13,
    };

    // Layer 1: a table of Head0_3 and Head0_1.
    static int Mlp1_1Of(Tokens head0_3, Tokens head0_1) => head0_3 switch
    {
        Tokens.Bos => head0_1 switch
        {
            Tokens.Pad => 0,
            Tokens.CloseParen => 8,
            Tokens.OpenBrace => 15,
            Tokens.CloseBrace => 13,
            _ => 12,
        },
        Tokens.OpenParen => head0_1 switch
        {
            Tokens.Bos => 12,
            Tokens.OpenParen => 13,
            Tokens.CloseParen => 10,
            Tokens.OpenBrace => 0,
            Tokens.CloseBrace => 3,
            _ => 14,
        },
        Tokens.CloseParen => head0_1 switch
        {
            Tokens.OpenParen => 9,
            Tokens.CloseParen => 11,
            Tokens.CloseBrace => 14,
            _ => 3,
        },
        Tokens.OpenBrace => head0_1 switch
        {
            Tokens.Bos => 1,
            Tokens.CloseParen => 3,
            Tokens.OpenBrace => 13,
            Tokens.CloseBrace => 9,
            _ => 2,
        },
        Tokens.CloseBrace => head0_1 switch
        {
            Tokens.Pad => 5,
            Tokens.Bos => 12,
            Tokens.OpenParen => 8,
            Tokens.CloseBrace => 11,
            _ => 10,
        },
        _ => head0_1 switch
        {
            Tokens.Pad => 8,
            Tokens.CloseParen => 15,
            Tokens.OpenBrace => 1,
            Tokens.CloseBrace => 5,
            _ => 16,
        },
    };

    static bool Head2_0Selects(int query, int key) => query switch
    {
        8 => key == 1,
        _ => key == 0,
    };

    static bool Head2_1Selects(Tokens query, int key) => query switch
    {
        Tokens.CloseBrace => key == 1,
        _ => key == 0,
    };

    static bool Head2_2Selects(int query, int key) => query switch
    {
        3 or 5 => key == 1,
        6 or 7 => key == 2,
        8 => key == 3,
        9 => key == 13,
        _ => key == 0,
    };

    static bool Head2_3Selects(int query, Tokens key) => query switch
    {
        0 or 11 or 12 or 13 or 15 => key == Tokens.Bos,
        2 => false,
        5 or 6 => key == Tokens.CloseBrace,
        7 or 8 => key == Tokens.CloseParen,
        _ => key == Tokens.Pad,
    };

    static bool Count2_0Selects(Tokens query, int key) => query switch
    {
        Tokens.OpenParen or Tokens.CloseBrace => key == 5,
        _ => key == 3,
    };

    static bool Count2_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.CloseParen or Tokens.OpenBrace => key == Tokens.CloseParen,
        _ => key == Tokens.CloseBrace,
    };

    static bool Count2_2Selects(Tokens query, int key) => query switch
    {
        Tokens.Bos or Tokens.CloseParen => key == 2,
        Tokens.OpenParen => key == 3,
        Tokens.OpenBrace => key == 12,
        _ => key == 4,
    };

    static bool Count2_3Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.OpenParen => key == Tokens.CloseParen,
        Tokens.CloseParen => key == Tokens.Bos,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => key == Tokens.CloseBrace,
    };

    // Layer 2: a table of Head1_1 and Head0_1.
    static int Mlp2_0Of(Tokens head1_1, Tokens head0_1) => head1_1 switch
    {
        Tokens.Bos => head0_1 switch
        {
            Tokens.Pad => 7,
            Tokens.Bos => 3,
            Tokens.CloseParen => 11,
            Tokens.CloseBrace => 12,
            _ => 5,
        },
        Tokens.OpenParen => head0_1 switch
        {
            Tokens.Bos => 14,
            Tokens.OpenParen => 0,
            Tokens.CloseParen => 1,
            Tokens.CloseBrace => 16,
            _ => 2,
        },
        Tokens.CloseParen => head0_1 switch
        {
            Tokens.Pad => 4,
            Tokens.OpenParen => 7,
            Tokens.CloseBrace => 11,
            _ => 15,
        },
        Tokens.OpenBrace => head0_1 switch
        {
            Tokens.Bos => 14,
            Tokens.OpenParen => 12,
            Tokens.CloseParen => 11,
            Tokens.OpenBrace => 0,
            Tokens.CloseBrace => 7,
            _ => 2,
        },
        Tokens.CloseBrace => head0_1 switch
        {
            Tokens.Bos => 4,
            Tokens.OpenParen => 12,
            Tokens.CloseParen => 11,
            Tokens.OpenBrace => 2,
            Tokens.CloseBrace => 15,
            _ => 10,
        },
        _ => head0_1 switch
        {
            Tokens.Bos => 7,
            Tokens.OpenParen => 14,
            Tokens.CloseParen => 12,
            Tokens.OpenBrace => 6,
            Tokens.CloseBrace => 4,
            _ => 0,
        },
    };

    // Layer 2: a table of Token and Head0_1.
    static int Mlp2_1Of(Tokens token, Tokens head0_1) => token switch
    {
        Tokens.Bos => head0_1 switch
        {
            Tokens.Pad => 8,
            Tokens.CloseParen => 9,
            Tokens.CloseBrace => 16,
            _ => 1,
        },
        Tokens.OpenParen => head0_1 switch
        {
            Tokens.Pad => 12,
            Tokens.OpenParen => 2,
            Tokens.CloseParen => 7,
            Tokens.CloseBrace => 3,
            _ => 1,
        },
        Tokens.CloseParen => head0_1 switch
        {
            Tokens.Bos => 6,
            Tokens.OpenParen => 13,
            Tokens.OpenBrace => 9,
            Tokens.CloseBrace => 5,
            _ => 8,
        },
        Tokens.OpenBrace => head0_1 switch
        {
            Tokens.Pad => 4,
            Tokens.OpenParen => 12,
            Tokens.CloseParen => 2,
            Tokens.CloseBrace => 7,
            _ => 3,
        },
        Tokens.CloseBrace => head0_1 switch
        {
            Tokens.Bos => 1,
            Tokens.OpenParen => 10,
            Tokens.CloseParen => 16,
            Tokens.OpenBrace => 13,
            Tokens.CloseBrace => 8,
            _ => 9,
        },
        _ => head0_1 switch
        {
            Tokens.Bos => 3,
            Tokens.OpenParen => 0,
            Tokens.CloseParen => 1,
            Tokens.OpenBrace => 14,
            Tokens.CloseBrace => 8,
            _ => 16,
        },
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.OpenParen => label switch { Labels.P => 4, Labels.T => -24, _ => 0 },
        Tokens.CloseParen => label switch { Labels.P => -4, Labels.T => 8, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 2, Labels.T => -32, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.P => -6, Labels.T => 7, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.F => -26, Labels.P => 39, _ => 0 },
        2 => label switch { Labels.F => -39, Labels.T => 57, _ => 0 },
        3 => label switch { Labels.P => 7, Labels.T => -36, _ => 0 },
        4 => label switch { Labels.F => -2, Labels.P => 2, _ => 0 },
        5 => label switch { Labels.P => 3, Labels.T => -48, _ => 0 },
        6 => label switch { Labels.P => 3, Labels.T => -3, _ => 0 },
        7 => label switch { Labels.F => 2, Labels.T => -28, _ => 0 },
        8 => label switch { Labels.F => 3, Labels.T => -2, _ => 0 },
        9 => label switch { Labels.P => 2, Labels.T => -28, _ => 0 },
        10 => label == Labels.T ? -1 : 0,
        11 => label switch { Labels.F => 1, Labels.T => -33, _ => 0 },
        12 => label switch { Labels.P => -2, Labels.T => 4, _ => 0 },
        13 => label switch { Labels.F => 4, Labels.T => -42, _ => 0 },
        14 => label switch { Labels.P => -5, Labels.T => 10, _ => 0 },
        15 => label switch { Labels.F => 6, Labels.T => -43, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.Bos => label == Labels.P ? 7 : 0,
        Tokens.OpenParen => label == Labels.F ? 3 : 0,
        Tokens.CloseParen => label == Labels.F ? 8 : 0,
        Tokens.OpenBrace => label switch { Labels.F => 5, Labels.T => -1, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 9, Labels.T => -20, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_1 adds to each label's total.
    [Votes(nameof(Head0_1))]
    static int Head0_1Votes(Tokens head0_1, Labels label) => head0_1 switch
    {
        Tokens.OpenParen => label == Labels.T ? -3 : 0,
        Tokens.CloseParen => label switch { Labels.F => 4, Labels.P => -2, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => 1, Labels.T => -5, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 7, Labels.P => -3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_2 adds to each label's total.
    [Votes(nameof(Head0_2))]
    static int Head0_2Votes(Tokens head0_2, Labels label) => head0_2 switch
    {
        Tokens.Bos => label switch { Labels.P => 2, Labels.T => -16, _ => 0 },
        Tokens.OpenParen or Tokens.OpenBrace => label switch { Labels.F => -2, Labels.P => 1, _ => 0 },
        Tokens.CloseParen => label == Labels.T ? -2 : 0,
        Tokens.CloseBrace => label switch { Labels.F => 5, Labels.T => -4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_3 adds to each label's total.
    [Votes(nameof(Head0_3))]
    static int Head0_3Votes(Tokens head0_3, Labels label) => head0_3 switch
    {
        Tokens.Bos => label switch { Labels.F => 7, Labels.T => -8, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 7, Labels.T => -4, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => 7, Labels.T => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        0 => label switch { Labels.P => 1, Labels.T => -1, _ => 0 },
        1 => label switch { Labels.F => -1, Labels.P => 1, _ => 0 },
        2 => label switch { Labels.P => 4, Labels.T => -8, _ => 0 },
        3 => label switch { Labels.P => 6, Labels.T => -10, _ => 0 },
        4 => label switch { Labels.P => 7, Labels.T => -20, _ => 0 },
        5 => label switch { Labels.P => 10, Labels.T => -37, _ => 0 },
        6 => label switch { Labels.P => 16, Labels.T => -77, _ => 0 },
        7 => label switch { Labels.P => 28, Labels.T => -91, _ => 0 },
        8 => label switch { Labels.F => 137, Labels.P => -3, _ => 0 },
        9 => label switch { Labels.F => 61, Labels.P => -38, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch { Labels.P => -2, Labels.T => 39, _ => 0 },
        1 => label switch { Labels.P => -4, Labels.T => 4, _ => 0 },
        2 => label switch { Labels.F => 4, Labels.T => -6, _ => 0 },
        3 => label switch { Labels.F => 3, Labels.T => -18, _ => 0 },
        4 => label switch { Labels.F => 1, Labels.T => -29, _ => 0 },
        5 => label switch { Labels.P => 1, Labels.T => -39, _ => 0 },
        6 => label switch { Labels.P => 3, Labels.T => -51, _ => 0 },
        7 => label switch { Labels.P => 2, Labels.T => -132, _ => 0 },
        8 => label switch { Labels.F => 2, Labels.T => -276, _ => 0 },
        9 => label switch { Labels.F => 4, Labels.T => -106, _ => 0 },
        10 => label switch { Labels.F => -17, Labels.P => 37, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_3 adds to each label's total.
    [Votes(nameof(Count0_3))]
    static int Count0_3Votes(int count0_3, Labels label) => count0_3 switch
    {
        0 => label == Labels.T ? -10 : 0,
        1 => label switch { Labels.P => -4, Labels.T => 15, _ => 0 },
        2 => label switch { Labels.P => -3, Labels.T => 7, _ => 0 },
        3 => label == Labels.P ? -1 : 0,
        4 => label switch { Labels.P => 3, Labels.T => -8, _ => 0 },
        5 => label switch { Labels.P => 5, Labels.T => -20, _ => 0 },
        6 => label switch { Labels.P => 7, Labels.T => -32, _ => 0 },
        7 => label switch { Labels.P => 7, Labels.T => -52, _ => 0 },
        8 => label switch { Labels.F => 3, Labels.T => -99, _ => 0 },
        9 => label switch { Labels.P => 10, Labels.T => -61, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        9 => label == Labels.F ? 7 : 0,
        11 => label switch { Labels.F => 4, Labels.T => -7, _ => 0 },
        14 => label switch { Labels.F => 8, Labels.P => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_1 adds to each label's total.
    [Votes(nameof(Mlp0_1))]
    static int Mlp0_1Votes(int mlp0_1, Labels label) => mlp0_1 switch
    {
        3 => label == Labels.P ? -1 : 0,
        4 => label switch { Labels.F => 5, Labels.P => -1, _ => 0 },
        5 => label == Labels.T ? -4 : 0,
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(int head1_0, Labels label) => head1_0 switch
    {
        0 => label switch { Labels.F => 10, Labels.T => -19, _ => 0 },
        9 => label switch { Labels.F => -19, Labels.T => 3, _ => 0 },
        11 => label switch { Labels.F => -9, Labels.T => 3, _ => 0 },
        14 => label switch { Labels.F => 358, Labels.T => -81, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_1 adds to each label's total.
    [Votes(nameof(Head1_1))]
    static int Head1_1Votes(Tokens head1_1, Labels label) => head1_1 switch
    {
        Tokens.OpenParen => label switch { Labels.F => -3, Labels.P => 9, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 105, Labels.T => -32, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => -12, Labels.P => 5, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 98, Labels.T => -49, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_2 adds to each label's total.
    [Votes(nameof(Head1_2))]
    static int Head1_2Votes(Tokens head1_2, Labels label) => head1_2 switch
    {
        Tokens.OpenParen => label == Labels.T ? -3 : 0,
        Tokens.CloseParen => label switch { Labels.F => 100, Labels.T => -35, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => -4, Labels.P => 4, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 72, Labels.T => -59, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_3 adds to each label's total.
    [Votes(nameof(Head1_3))]
    static int Head1_3Votes(int head1_3, Labels label) => head1_3 switch
    {
        0 => label switch { Labels.F => 1, Labels.T => -21, _ => 0 },
        9 => label switch { Labels.F => 297, Labels.T => -49, _ => 0 },
        11 => label switch { Labels.F => -8, Labels.T => 5, _ => 0 },
        14 => label switch { Labels.F => -17, Labels.T => 6, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label == Labels.T ? -2 : 0,
        1 => label switch { Labels.F => 4, Labels.T => -2, _ => 0 },
        2 => label switch { Labels.F => 3, Labels.P => -1, _ => 0 },
        3 => label switch { Labels.F => -2, Labels.T => 4, _ => 0 },
        4 => label switch { Labels.F => -7, Labels.T => 7, _ => 0 },
        5 => label switch { Labels.F => -8, Labels.T => 12, _ => 0 },
        6 => label switch { Labels.F => -8, Labels.T => 19, _ => 0 },
        7 => label switch { Labels.P => 1, Labels.T => -1, _ => 0 },
        8 => label switch { Labels.F => 563, Labels.T => -222, _ => 0 },
        9 => label switch { Labels.F => 208, Labels.T => -159, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.F => -8, Labels.T => 1, _ => 0 },
        1 => label switch { Labels.F => -3, Labels.T => 4, _ => 0 },
        2 => label switch { Labels.F => 3, Labels.P => -3, _ => 0 },
        3 => label switch { Labels.F => 6, Labels.P => -1, _ => 0 },
        4 => label switch { Labels.F => 8, Labels.T => -3, _ => 0 },
        5 => label switch { Labels.F => 9, Labels.T => -2, _ => 0 },
        6 => label == Labels.F ? 13 : 0,
        7 => label switch { Labels.F => 15, Labels.T => -18, _ => 0 },
        8 => label switch { Labels.F => 11, Labels.P => -5, _ => 0 },
        9 => label switch { Labels.F => 1, Labels.T => -10, _ => 0 },
        10 => label == Labels.P ? -7 : 0,
        11 => label switch { Labels.F => -31, Labels.P => 7, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_2 adds to each label's total.
    [Votes(nameof(Count1_2))]
    static int Count1_2Votes(int count1_2, Labels label) => count1_2 switch
    {
        0 => label switch { Labels.F => 5, Labels.P => -5, _ => 0 },
        1 => label switch { Labels.F => 6, Labels.T => -5, _ => 0 },
        2 => label switch { Labels.F => 1, Labels.T => -4, _ => 0 },
        3 => label switch { Labels.F => -4, Labels.P => 2, _ => 0 },
        4 => label switch { Labels.F => -11, Labels.T => 1, _ => 0 },
        5 => label switch { Labels.F => -13, Labels.T => 4, _ => 0 },
        6 => label switch { Labels.F => -17, Labels.T => 9, _ => 0 },
        7 => label switch { Labels.F => -3, Labels.P => 19, _ => 0 },
        8 => label switch { Labels.F => -2, Labels.T => 14, _ => 0 },
        9 => label switch { Labels.F => -9, Labels.T => 12, _ => 0 },
        10 => label switch { Labels.F => -23, Labels.T => 6, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_3 adds to each label's total.
    [Votes(nameof(Count1_3))]
    static int Count1_3Votes(int count1_3, Labels label) => count1_3 switch
    {
        0 => label == Labels.F ? 3 : 0,
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        0 => label switch { Labels.P => 3, Labels.T => -3, _ => 0 },
        13 => label switch { Labels.F => 2, Labels.T => -9, _ => 0 },
        16 => label switch { Labels.F => 3, Labels.P => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_1 adds to each label's total.
    [Votes(nameof(Mlp1_1))]
    static int Mlp1_1Votes(int mlp1_1, Labels label) => mlp1_1 switch
    {
        3 => label switch { Labels.F => 1, Labels.T => -2, _ => 0 },
        8 => label switch { Labels.F => -7, Labels.T => 5, _ => 0 },
        9 => label switch { Labels.F => 4, Labels.T => -4, _ => 0 },
        11 => label switch { Labels.F => 5, Labels.T => -4, _ => 0 },
        12 => label == Labels.T ? 7 : 0,
        13 => label switch { Labels.F => 4, Labels.T => -2, _ => 0 },
        14 => label switch { Labels.F => 5, Labels.T => -2, _ => 0 },
        15 => label switch { Labels.F => 4, Labels.T => -7, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(Tokens head2_0, Labels label) => head2_0 switch
    {
        Tokens.Bos => label switch { Labels.F => 2, Labels.T => -3, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 5, Labels.T => -2, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 7, Labels.T => -2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_1 adds to each label's total.
    [Votes(nameof(Head2_1))]
    static int Head2_1Votes(Tokens head2_1, Labels label) => head2_1 switch
    {
        Tokens.Bos => label switch { Labels.F => 21, Labels.T => -11, _ => 0 },
        Tokens.OpenParen => label switch { Labels.F => -18, Labels.P => 7, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 314, Labels.T => -40, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => -17, Labels.P => 8, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 238, Labels.P => -47, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_2 adds to each label's total.
    [Votes(nameof(Head2_2))]
    static int Head2_2Votes(Tokens head2_2, Labels label) => head2_2 switch
    {
        Tokens.Bos => label switch { Labels.F => 1, Labels.T => -4, _ => 0 },
        Tokens.OpenParen => label switch { Labels.F => 5, Labels.T => -4, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 8, Labels.T => -6, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => 4, Labels.T => -3, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 6, Labels.T => -3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_3 adds to each label's total.
    [Votes(nameof(Head2_3))]
    static int Head2_3Votes(int head2_3, Labels label) => head2_3 switch
    {
        0 => label switch { Labels.F => 2, Labels.T => -1, _ => 0 },
        9 => label switch { Labels.F => 170, Labels.P => -57, _ => 0 },
        11 => label switch { Labels.F => 5, Labels.T => -5, _ => 0 },
        14 => label == Labels.F ? 1 : 0,
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.F => -6, Labels.T => 7, _ => 0 },
        1 => label switch { Labels.F => 1, Labels.P => -8, _ => 0 },
        2 => label switch { Labels.F => 5, Labels.P => -12, _ => 0 },
        3 => label switch { Labels.F => 10, Labels.P => -14, _ => 0 },
        4 => label switch { Labels.F => 13, Labels.P => -18, _ => 0 },
        5 => label switch { Labels.F => 13, Labels.P => -20, _ => 0 },
        6 => label switch { Labels.F => 21, Labels.P => -20, _ => 0 },
        7 => label switch { Labels.F => 39, Labels.T => -483, _ => 0 },
        8 => label switch { Labels.F => 543, Labels.P => -13, _ => 0 },
        9 => label switch { Labels.F => 139, Labels.T => -75, _ => 0 },
        10 => label switch { Labels.P => 6, Labels.T => -7, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.F => -4, Labels.P => 4, _ => 0 },
        1 => label == Labels.P ? 1 : 0,
        2 => label == Labels.F ? 7 : 0,
        3 => label switch { Labels.F => 10, Labels.T => -2, _ => 0 },
        4 => label switch { Labels.F => 19, Labels.T => -39, _ => 0 },
        5 => label switch { Labels.F => 43, Labels.T => -11, _ => 0 },
        6 => label switch { Labels.F => 58, Labels.T => -5, _ => 0 },
        7 => label switch { Labels.F => 57, Labels.T => -32, _ => 0 },
        8 => label switch { Labels.F => 63, Labels.T => -29, _ => 0 },
        9 => label switch { Labels.F => 38, Labels.P => -2, _ => 0 },
        10 => label switch { Labels.F => 12, Labels.P => -12, _ => 0 },
        11 => label switch { Labels.F => -9, Labels.P => 2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_2 adds to each label's total.
    [Votes(nameof(Count2_2))]
    static int Count2_2Votes(int count2_2, Labels label) => count2_2 switch
    {
        0 => label switch { Labels.F => 5, Labels.T => -2, _ => 0 },
        1 => label switch { Labels.P => -2, Labels.T => 3, _ => 0 },
        2 => label switch { Labels.P => -2, Labels.T => 4, _ => 0 },
        3 => label switch { Labels.F => -3, Labels.T => 5, _ => 0 },
        4 => label switch { Labels.F => -5, Labels.T => 13, _ => 0 },
        5 => label switch { Labels.F => -4, Labels.T => 14, _ => 0 },
        6 => label switch { Labels.P => -9, Labels.T => 9, _ => 0 },
        7 => label switch { Labels.P => -26, Labels.T => 8, _ => 0 },
        8 => label switch { Labels.F => -14, Labels.T => 16, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_3 adds to each label's total.
    [Votes(nameof(Count2_3))]
    static int Count2_3Votes(int count2_3, Labels label) => count2_3 switch
    {
        0 => label switch { Labels.P => 9, Labels.T => -11, _ => 0 },
        1 => label switch { Labels.F => -4, Labels.T => 17, _ => 0 },
        2 => label switch { Labels.F => -4, Labels.T => 21, _ => 0 },
        3 => label switch { Labels.P => -3, Labels.T => 22, _ => 0 },
        4 => label switch { Labels.P => -8, Labels.T => 20, _ => 0 },
        5 => label switch { Labels.P => -12, Labels.T => 20, _ => 0 },
        6 => label switch { Labels.P => -17, Labels.T => 14, _ => 0 },
        7 => label switch { Labels.P => -13, Labels.T => 60, _ => 0 },
        8 => label switch { Labels.F => 1000, Labels.T => -141, _ => 0 },
        9 => label switch { Labels.F => 380, Labels.T => -198, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        0 => label switch { Labels.F => 5, Labels.T => -9, _ => 0 },
        1 or 7 => label switch { Labels.P => 2, Labels.T => -1, _ => 0 },
        2 => label switch { Labels.P => 1, Labels.T => -3, _ => 0 },
        11 => label switch { Labels.F => 7, Labels.T => -8, _ => 0 },
        12 => label switch { Labels.F => 21, Labels.T => -9, _ => 0 },
        15 => label switch { Labels.F => 62, Labels.T => -61, _ => 0 },
        16 => label switch { Labels.F => -15, Labels.T => 2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_1 adds to each label's total.
    [Votes(nameof(Mlp2_1))]
    static int Mlp2_1Votes(int mlp2_1, Labels label) => mlp2_1 switch
    {
        1 => label switch { Labels.F => 3, Labels.T => -3, _ => 0 },
        2 => label switch { Labels.P => 1, Labels.T => -19, _ => 0 },
        3 => label switch { Labels.F => 6, Labels.T => -15, _ => 0 },
        5 => label switch { Labels.F => 7, Labels.P => -2, _ => 0 },
        7 => label switch { Labels.F => 1, Labels.T => -31, _ => 0 },
        8 => label switch { Labels.F => 3, Labels.P => -3, _ => 0 },
        9 => label == Labels.T ? -4 : 0,
        10 => label switch { Labels.F => -8, Labels.T => 5, _ => 0 },
        12 => label == Labels.F ? -5 : 0,
        13 => label switch { Labels.F => -5, Labels.T => 2, _ => 0 },
        16 => label switch { Labels.P => -1, Labels.T => 1, _ => 0 },
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
                Head0_2 = Head0_2Read ?? Tokens.Bos;
                Head0_3 = Head0_3Read ?? Tokens.Bos;
                Count0_0 = Count0_0Read ?? 0;
                Count0_1 = Count0_1Read ?? 0;
                Count0_2 = Count0_2Read ?? 0;
                Count0_3 = Count0_3Read ?? 0;
                Mlp0_0 = Mlp0_0Of(Head0_1);
                Mlp0_1 = Mlp0_1Of(Head0_1);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Mlp0_0AtBos ?? default;
                Head1_1 = Head1_1Read ?? Tokens.Bos;
                Head1_2 = Head1_2Read ?? Tokens.Bos;
                Head1_3 = Head1_3Read ?? Mlp0_0AtBos ?? default;
                Count1_0 = Count1_0Read ?? 0;
                Count1_1 = Count1_1Read ?? 0;
                Count1_2 = Count1_2Read ?? 0;
                Count1_3 = Count1_3Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Head0_3);
                Mlp1_1 = Mlp1_1Of(Head0_3, Head0_1);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Head0_0AtBos ?? default;
                Head2_1 = Head2_1Read ?? Head1_1AtBos ?? default;
                Head2_2 = Head2_2Read ?? Tokens.Bos;
                Head2_3 = Head2_3Read ?? Head1_3AtBos ?? default;
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Count2_2 = Count2_2Read ?? 0;
                Count2_3 = Count2_3Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Head1_1, Head0_1);
                Mlp2_1 = Mlp2_1Of(Token, Head0_1);
                Layer = Layers.Done;
                break;
        }
    }
}
