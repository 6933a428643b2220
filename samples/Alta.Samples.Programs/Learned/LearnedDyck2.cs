// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'dyck2'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn dyck2 --layers 3 --heads 4 --counts 4 --mlps 2 --epochs 250 --batch 512 --lr 0.05 --loss-mean sequence --size 5000 --seed 1
// Test accuracy of the learned model: 95.80%; this class computes exactly what that model computes.
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

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
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

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head0_3Read;
    public Tokens Head0_3;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(17)] public int Count0_0;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(17)] public int Count0_1;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_2Read;
    [Categorical(17)] public int Count0_2;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count0_3Read;
    [Categorical(17)] public int Count0_3;

    // Layer 0: a table of Head0_3 and Head0_1.
    [Categorical(17)] public int Mlp0_0;

    // Layer 0: a table of Head0_3 and Head0_0.
    [Categorical(17)] public int Mlp0_1;

    // Layer 1: copies Head0_0 from the nearest position whose Position matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Position), Value = nameof(Head0_0), Where = nameof(Head1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head1_0Read;
    public Tokens Head1_0;

    // Layer 1: copies Head0_3 from the nearest position whose Head0_2 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Head0_2), Value = nameof(Head0_3), Where = nameof(Head1_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head1_1Read;
    public Tokens Head1_1;

    // Layer 1: copies Count0_1 from the nearest position whose Head0_1 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Head0_1), Value = nameof(Count0_1), Where = nameof(Head1_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public int? Head1_2Read;
    [Categorical(17)] public int Head1_2;

    // Layer 1: copies Head0_0 from the nearest position whose Head0_2 matches my Count0_1.
    [Attend(Query = nameof(Count0_1), Key = nameof(Head0_2), Value = nameof(Head0_0), Where = nameof(Head1_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head1_3Read;
    public Tokens Head1_3;

    // Layer 1: counts the positions whose Head0_0 matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Head0_0), Where = nameof(Count1_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(17)] public int Count1_0;

    // Layer 1: counts the positions whose Head0_0 matches my Head0_3.
    [Attend(Query = nameof(Head0_3), Key = nameof(Head0_0), Where = nameof(Count1_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_1Read;
    [Categorical(17)] public int Count1_1;

    // Layer 1: counts the positions whose Head0_1 matches my Head0_2.
    [Attend(Query = nameof(Head0_2), Key = nameof(Head0_1), Where = nameof(Count1_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_2Read;
    [Categorical(17)] public int Count1_2;

    // Layer 1: counts the positions whose Head0_1 matches my Mlp0_0.
    [Attend(Query = nameof(Mlp0_0), Key = nameof(Head0_1), Where = nameof(Count1_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count1_3Read;
    [Categorical(17)] public int Count1_3;

    // Layer 1: a table of Head0_2 and Head0_1.
    [Categorical(17)] public int Mlp1_0;

    // Layer 1: a table of Head1_1 and Head1_3.
    [Categorical(17)] public int Mlp1_1;

    // Layer 2: copies Head1_2 from the nearest position whose Count1_3 matches my Count1_0.
    [Attend(Query = nameof(Count1_0), Key = nameof(Count1_3), Value = nameof(Head1_2), Where = nameof(Head2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public int? Head2_0Read;
    [Categorical(17)] public int Head2_0;

    // Layer 2: copies Head0_0 from the nearest position whose Count0_2 matches my Count1_0.
    [Attend(Query = nameof(Count1_0), Key = nameof(Count0_2), Value = nameof(Head0_0), Where = nameof(Head2_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head2_1Read;
    public Tokens Head2_1;

    // Layer 2: copies Token from the nearest position whose Count0_2 matches my Count1_2.
    [Attend(Query = nameof(Count1_2), Key = nameof(Count0_2), Value = nameof(Token), Where = nameof(Head2_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head2_2Read;
    public Tokens Head2_2;

    // Layer 2: copies Head1_1 from the nearest position whose Head0_2 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Head0_2), Value = nameof(Head1_1), Where = nameof(Head2_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Prefer = Preference.Nearest)]
    public Tokens? Head2_3Read;
    public Tokens Head2_3;

    // Layer 2: counts the positions whose Head0_0 matches my Mlp1_1.
    [Attend(Query = nameof(Mlp1_1), Key = nameof(Head0_0), Where = nameof(Count2_0Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(17)] public int Count2_0;

    // Layer 2: counts the positions whose Count0_3 matches my Head1_1.
    [Attend(Query = nameof(Head1_1), Key = nameof(Count0_3), Where = nameof(Count2_1Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(17)] public int Count2_1;

    // Layer 2: counts the positions whose Head0_1 matches my Head1_3.
    [Attend(Query = nameof(Head1_3), Key = nameof(Head0_1), Where = nameof(Count2_2Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_2Read;
    [Categorical(17)] public int Count2_2;

    // Layer 2: counts the positions whose Head0_1 matches my Head1_1.
    [Attend(Query = nameof(Head1_1), Key = nameof(Head0_1), Where = nameof(Count2_3Selects), Offsets = new[] { -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0 }, Aggregate = Aggregation.Count)]
    public int? Count2_3Read;
    [Categorical(17)] public int Count2_3;

    // Layer 2: a table of Head1_3.
    [Categorical(17)] public int Mlp2_0;

    // Head0_0 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_0), Where = nameof(AtBos))]
    public Tokens? Head0_0AtBos;

    // Head0_3 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_3), Where = nameof(AtBos))]
    public Tokens? Head0_3AtBos;

    // Count0_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Count0_1), Where = nameof(AtBos))]
    public int? Count0_1AtBos;

    // Head1_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_1), Where = nameof(AtBos))]
    public Tokens? Head1_1AtBos;

    // Head1_2 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_2), Where = nameof(AtBos))]
    public int? Head1_2AtBos;

    static bool AtBos(int query, int key) => key == 0;

    static bool Head0_0Selects(int query, int key) => query switch
    {
        0 or 6 => key == 4,
        3 or 12 or 14 => key == 3,
        5 or 8 or 9 or 10 or 15 => key == 2,
        13 => key == 0,
        _ => key == 1,
    };

    static bool Head0_1Selects(int query, int key) => query switch
    {
        0 => key == 11,
        1 or 2 => key == 1,
        3 or 13 or 15 => key == 2,
        4 or 7 => key == 3,
        6 or 12 or 14 => key == 5,
        9 => key == 12,
        _ => key == 4,
    };

    static bool Head0_2Selects(int query, int key) => query switch
    {
        0 => key == 13,
        1 => key == 3,
        5 or 6 or 9 or 11 or 15 => key == 4,
        12 or 13 => key == 6,
        14 => key == 12,
        _ => key == 5,
    };

    static bool Head0_3Selects(int query, int key) => query switch
    {
        0 => key == 7,
        1 or 2 => key == 1,
        3 or 4 or 7 => key == 2,
        12 or 14 => key == 4,
        _ => key == 3,
    };

    static bool Count0_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => false,
        Tokens.Bos => key == Tokens.CloseParen,
        Tokens.CloseParen => key == Tokens.OpenBrace,
        _ => key == Tokens.OpenParen,
    };

    static bool Count0_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.OpenParen => key == Tokens.CloseBrace,
        Tokens.CloseParen => false,
        Tokens.CloseBrace => key == Tokens.Bos,
        _ => key == Tokens.CloseParen,
    };

    static bool Count0_2Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.CloseBrace => key == Tokens.OpenBrace,
        Tokens.CloseParen => key == Tokens.OpenParen,
        _ => key == Tokens.Bos,
    };

    static bool Count0_3Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.Bos,
        Tokens.CloseParen => key == Tokens.Pad,
        Tokens.OpenBrace => key == Tokens.CloseBrace,
        Tokens.CloseBrace => false,
        _ => key == Tokens.CloseParen,
    };

    // Layer 0: a table of Head0_3 and Head0_1.
    static int Mlp0_0Of(Tokens head0_3, Tokens head0_1) => head0_3 switch
    {
        Tokens.Bos => head0_1 switch
        {
            Tokens.Bos => 1,
            Tokens.OpenParen => 7,
            Tokens.CloseParen => 0,
            Tokens.OpenBrace => 10,
            Tokens.CloseBrace => 9,
            _ => 6,
        },
        Tokens.OpenParen => head0_1 switch
        {
            Tokens.Pad => 6,
            Tokens.CloseParen => 3,
            Tokens.OpenBrace => 12,
            Tokens.CloseBrace => 15,
            _ => 14,
        },
        Tokens.CloseParen => head0_1 switch
        {
            Tokens.Pad => 7,
            Tokens.OpenParen => 2,
            Tokens.CloseParen => 6,
            Tokens.OpenBrace => 11,
            _ => 8,
        },
        Tokens.OpenBrace => head0_1 switch
        {
            Tokens.Pad => 2,
            Tokens.Bos => 10,
            Tokens.CloseParen => 15,
            Tokens.CloseBrace => 3,
            _ => 14,
        },
        Tokens.CloseBrace => head0_1 switch
        {
            Tokens.Bos => 11,
            Tokens.CloseParen => 0,
            Tokens.OpenBrace => 16,
            Tokens.CloseBrace => 8,
            _ => 9,
        },
        _ => head0_1 switch
        {
            Tokens.OpenParen => 12,
            Tokens.CloseParen => 7,
            Tokens.CloseBrace => 9,
            _ => 6,
        },
    };

    // Layer 0: a table of Head0_3 and Head0_0.
    static int Mlp0_1Of(Tokens head0_3, Tokens head0_0) => head0_3 switch
    {
        Tokens.Bos => head0_0 switch
        {
            Tokens.Bos => 8,
            Tokens.OpenParen => 13,
            Tokens.CloseParen => 3,
            Tokens.OpenBrace => 7,
            Tokens.CloseBrace => 5,
            _ => 16,
        },
        Tokens.OpenParen => head0_0 switch
        {
            Tokens.Bos => 7,
            Tokens.OpenParen => 2,
            Tokens.CloseParen => 6,
            Tokens.CloseBrace => 12,
            _ => 4,
        },
        Tokens.CloseParen => head0_0 switch
        {
            Tokens.OpenParen => 10,
            Tokens.OpenBrace => 15,
            Tokens.CloseBrace => 14,
            _ => 5,
        },
        Tokens.OpenBrace => head0_0 switch
        {
            Tokens.Bos => 9,
            Tokens.OpenParen => 16,
            Tokens.CloseParen => 15,
            Tokens.CloseBrace => 10,
            _ => 4,
        },
        Tokens.CloseBrace => head0_0 switch
        {
            Tokens.Bos or Tokens.CloseBrace => 5,
            Tokens.OpenParen => 15,
            Tokens.OpenBrace => 1,
            _ => 3,
        },
        _ => head0_0 switch
        {
            Tokens.OpenParen => 0,
            Tokens.CloseParen or Tokens.CloseBrace => 5,
            Tokens.OpenBrace => 4,
            _ => 2,
        },
    };

    static bool Head1_0Selects(Tokens query, int key) => query switch
    {
        Tokens.CloseBrace => key == 14,
        _ => key == 1,
    };

    static bool Head1_1Selects(Tokens query, Tokens key) => key == Tokens.Bos;

    static bool Head1_2Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.OpenBrace => key == Tokens.Pad,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => key == Tokens.Bos,
    };

    static bool Head1_3Selects(int query, Tokens key) => query switch
    {
        11 or 12 or 16 => key == Tokens.Pad,
        _ => key == Tokens.Bos,
    };

    static bool Count1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad or Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => false,
    };

    static bool Count1_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.OpenParen or Tokens.CloseBrace => key == Tokens.CloseBrace,
        _ => key == Tokens.CloseParen,
    };

    static bool Count1_2Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.CloseParen => key == Tokens.OpenParen,
        Tokens.OpenBrace => key == Tokens.CloseBrace,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => false,
    };

    static bool Count1_3Selects(int query, Tokens key) => query switch
    {
        0 or 1 or 5 or 8 or 9 or 10 or 16 => key == Tokens.OpenBrace,
        6 => key == Tokens.OpenParen,
        14 => key == Tokens.Bos,
        _ => false,
    };

    // Layer 1: a table of Head0_2 and Head0_1.
    static int Mlp1_0Of(Tokens head0_2, Tokens head0_1) => head0_2 switch
    {
        Tokens.Bos => head0_1 switch
        {
            Tokens.OpenParen => 11,
            Tokens.CloseParen => 10,
            Tokens.OpenBrace => 7,
            Tokens.CloseBrace => 8,
            _ => 5,
        },
        Tokens.OpenParen => head0_1 switch
        {
            Tokens.Pad => 7,
            Tokens.CloseParen => 9,
            Tokens.CloseBrace => 5,
            _ => 16,
        },
        Tokens.CloseParen => head0_1 switch
        {
            Tokens.Bos => 0,
            Tokens.OpenParen => 2,
            Tokens.CloseParen => 11,
            Tokens.OpenBrace => 10,
            Tokens.CloseBrace => 14,
            _ => 8,
        },
        Tokens.OpenBrace => head0_1 switch
        {
            Tokens.Bos => 1,
            Tokens.OpenParen => 13,
            Tokens.CloseParen => 5,
            Tokens.OpenBrace => 0,
            Tokens.CloseBrace => 9,
            _ => 12,
        },
        Tokens.CloseBrace => head0_1 switch
        {
            Tokens.Bos => 6,
            Tokens.OpenParen => 5,
            Tokens.CloseParen => 14,
            Tokens.OpenBrace => 9,
            Tokens.CloseBrace => 11,
            _ => 8,
        },
        _ => head0_1 switch
        {
            Tokens.Bos => 0,
            Tokens.OpenParen => 4,
            Tokens.CloseParen => 10,
            Tokens.OpenBrace => 1,
            Tokens.CloseBrace => 8,
            _ => 15,
        },
    };

    // Layer 1: a table of Head1_1 and Head1_3.
    static int Mlp1_1Of(Tokens head1_1, Tokens head1_3) => head1_1 switch
    {
        Tokens.Bos => head1_3 switch
        {
            Tokens.Pad => 5,
            Tokens.Bos => 11,
            Tokens.OpenParen => 12,
            Tokens.CloseParen => 9,
            _ => 13,
        },
        Tokens.OpenParen => head1_3 switch
        {
            Tokens.Bos or Tokens.OpenParen => 12,
            Tokens.OpenBrace or Tokens.CloseBrace => 13,
            _ => 5,
        },
        Tokens.CloseParen => head1_3 switch
        {
            Tokens.Bos => 7,
            Tokens.OpenParen => 15,
            Tokens.CloseParen => 0,
            Tokens.CloseBrace => 16,
            _ => 12,
        },
        Tokens.OpenBrace => head1_3 switch
        {
            Tokens.Pad => 0,
            Tokens.CloseParen => 7,
            Tokens.OpenBrace => 10,
            Tokens.CloseBrace => 5,
            _ => 12,
        },
        Tokens.CloseBrace => head1_3 switch
        {
            Tokens.Pad => 7,
            Tokens.Bos => 0,
            Tokens.OpenBrace => 5,
            Tokens.CloseBrace => 11,
            _ => 16,
        },
        _ => head1_3 switch
        {
            Tokens.Bos => 4,
            Tokens.CloseParen => 9,
            Tokens.OpenBrace => 2,
            _ => 0,
        },
    };

    static bool Head2_0Selects(int query, int key) => query switch
    {
        5 => key == 3,
        8 => key == 9,
        15 => key == 2,
        _ => key == 0,
    };

    static bool Head2_1Selects(int query, int key) => query switch
    {
        5 or 7 or 8 or 12 or 15 => key == 1,
        _ => key == 0,
    };

    static bool Head2_2Selects(int query, int key) => key == 0;

    static bool Head2_3Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => key == Tokens.Pad,
        Tokens.CloseBrace => key == Tokens.OpenBrace,
        _ => key == Tokens.Bos,
    };

    static bool Count2_0Selects(int query, Tokens key) => query switch
    {
        1 or 3 or 4 or 9 or 12 or 15 or 16 => key == Tokens.CloseParen,
        7 => false,
        _ => key == Tokens.CloseBrace,
    };

    static bool Count2_1Selects(Tokens query, int key) => query switch
    {
        Tokens.OpenParen => key == 5,
        _ => key == 3,
    };

    static bool Count2_2Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.OpenParen => key == Tokens.CloseBrace,
        _ => key == Tokens.CloseParen,
    };

    static bool Count2_3Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.CloseBrace => false,
        Tokens.OpenParen => key == Tokens.CloseBrace,
        _ => key == Tokens.CloseParen,
    };

    // Layer 2: a table of Head1_3.
    static int Mlp2_0Of(Tokens head1_3) => head1_3 switch
    {
        Tokens.Pad => 6,
        Tokens.Bos => 16,
        Tokens.OpenParen => 5,
        Tokens.OpenBrace => 9,
        _ => 8,
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.OpenParen => label switch { Labels.P => 33, Labels.T => -180, _ => 0 },
        Tokens.CloseParen => label switch { Labels.P => -24, Labels.T => 96, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 35, Labels.T => -196, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.P => -16, Labels.T => 110, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.F => -38, Labels.P => 74, _ => 0 },
        2 => label switch { Labels.F => -72, Labels.T => 27, _ => 0 },
        3 => label switch { Labels.P => 85, Labels.T => -172, _ => 0 },
        4 => label switch { Labels.P => 11, Labels.T => -91, _ => 0 },
        5 => label switch { Labels.P => 33, Labels.T => -209, _ => 0 },
        6 => label switch { Labels.P => 32, Labels.T => -44, _ => 0 },
        7 => label switch { Labels.F => 2, Labels.T => -179, _ => 0 },
        8 => label switch { Labels.F => 14, Labels.P => -1, _ => 0 },
        9 => label switch { Labels.F => 20, Labels.T => -115, _ => 0 },
        10 => label switch { Labels.P => -33, Labels.T => 53, _ => 0 },
        11 => label switch { Labels.F => 27, Labels.T => -87, _ => 0 },
        12 => label switch { Labels.P => -33, Labels.T => 124, _ => 0 },
        13 => label switch { Labels.F => 40, Labels.T => -61, _ => 0 },
        14 => label switch { Labels.P => -53, Labels.T => 204, _ => 0 },
        15 => label switch { Labels.F => 45, Labels.T => -43, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.Bos => label switch { Labels.P => 25, Labels.T => -3, _ => 0 },
        Tokens.OpenParen => label switch { Labels.P => 22, Labels.T => -19, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => -3, Labels.T => 3, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 12, Labels.T => -28, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 25, Labels.T => -23, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_1 adds to each label's total.
    [Votes(nameof(Head0_1))]
    static int Head0_1Votes(Tokens head0_1, Labels label) => head0_1 switch
    {
        Tokens.Bos => label switch { Labels.P => 21, Labels.T => -6, _ => 0 },
        Tokens.OpenParen => label switch { Labels.P => 17, Labels.T => -7, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 44, Labels.T => -10, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 16, Labels.T => -10, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 33, Labels.T => -12, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_2 adds to each label's total.
    [Votes(nameof(Head0_2))]
    static int Head0_2Votes(Tokens head0_2, Labels label) => head0_2 switch
    {
        Tokens.Bos => label switch { Labels.P => 7, Labels.T => -16, _ => 0 },
        Tokens.OpenParen => label switch { Labels.P => 8, Labels.T => -3, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 18, Labels.T => -6, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 5, Labels.T => -5, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 19, Labels.T => -3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_3 adds to each label's total.
    [Votes(nameof(Head0_3))]
    static int Head0_3Votes(Tokens head0_3, Labels label) => head0_3 switch
    {
        Tokens.OpenParen => label switch { Labels.F => -11, Labels.P => 3, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => -2, Labels.T => 32, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => -7, Labels.T => 3, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 3, Labels.P => -3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        0 => label switch { Labels.F => -3, Labels.T => 105, _ => 0 },
        1 => label switch { Labels.P => -3, Labels.T => 42, _ => 0 },
        2 => label switch { Labels.P => 5, Labels.T => -21, _ => 0 },
        3 => label switch { Labels.P => 15, Labels.T => -78, _ => 0 },
        4 => label switch { Labels.P => 19, Labels.T => -150, _ => 0 },
        5 => label switch { Labels.P => 16, Labels.T => -221, _ => 0 },
        6 => label switch { Labels.P => 14, Labels.T => -291, _ => 0 },
        7 => label switch { Labels.F => 1, Labels.T => -498, _ => 0 },
        8 => label switch { Labels.F => 58, Labels.T => -433, _ => 0 },
        9 => label switch { Labels.F => 119, Labels.T => -347, _ => 0 },
        10 => label switch { Labels.F => 85, Labels.T => -352, _ => 0 },
        11 => label switch { Labels.F => 197, Labels.T => -48, _ => 0 },
        12 => label switch { Labels.F => 147, Labels.P => -71, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch { Labels.F => -8, Labels.P => 23, _ => 0 },
        1 => label switch { Labels.F => -2, Labels.P => 26, _ => 0 },
        2 => label switch { Labels.F => -2, Labels.P => 30, _ => 0 },
        3 => label switch { Labels.F => -8, Labels.P => 33, _ => 0 },
        4 => label switch { Labels.F => -15, Labels.P => 40, _ => 0 },
        5 => label switch { Labels.P => 36, Labels.T => -12, _ => 0 },
        6 => label switch { Labels.P => 41, Labels.T => -18, _ => 0 },
        7 => label switch { Labels.P => 25, Labels.T => -39, _ => 0 },
        8 => label switch { Labels.F => 30, Labels.T => -122, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_2 adds to each label's total.
    [Votes(nameof(Count0_2))]
    static int Count0_2Votes(int count0_2, Labels label) => count0_2 switch
    {
        0 => label switch { Labels.F => 42, Labels.T => -36, _ => 0 },
        1 => label switch { Labels.P => -30, Labels.T => 98, _ => 0 },
        2 => label switch { Labels.F => -26, Labels.T => 72, _ => 0 },
        3 => label switch { Labels.F => -57, Labels.P => 3, _ => 0 },
        4 => label switch { Labels.P => 72, Labels.T => -12, _ => 0 },
        5 => label switch { Labels.P => 77, Labels.T => -87, _ => 0 },
        6 => label switch { Labels.P => 88, Labels.T => -167, _ => 0 },
        7 => label switch { Labels.P => 66, Labels.T => -280, _ => 0 },
        8 => label switch { Labels.P => 22, Labels.T => -500, _ => 0 },
        9 => label switch { Labels.F => 10, Labels.T => -132, _ => 0 },
        10 => label switch { Labels.F => -24, Labels.P => 114, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_3 adds to each label's total.
    [Votes(nameof(Count0_3))]
    static int Count0_3Votes(int count0_3, Labels label) => count0_3 switch
    {
        0 => label == Labels.P ? 2 : 0,
        1 => label switch { Labels.F => 5, Labels.T => -4, _ => 0 },
        2 => label switch { Labels.F => 2, Labels.T => -19, _ => 0 },
        3 => label switch { Labels.P => 7, Labels.T => -16, _ => 0 },
        4 => label switch { Labels.P => 26, Labels.T => -16, _ => 0 },
        5 => label switch { Labels.P => 16, Labels.T => -52, _ => 0 },
        6 => label switch { Labels.P => 22, Labels.T => -46, _ => 0 },
        7 => label switch { Labels.P => 28, Labels.T => -7, _ => 0 },
        8 => label switch { Labels.F => 75, Labels.T => -84, _ => 0 },
        9 => label switch { Labels.F => 11, Labels.T => -81, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        0 => label switch { Labels.F => -17, Labels.P => 1, _ => 0 },
        2 => label switch { Labels.F => 1, Labels.T => -17, _ => 0 },
        3 => label switch { Labels.F => -42, Labels.T => 11, _ => 0 },
        6 => label switch { Labels.P => 8, Labels.T => -7, _ => 0 },
        8 => label switch { Labels.F => 2, Labels.T => -14, _ => 0 },
        9 => label switch { Labels.F => 13, Labels.P => -2, _ => 0 },
        10 => label switch { Labels.F => 9, Labels.T => -2, _ => 0 },
        11 => label switch { Labels.F => 13, Labels.T => -7, _ => 0 },
        12 => label switch { Labels.F => 8, Labels.T => -17, _ => 0 },
        14 => label switch { Labels.F => 3, Labels.T => -10, _ => 0 },
        15 => label switch { Labels.F => 25, Labels.T => -16, _ => 0 },
        16 => label switch { Labels.P => -10, Labels.T => 2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_1 adds to each label's total.
    [Votes(nameof(Mlp0_1))]
    static int Mlp0_1Votes(int mlp0_1, Labels label) => mlp0_1 switch
    {
        1 => label switch { Labels.F => -33, Labels.T => 10, _ => 0 },
        2 => label switch { Labels.F => 8, Labels.T => -3, _ => 0 },
        3 => label switch { Labels.F => 8, Labels.T => -11, _ => 0 },
        4 => label == Labels.F ? 4 : 0,
        5 => label switch { Labels.P => 2, Labels.T => -32, _ => 0 },
        6 => label switch { Labels.F => 5, Labels.T => -14, _ => 0 },
        7 => label switch { Labels.F => 16, Labels.T => -7, _ => 0 },
        9 => label switch { Labels.F => 17, Labels.T => -19, _ => 0 },
        10 => label switch { Labels.F => -19, Labels.T => 5, _ => 0 },
        12 => label switch { Labels.F => -8, Labels.P => 7, _ => 0 },
        14 => label switch { Labels.F => 4, Labels.T => -4, _ => 0 },
        15 => label switch { Labels.F => 16, Labels.T => -28, _ => 0 },
        16 => label switch { Labels.F => 12, Labels.T => -11, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(Tokens head1_0, Labels label) => head1_0 switch
    {
        Tokens.Bos => label switch { Labels.F => 3, Labels.T => -2, _ => 0 },
        Tokens.OpenParen => label switch { Labels.P => -6, Labels.T => 9, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 9, Labels.P => -41, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => 4, Labels.T => -7, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 36, Labels.P => -16, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_1 adds to each label's total.
    [Votes(nameof(Head1_1))]
    static int Head1_1Votes(Tokens head1_1, Labels label) => head1_1 switch
    {
        Tokens.OpenParen => label switch { Labels.F => -7, Labels.P => 8, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 3, Labels.T => -7, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => -3, Labels.P => 9, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 29, Labels.P => -4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_2 adds to each label's total.
    [Votes(nameof(Head1_2))]
    static int Head1_2Votes(int head1_2, Labels label) => head1_2 switch
    {
        0 => label == Labels.T ? -8 : 0,
        1 => label switch { Labels.F => 1, Labels.T => -10, _ => 0 },
        2 => label == Labels.T ? -17 : 0,
        3 => label switch { Labels.F => 6, Labels.T => -6, _ => 0 },
        4 => label switch { Labels.P => -9, Labels.T => 5, _ => 0 },
        5 => label switch { Labels.F => 10, Labels.T => -12, _ => 0 },
        6 => label switch { Labels.F => 5, Labels.T => -8, _ => 0 },
        7 => label switch { Labels.P => 17, Labels.T => -7, _ => 0 },
        8 => label switch { Labels.F => -1, Labels.T => 28, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.F => -9, Labels.T => 2, _ => 0 },
        1 => label switch { Labels.F => 8, Labels.P => -8, _ => 0 },
        2 => label switch { Labels.F => 31, Labels.P => -8, _ => 0 },
        3 => label switch { Labels.F => 21, Labels.P => -16, _ => 0 },
        4 => label switch { Labels.F => 19, Labels.P => -14, _ => 0 },
        5 => label switch { Labels.F => 6, Labels.P => -28, _ => 0 },
        6 => label switch { Labels.F => 2, Labels.P => -32, _ => 0 },
        7 => label switch { Labels.P => -29, Labels.T => 9, _ => 0 },
        8 => label switch { Labels.P => -36, Labels.T => 12, _ => 0 },
        9 => label switch { Labels.P => -34, Labels.T => 12, _ => 0 },
        10 => label switch { Labels.P => -29, Labels.T => 25, _ => 0 },
        11 => label switch { Labels.P => -36, Labels.T => 20, _ => 0 },
        12 => label switch { Labels.P => -18, Labels.T => 41, _ => 0 },
        13 => label switch { Labels.P => -35, Labels.T => 31, _ => 0 },
        14 => label switch { Labels.F => -10, Labels.T => 64, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.F => -16, Labels.P => 7, _ => 0 },
        1 => label switch { Labels.F => 25, Labels.P => -9, _ => 0 },
        2 => label switch { Labels.F => 28, Labels.T => -8, _ => 0 },
        3 => label switch { Labels.F => 21, Labels.P => -4, _ => 0 },
        4 => label switch { Labels.F => 37, Labels.T => -3, _ => 0 },
        5 => label switch { Labels.F => 48, Labels.P => -15, _ => 0 },
        6 => label switch { Labels.F => 75, Labels.T => -67, _ => 0 },
        7 => label switch { Labels.F => 43, Labels.T => -103, _ => 0 },
        8 => label switch { Labels.F => 50, Labels.T => -61, _ => 0 },
        9 => label switch { Labels.F => 12, Labels.T => -87, _ => 0 },
        10 => label switch { Labels.F => 19, Labels.T => -55, _ => 0 },
        11 => label switch { Labels.F => 137, Labels.T => -23, _ => 0 },
        12 => label switch { Labels.F => 138, Labels.P => -18, _ => 0 },
        13 => label switch { Labels.F => 104, Labels.T => -7, _ => 0 },
        14 => label switch { Labels.F => 33, Labels.T => -39, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_2 adds to each label's total.
    [Votes(nameof(Count1_2))]
    static int Count1_2Votes(int count1_2, Labels label) => count1_2 switch
    {
        0 => label switch { Labels.F => 10, Labels.P => -4, _ => 0 },
        1 => label switch { Labels.F => 5, Labels.T => -10, _ => 0 },
        2 => label switch { Labels.F => 16, Labels.P => -3, _ => 0 },
        3 => label switch { Labels.P => -8, Labels.T => 2, _ => 0 },
        4 => label switch { Labels.P => -4, Labels.T => 5, _ => 0 },
        5 => label switch { Labels.P => -2, Labels.T => 11, _ => 0 },
        6 => label switch { Labels.F => -7, Labels.T => 8, _ => 0 },
        7 => label == Labels.T ? 12 : 0,
        8 => label switch { Labels.F => -11, Labels.T => 11, _ => 0 },
        9 => label switch { Labels.F => -10, Labels.T => 12, _ => 0 },
        10 => label switch { Labels.F => -25, Labels.T => 10, _ => 0 },
        11 => label switch { Labels.F => -50, Labels.T => 8, _ => 0 },
        12 => label switch { Labels.F => -47, Labels.T => 7, _ => 0 },
        13 => label switch { Labels.F => -114, Labels.T => 31, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_3 adds to each label's total.
    [Votes(nameof(Count1_3))]
    static int Count1_3Votes(int count1_3, Labels label) => count1_3 switch
    {
        0 => label switch { Labels.F => 17, Labels.T => -1, _ => 0 },
        1 => label switch { Labels.F => 16, Labels.T => -12, _ => 0 },
        2 => label switch { Labels.F => 21, Labels.P => -3, _ => 0 },
        3 => label switch { Labels.F => 13, Labels.P => -11, _ => 0 },
        4 => label switch { Labels.F => 2, Labels.P => -8, _ => 0 },
        5 => label switch { Labels.P => -8, Labels.T => 3, _ => 0 },
        6 => label switch { Labels.F => 4, Labels.P => -14, _ => 0 },
        7 => label switch { Labels.F => 2, Labels.T => -4, _ => 0 },
        8 => label switch { Labels.F => -3, Labels.P => 8, _ => 0 },
        9 => label switch { Labels.P => 9, Labels.T => -2, _ => 0 },
        10 => label switch { Labels.F => 4, Labels.T => -21, _ => 0 },
        12 => label switch { Labels.F => 17, Labels.P => -25, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        0 => label switch { Labels.F => 3, Labels.T => -5, _ => 0 },
        1 => label == Labels.T ? -10 : 0,
        2 => label switch { Labels.F => -3, Labels.P => 4, _ => 0 },
        5 => label switch { Labels.F => 7, Labels.T => -9, _ => 0 },
        6 => label switch { Labels.F => 2, Labels.T => -7, _ => 0 },
        7 => label switch { Labels.F => 5, Labels.T => -8, _ => 0 },
        8 => label == Labels.P ? -7 : 0,
        9 => label switch { Labels.F => -11, Labels.P => 6, _ => 0 },
        10 => label switch { Labels.F => 15, Labels.T => -2, _ => 0 },
        11 => label switch { Labels.P => 1, Labels.T => -3, _ => 0 },
        13 => label switch { Labels.F => 13, Labels.T => -20, _ => 0 },
        14 => label switch { Labels.P => 2, Labels.T => -9, _ => 0 },
        16 => label switch { Labels.F => 7, Labels.T => -5, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_1 adds to each label's total.
    [Votes(nameof(Mlp1_1))]
    static int Mlp1_1Votes(int mlp1_1, Labels label) => mlp1_1 switch
    {
        0 => label switch { Labels.F => 16, Labels.P => -6, _ => 0 },
        5 => label == Labels.P ? 8 : 0,
        7 => label switch { Labels.F => 18, Labels.P => -2, _ => 0 },
        10 => label switch { Labels.F => 7, Labels.P => -2, _ => 0 },
        11 => label switch { Labels.F => 22, Labels.T => -7, _ => 0 },
        12 => label switch { Labels.F => 10, Labels.P => -4, _ => 0 },
        13 => label switch { Labels.F => 17, Labels.P => -1, _ => 0 },
        15 => label switch { Labels.F => 6, Labels.T => -5, _ => 0 },
        16 => label switch { Labels.F => 8, Labels.T => -7, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(int head2_0, Labels label) => head2_0 switch
    {
        0 => label switch { Labels.P => 4, Labels.T => -19, _ => 0 },
        1 => label switch { Labels.P => 4, Labels.T => -16, _ => 0 },
        2 => label switch { Labels.P => 1, Labels.T => -17, _ => 0 },
        3 => label switch { Labels.F => 2, Labels.T => -12, _ => 0 },
        4 => label switch { Labels.F => 1, Labels.T => -14, _ => 0 },
        5 => label switch { Labels.F => 3, Labels.T => -13, _ => 0 },
        6 => label switch { Labels.P => 8, Labels.T => -10, _ => 0 },
        7 => label switch { Labels.F => 8, Labels.T => -8, _ => 0 },
        8 => label switch { Labels.F => 1, Labels.P => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_1 adds to each label's total.
    [Votes(nameof(Head2_1))]
    static int Head2_1Votes(Tokens head2_1, Labels label) => head2_1 switch
    {
        Tokens.Bos => label switch { Labels.F => 4, Labels.T => -4, _ => 0 },
        Tokens.OpenParen => label switch { Labels.F => 6, Labels.T => -6, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 19, Labels.T => -26, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.F => 6, Labels.T => -5, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 22, Labels.T => -14, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_2 adds to each label's total.
    [Votes(nameof(Head2_2))]
    static int Head2_2Votes(Tokens head2_2, Labels label) => head2_2 switch
    {
        Tokens.Bos => label switch { Labels.F => -10, Labels.P => 3, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 218, Labels.P => -3, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 204, Labels.T => -4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_3 adds to each label's total.
    [Votes(nameof(Head2_3))]
    static int Head2_3Votes(Tokens head2_3, Labels label) => head2_3 switch
    {
        Tokens.Bos => label switch { Labels.F => 9, Labels.P => -10, _ => 0 },
        Tokens.OpenParen => label switch { Labels.P => -9, Labels.T => 7, _ => 0 },
        Tokens.CloseParen => label switch { Labels.F => 1, Labels.P => -34, _ => 0 },
        Tokens.OpenBrace => label switch { Labels.P => -9, Labels.T => 4, _ => 0 },
        Tokens.CloseBrace => label switch { Labels.F => 9, Labels.P => -19, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.F => 2, Labels.T => -5, _ => 0 },
        1 => label switch { Labels.F => 14, Labels.T => -1, _ => 0 },
        2 => label switch { Labels.F => 12, Labels.P => -20, _ => 0 },
        3 => label switch { Labels.F => 37, Labels.P => -1, _ => 0 },
        4 => label switch { Labels.F => 48, Labels.T => -17, _ => 0 },
        5 => label switch { Labels.F => 31, Labels.T => -4, _ => 0 },
        6 => label switch { Labels.F => 36, Labels.T => -51, _ => 0 },
        7 => label switch { Labels.F => 29, Labels.T => -38, _ => 0 },
        8 => label switch { Labels.F => 21, Labels.T => -17, _ => 0 },
        9 => label switch { Labels.F => 8, Labels.T => -17, _ => 0 },
        10 => label switch { Labels.F => 17, Labels.T => -4, _ => 0 },
        11 => label switch { Labels.F => 27, Labels.P => -4, _ => 0 },
        12 => label switch { Labels.F => 5, Labels.T => -41, _ => 0 },
        13 => label switch { Labels.F => 13, Labels.T => -18, _ => 0 },
        14 => label switch { Labels.F => -2, Labels.P => 53, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.F => -1, Labels.P => 19, _ => 0 },
        1 => label switch { Labels.F => -38, Labels.P => 8, _ => 0 },
        2 => label switch { Labels.F => 18, Labels.T => -51, _ => 0 },
        3 => label switch { Labels.F => 37, Labels.P => -7, _ => 0 },
        4 => label switch { Labels.F => 30, Labels.T => -3, _ => 0 },
        5 => label switch { Labels.F => 17, Labels.P => -4, _ => 0 },
        6 => label switch { Labels.F => -2, Labels.P => 18, _ => 0 },
        7 => label switch { Labels.P => 9, Labels.T => -9, _ => 0 },
        8 => label switch { Labels.F => -8, Labels.P => 13, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_2 adds to each label's total.
    [Votes(nameof(Count2_2))]
    static int Count2_2Votes(int count2_2, Labels label) => count2_2 switch
    {
        0 => label switch { Labels.F => 1, Labels.T => -13, _ => 0 },
        1 => label switch { Labels.F => 2, Labels.T => -2, _ => 0 },
        2 => label switch { Labels.F => 6, Labels.T => -4, _ => 0 },
        3 => label switch { Labels.F => 9, Labels.T => -15, _ => 0 },
        4 => label switch { Labels.F => 16, Labels.T => -12, _ => 0 },
        5 => label switch { Labels.F => 20, Labels.T => -12, _ => 0 },
        6 => label switch { Labels.F => 29, Labels.P => -8, _ => 0 },
        7 => label switch { Labels.F => 12, Labels.P => -24, _ => 0 },
        8 => label switch { Labels.F => 55, Labels.T => -154, _ => 0 },
        9 => label switch { Labels.F => 89, Labels.T => -92, _ => 0 },
        10 => label switch { Labels.F => 59, Labels.T => -11, _ => 0 },
        11 => label switch { Labels.F => 58, Labels.T => -45, _ => 0 },
        12 => label switch { Labels.F => 18, Labels.T => -57, _ => 0 },
        13 => label switch { Labels.P => 3, Labels.T => -16, _ => 0 },
        14 => label switch { Labels.F => 62, Labels.P => -22, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_3 adds to each label's total.
    [Votes(nameof(Count2_3))]
    static int Count2_3Votes(int count2_3, Labels label) => count2_3 switch
    {
        0 => label switch { Labels.P => 13, Labels.T => -4, _ => 0 },
        1 => label switch { Labels.F => -4, Labels.P => 18, _ => 0 },
        2 => label switch { Labels.P => 10, Labels.T => -19, _ => 0 },
        3 => label == Labels.T ? -15 : 0,
        4 => label switch { Labels.F => -4, Labels.P => 14, _ => 0 },
        5 => label switch { Labels.P => 1, Labels.T => -28, _ => 0 },
        6 => label switch { Labels.F => 55, Labels.T => -18, _ => 0 },
        7 => label switch { Labels.F => 39, Labels.T => -72, _ => 0 },
        8 => label switch { Labels.F => 33, Labels.T => -178, _ => 0 },
        9 => label switch { Labels.F => 25, Labels.T => -87, _ => 0 },
        10 => label switch { Labels.F => 31, Labels.T => -25, _ => 0 },
        11 => label switch { Labels.F => 23, Labels.T => -108, _ => 0 },
        12 => label switch { Labels.F => 29, Labels.T => -96, _ => 0 },
        13 => label switch { Labels.P => 43, Labels.T => -9, _ => 0 },
        14 => label switch { Labels.P => 103, Labels.T => -16, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        5 => label switch { Labels.F => 3, Labels.P => -4, _ => 0 },
        8 => label switch { Labels.F => 9, Labels.P => -20, _ => 0 },
        9 => label switch { Labels.F => 8, Labels.T => -2, _ => 0 },
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
                Mlp0_0 = Mlp0_0Of(Head0_3, Head0_1);
                Mlp0_1 = Mlp0_1Of(Head0_3, Head0_0);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Head0_0AtBos ?? default;
                Head1_1 = Head1_1Read ?? Head0_3AtBos ?? default;
                Head1_2 = Head1_2Read ?? Count0_1AtBos ?? default;
                Head1_3 = Head1_3Read ?? Head0_0AtBos ?? default;
                Count1_0 = Count1_0Read ?? 0;
                Count1_1 = Count1_1Read ?? 0;
                Count1_2 = Count1_2Read ?? 0;
                Count1_3 = Count1_3Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Head0_2, Head0_1);
                Mlp1_1 = Mlp1_1Of(Head1_1, Head1_3);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Head1_2AtBos ?? default;
                Head2_1 = Head2_1Read ?? Head0_0AtBos ?? default;
                Head2_2 = Head2_2Read ?? Tokens.Bos;
                Head2_3 = Head2_3Read ?? Head1_1AtBos ?? default;
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Count2_2 = Count2_2Read ?? 0;
                Count2_3 = Count2_3Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Head1_3);
                Layer = Layers.Done;
                break;
        }
    }
}
