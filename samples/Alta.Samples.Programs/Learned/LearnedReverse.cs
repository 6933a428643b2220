// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'reverse'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn reverse --layers 3 --heads 3 --counts 2 --mlps 1 --epochs 60 --lr 0.01 --loss-mean sequence --seed 4
// Test accuracy of the learned model: 99.46%; this class computes exactly what that model computes.
// Each phase of Layer is one layer of the learned model; heads select the nearest matching position
// and fall back to BOS when none matches; MLPs are the learned tables; the output is the label with the
// most votes, summed over the [Votes] methods (the learned linear read-out), the first label on ties.
using Alta;

namespace Alta.Samples.Learned;

[AltaProgram(Vocabulary = 8, MaxLength = 8, Output = nameof(Output), HaltWhen = nameof(Layer), HaltValue = Layers.Done)]
public partial class LearnedReverse
{
    public enum Tokens
    {
        Pad, // "<pad>"
        Bos, // "<s>"
        Eos, // "</s>"
        T0, // "0"
        T1, // "1"
        T2, // "2"
        T3, // "3"
        T4, // "4"
    }

    public enum Labels
    {
        L0, // "0"
        L1, // "1"
        L2, // "2"
        L3, // "3"
        L4, // "4"
    }

    public enum Layers { Layer0, Layer1, Layer2, Done }

    [FromToken(nameof(TokenOf))] public Tokens Token;
    [FromPosition] [Categorical(8)] public int Position;
    public Layers Layer;
    [Readout] public Labels Output;

    static Tokens TokenOf(int token) => (Tokens)token;

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head0_0Read;
    public Tokens Head0_0;

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head0_1Read;
    public Tokens Head0_1;

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_2Selects), Prefer = Preference.Nearest)]
    public Tokens? Head0_2Read;
    public Tokens Head0_2;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_1Selects), Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(9)] public int Count0_1;

    // Layer 0: a table of Head0_2 and Head0_1.
    [Categorical(9)] public int Mlp0_0;

    // Layer 1: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head1_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_0Read;
    public Tokens Head1_0;

    // Layer 1: copies Head0_2 from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_2), Where = nameof(Head1_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_1Read;
    public Tokens Head1_1;

    // Layer 1: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head1_2Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_2Read;
    public Tokens Head1_2;

    // Layer 1: counts the positions whose Head0_1 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Head0_1), Where = nameof(Count1_0Selects), Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(9)] public int Count1_0;

    // Layer 1: counts the positions whose Head0_1 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Head0_1), Where = nameof(Count1_1Selects), Aggregate = Aggregation.Count)]
    public int? Count1_1Read;
    [Categorical(9)] public int Count1_1;

    // Layer 1: a table of Head0_2.
    [Categorical(9)] public int Mlp1_0;

    // Layer 2: copies Head0_0 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head0_0), Where = nameof(Head2_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_0Read;
    public Tokens Head2_0;

    // Layer 2: copies Head1_1 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head1_1), Where = nameof(Head2_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_1Read;
    public Tokens Head2_1;

    // Layer 2: copies Head0_0 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head0_0), Where = nameof(Head2_2Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_2Read;
    public Tokens Head2_2;

    // Layer 2: counts the positions whose Head0_1 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Head0_1), Where = nameof(Count2_0Selects), Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(9)] public int Count2_0;

    // Layer 2: counts the positions whose Head0_1 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Head0_1), Where = nameof(Count2_1Selects), Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(9)] public int Count2_1;

    // Layer 2: a table of Head0_2.
    [Categorical(9)] public int Mlp2_0;

    // Head0_0 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_0), Where = nameof(AtBos))]
    public Tokens? Head0_0AtBos;

    // Head0_2 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_2), Where = nameof(AtBos))]
    public Tokens? Head0_2AtBos;

    // Head1_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_1), Where = nameof(AtBos))]
    public Tokens? Head1_1AtBos;

    static bool AtBos(int query, int key) => key == 0;

    static bool Head0_0Selects(int query, int key) => query switch
    {
        1 => key == 6,
        2 or 7 => key == 4,
        4 or 6 => key == 1,
        5 => key == 2,
        _ => key == 3,
    };

    static bool Head0_1Selects(int query, int key) => query switch
    {
        1 => key == 6,
        2 => key == 5,
        4 => key == 3,
        5 => key == 7,
        6 => key == 1,
        _ => key == 4,
    };

    static bool Head0_2Selects(int query, int key) => query switch
    {
        0 => key == 3,
        1 => key == 5,
        5 or 7 => key == 2,
        6 => key == 1,
        _ => key == 7,
    };

    static bool Count0_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad or Tokens.Eos => key == Tokens.T1,
        Tokens.T1 => key == Tokens.T4,
        _ => key == Tokens.T2,
    };

    // Layer 0: a table of Head0_2 and Head0_1.
    static int Mlp0_0Of(Tokens head0_2, Tokens head0_1) => head0_2 switch
    {
        Tokens.Bos => head0_1 switch
        {
            Tokens.Bos or Tokens.Eos => 2,
            Tokens.T1 => 5,
            Tokens.T2 or Tokens.T4 => 6,
            Tokens.T3 => 4,
            _ => 8,
        },
        Tokens.Eos => head0_1 switch
        {
            Tokens.Bos => 2,
            Tokens.Eos => 3,
            Tokens.T0 => 0,
            Tokens.T1 => 1,
            Tokens.T2 => 4,
            Tokens.T3 => 8,
            _ => 7,
        },
        Tokens.T0 => head0_1 switch
        {
            Tokens.Bos => 8,
            Tokens.Eos => 0,
            Tokens.T0 => 1,
            Tokens.T2 => 4,
            Tokens.T4 => 5,
            _ => 6,
        },
        Tokens.T1 => head0_1 switch
        {
            Tokens.Bos => 5,
            Tokens.Eos => 1,
            Tokens.T1 => 2,
            Tokens.T2 => 4,
            Tokens.T3 => 8,
            Tokens.T4 => 7,
            _ => 0,
        },
        Tokens.T2 => head0_1 switch
        {
            Tokens.Pad => 2,
            Tokens.Bos => 1,
            Tokens.Eos => 4,
            Tokens.T0 => 3,
            Tokens.T3 => 8,
            Tokens.T4 => 7,
            _ => 6,
        },
        Tokens.T3 => head0_1 switch
        {
            Tokens.Pad => 5,
            Tokens.Bos => 4,
            Tokens.T0 => 0,
            Tokens.T1 => 1,
            Tokens.T3 => 2,
            Tokens.T4 => 7,
            _ => 8,
        },
        Tokens.T4 => head0_1 switch
        {
            Tokens.Bos => 6,
            Tokens.Eos => 7,
            Tokens.T1 or Tokens.T3 => 1,
            Tokens.T2 => 4,
            Tokens.T4 => 3,
            _ => 5,
        },
        _ => head0_1 switch
        {
            Tokens.Pad => 3,
            Tokens.Eos or Tokens.T3 => 1,
            Tokens.T1 => 8,
            _ => 4,
        },
    };

    static bool Head1_0Selects(int query, int key) => query switch
    {
        0 => key == 0,
        2 or 4 => key == 2,
        3 => key == 3,
        5 or 6 => key == 1,
        _ => key == 4,
    };

    static bool Head1_1Selects(int query, int key) => query switch
    {
        0 => key == 2,
        1 => key == 4,
        2 => key == 5,
        5 => key == 3,
        6 or 7 => key == 7,
        _ => key == 6,
    };

    static bool Head1_2Selects(int query, int key) => query switch
    {
        0 => key == 0,
        1 => key == 6,
        4 => key == 2,
        5 or 6 => key == 1,
        7 => key == 4,
        _ => key == 7,
    };

    static bool Count1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => key == Tokens.T3,
        Tokens.T0 or Tokens.T1 => key == Tokens.T1,
        Tokens.T2 => key == Tokens.Pad,
        Tokens.T3 => key == Tokens.T4,
        Tokens.T4 => key == Tokens.Bos,
        _ => key == Tokens.T2,
    };

    static bool Count1_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => key == Tokens.T3,
        Tokens.T0 => key == Tokens.T0,
        Tokens.T1 => key == Tokens.T2,
        Tokens.T2 or Tokens.T4 => key == Tokens.Bos,
        Tokens.T3 => key == Tokens.T4,
        _ => key == Tokens.T1,
    };

    // Layer 1: a table of Head0_2.
    static int Mlp1_0Of(Tokens head0_2) => head0_2 switch
    {
        Tokens.Pad or Tokens.T0 or Tokens.T1 => 3,
        Tokens.T3 => 5,
        _ => 4,
    };

    static bool Head2_0Selects(int query, Tokens key) => query switch
    {
        0 => key == Tokens.T4,
        2 or 4 => key == Tokens.Eos,
        5 => key == Tokens.T0,
        6 => false,
        7 => key == Tokens.T3,
        _ => key == Tokens.Bos,
    };

    static bool Head2_1Selects(int query, Tokens key) => query switch
    {
        1 or 3 => key == Tokens.T4,
        2 or 4 => key == Tokens.Eos,
        5 => false,
        6 => key == Tokens.Bos,
        _ => key == Tokens.T3,
    };

    static bool Head2_2Selects(int query, Tokens key) => query switch
    {
        1 => key == Tokens.Pad,
        2 => false,
        4 => key == Tokens.T4,
        6 => key == Tokens.T3,
        _ => key == Tokens.Eos,
    };

    static bool Count2_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.T0 => key == Tokens.T1,
        Tokens.Eos => key == Tokens.T0,
        Tokens.T2 => key == Tokens.Bos,
        Tokens.T3 => key == Tokens.T3,
        Tokens.T4 => false,
        _ => key == Tokens.T4,
    };

    static bool Count2_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.T0 or Tokens.T3 => key == Tokens.T1,
        Tokens.T1 or Tokens.T2 => key == Tokens.Bos,
        Tokens.T4 => key == Tokens.T4,
        _ => key == Tokens.T0,
    };

    // Layer 2: a table of Head0_2.
    static int Mlp2_0Of(Tokens head0_2) => head0_2 switch
    {
        Tokens.Bos or Tokens.Eos or Tokens.T1 => 6,
        Tokens.T2 => 4,
        Tokens.T4 => 7,
        _ => 8,
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.T0 => label switch { Labels.L0 => -4, Labels.L1 => -3, Labels.L3 => 10, _ => 0 },
        Tokens.T1 => label switch { Labels.L2 or Labels.L3 => 7, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 2, Labels.L2 => -15, Labels.L3 => 3, Labels.L4 => -4, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -1, Labels.L1 => 1, Labels.L2 => -5, Labels.L3 => 3, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => 3, Labels.L3 => 7, Labels.L4 => -7, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.L1 => 1, Labels.L2 => -7, Labels.L3 => -2, Labels.L4 => 6, _ => 0 },
        2 => label switch { Labels.L0 => 6, Labels.L1 => -1, Labels.L2 => 4, Labels.L4 => -10, _ => 0 },
        3 => label switch { Labels.L1 => -14, Labels.L3 => -13, Labels.L4 => 1, _ => 0 },
        4 => label switch { Labels.L1 => -3, Labels.L2 => 8, Labels.L3 => 6, Labels.L4 => -14, _ => 0 },
        5 => label switch { Labels.L1 => -8, Labels.L2 => 4, Labels.L3 => 2, Labels.L4 => -15, _ => 0 },
        6 => label switch { Labels.L0 => 2, Labels.L1 => -19, Labels.L2 => -11, Labels.L3 => 1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => 1, Labels.L1 => -5, Labels.L3 => 4, Labels.L4 => -6, _ => 0 },
        Tokens.Eos => label switch { Labels.L2 => 12, Labels.L3 => 20, Labels.L4 => -22, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 95, Labels.L1 => -6, Labels.L2 => 1, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -2, Labels.L1 => 84, Labels.L3 => -1, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 => -5, Labels.L2 => 83, Labels.L3 => -7, Labels.L4 => 7, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -1, Labels.L2 => -2, Labels.L3 => 81, Labels.L4 => 3, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -7, Labels.L2 => -2, Labels.L3 => 4, Labels.L4 => 83, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_1 adds to each label's total.
    [Votes(nameof(Head0_1))]
    static int Head0_1Votes(Tokens head0_1, Labels label) => head0_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -1, Labels.L2 => -8, Labels.L4 => 2, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -14, Labels.L1 => 3, Labels.L3 => 15, Labels.L4 => -12, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 89, Labels.L1 => -15, Labels.L3 => -85, Labels.L4 => 9, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -4, Labels.L1 => 115, Labels.L2 => 20, Labels.L4 => -2, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 => -10, Labels.L2 => 87, Labels.L3 => -11, Labels.L4 => 48, _ => 0 },
        Tokens.T3 => label switch { Labels.L1 => -24, Labels.L2 => -91, Labels.L3 => 99, Labels.L4 => 12, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -12, Labels.L2 => 55, Labels.L3 => -26, Labels.L4 => 46, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_2 adds to each label's total.
    [Votes(nameof(Head0_2))]
    static int Head0_2Votes(Tokens head0_2, Labels label) => head0_2 switch
    {
        Tokens.Bos => label switch { Labels.L1 => 9, Labels.L2 => -18, Labels.L3 => -9, Labels.L4 => 3, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -7, Labels.L2 => 20, Labels.L3 => 1, Labels.L4 => -5, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 49, Labels.L1 => -15, Labels.L3 => -14, Labels.L4 => 24, _ => 0 },
        Tokens.T1 => label switch { Labels.L1 => 70, Labels.L2 => 5, Labels.L3 => -43, Labels.L4 => -17, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -8, Labels.L1 => -21, Labels.L2 => 61, Labels.L3 => 8, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => 11, Labels.L1 => -15, Labels.L2 => -7, Labels.L3 => 48, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -22, Labels.L2 => 8, Labels.L3 => -8, Labels.L4 => 51, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch { Labels.L0 => 1, Labels.L2 => -16, Labels.L3 => 2, Labels.L4 => -2, _ => 0 },
        1 => label switch { Labels.L0 => -1, Labels.L2 => -9, Labels.L3 => 2, _ => 0 },
        2 => label switch { Labels.L0 => -6, Labels.L1 => -4, Labels.L4 => 1, _ => 0 },
        3 => label switch { Labels.L0 => -2, Labels.L1 => -1, Labels.L2 => 17, Labels.L4 => 5, _ => 0 },
        4 => label switch { Labels.L0 => -11, Labels.L1 => -1, Labels.L2 => 17, Labels.L3 => 9, _ => 0 },
        5 => label switch { Labels.L0 => 6, Labels.L2 => -4, Labels.L3 => -11, Labels.L4 => 1, _ => 0 },
        6 => label switch { Labels.L0 => -1, Labels.L1 => 6, Labels.L2 => -5, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        0 => label switch { Labels.L0 => 166, Labels.L1 => 7, Labels.L2 => -4, Labels.L4 => -20, _ => 0 },
        1 => label switch { Labels.L0 => 1, Labels.L1 => 113, Labels.L2 => -54, Labels.L4 => -11, _ => 0 },
        2 => label switch { Labels.L1 => -14, Labels.L2 => 8, Labels.L3 => -8, Labels.L4 => 9, _ => 0 },
        3 => label switch { Labels.L0 => 16, Labels.L2 => -27, Labels.L3 => -32, Labels.L4 => 11, _ => 0 },
        4 => label switch { Labels.L1 => 11, Labels.L2 => 111, Labels.L3 => -94, Labels.L4 => -21, _ => 0 },
        5 => label switch { Labels.L0 => -1, Labels.L1 => -101, Labels.L2 => 5, Labels.L3 => 3, _ => 0 },
        6 => label switch { Labels.L1 => 15, Labels.L2 => -43, Labels.L3 => 18, Labels.L4 => -55, _ => 0 },
        7 => label switch { Labels.L1 => 22, Labels.L2 => -59, Labels.L3 => -8, Labels.L4 => 200, _ => 0 },
        8 => label switch { Labels.L0 => -99, Labels.L2 => 11, Labels.L3 => 71, Labels.L4 => -28, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(Tokens head1_0, Labels label) => head1_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -17, Labels.L2 => 12, Labels.L3 => 21, Labels.L4 => -12, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -6, Labels.L2 => 25, Labels.L3 => 21, Labels.L4 => -12, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 75, Labels.L2 => -1, Labels.L3 => -2, Labels.L4 => 8, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -5, Labels.L1 => 74, Labels.L2 => -3, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -9, Labels.L1 => -6, Labels.L2 => 59, Labels.L4 => 9, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -8, Labels.L1 => 1, Labels.L2 => -2, Labels.L3 => 62, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -6, Labels.L2 => -5, Labels.L3 => 4, Labels.L4 => 80, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_1 adds to each label's total.
    [Votes(nameof(Head1_1))]
    static int Head1_1Votes(Tokens head1_1, Labels label) => head1_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => 9, Labels.L1 => 6, Labels.L2 or Labels.L4 => -1, _ => 0 },
        Tokens.Eos => label switch { Labels.L1 => 1, Labels.L2 => 5, Labels.L4 => -12, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => -77, Labels.L1 => -3, Labels.L2 => 1, Labels.L3 => 3, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 4, Labels.L1 => -67, Labels.L2 => -2, Labels.L4 => 1, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 10, Labels.L1 => 7, Labels.L2 => -67, Labels.L4 => -7, _ => 0 },
        Tokens.T3 => label switch { Labels.L1 => -3, Labels.L3 => -65, Labels.L4 => 2, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -1, Labels.L1 => 15, Labels.L2 => 10, Labels.L4 => -63, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_2 adds to each label's total.
    [Votes(nameof(Head1_2))]
    static int Head1_2Votes(Tokens head1_2, Labels label) => head1_2 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -4, Labels.L3 or Labels.L4 => 2, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => 8, Labels.L1 => -1, Labels.L3 => 5, Labels.L4 => -8, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 31, Labels.L1 or Labels.L4 => -5, Labels.L2 => 7, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -4, Labels.L1 => 28, Labels.L2 => -2, Labels.L4 => 8, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 5, Labels.L2 => 32, Labels.L3 => -13, Labels.L4 => -12, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -3, Labels.L2 => -1, Labels.L3 => 23, Labels.L4 => 5, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -13, Labels.L1 => 1, Labels.L2 => -1, Labels.L4 => 45, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.L0 => 6, Labels.L1 => 2, Labels.L2 => -1, Labels.L3 => -7, _ => 0 },
        1 => label switch { Labels.L0 => 1, Labels.L1 => -4, Labels.L2 => 14, Labels.L4 => -9, _ => 0 },
        2 => label switch { Labels.L1 or Labels.L3 => 8, Labels.L2 => -22, Labels.L4 => -4, _ => 0 },
        3 => label switch { Labels.L1 => 1, Labels.L2 => -11, Labels.L3 => 8, _ => 0 },
        4 => label switch { Labels.L1 => 13, Labels.L2 => -38, Labels.L3 => 8, Labels.L4 => -22, _ => 0 },
        5 => label switch { Labels.L1 => 12, Labels.L2 => -54, Labels.L3 => 17, Labels.L4 => -31, _ => 0 },
        6 => label switch { Labels.L1 => 12, Labels.L2 => -88, Labels.L3 => 1, Labels.L4 => -56, _ => 0 },
        7 => label switch { Labels.L0 => 20, Labels.L1 => 98, Labels.L2 => -18, Labels.L4 => -20, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.L0 => -1, Labels.L1 => 4, Labels.L2 => 3, Labels.L3 => -16, _ => 0 },
        1 => label switch { Labels.L0 => 3, Labels.L1 => 12, Labels.L2 => -10, Labels.L3 => -5, _ => 0 },
        2 => label switch { Labels.L0 => 5, Labels.L1 => -21, Labels.L2 => -1, Labels.L4 => 1, _ => 0 },
        3 => label switch { Labels.L0 or Labels.L1 => -7, Labels.L2 => 1, Labels.L4 => 7, _ => 0 },
        4 => label switch { Labels.L0 => 13, Labels.L2 => -7, Labels.L3 => 10, _ => 0 },
        5 => label switch { Labels.L0 => 39, Labels.L1 => -1, Labels.L2 => -10, Labels.L3 => 20, _ => 0 },
        6 => label switch { Labels.L0 => 37, Labels.L2 => -28, Labels.L3 => 10, Labels.L4 => -15, _ => 0 },
        7 => label switch { Labels.L0 => 66, Labels.L1 => -49, Labels.L2 => 16, Labels.L3 => -19, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        3 => label switch { Labels.L0 => 9, Labels.L1 => -4, Labels.L2 => 8, _ => 0 },
        4 => label switch { Labels.L0 => 7, Labels.L1 => -5, Labels.L2 => 6, Labels.L3 => -1, _ => 0 },
        5 => label switch { Labels.L0 => 13, Labels.L2 => 11, Labels.L3 or Labels.L4 => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(Tokens head2_0, Labels label) => head2_0 switch
    {
        Tokens.Bos => label switch { Labels.L1 => 1, Labels.L2 => 13, Labels.L3 => -1, Labels.L4 => -25, _ => 0 },
        Tokens.Eos => label switch { Labels.L2 => 1, Labels.L3 => -16, Labels.L4 => -2, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => -43, Labels.L1 => 7, Labels.L2 => -1, Labels.L4 => 9, _ => 0 },
        Tokens.T1 => label switch { Labels.L1 => -35, Labels.L2 => 5, Labels.L3 => -1, Labels.L4 => 8, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 => 2, Labels.L2 => -38, Labels.L3 => -1, Labels.L4 => 7, _ => 0 },
        Tokens.T3 => label switch { Labels.L2 => -1, Labels.L3 => -33, Labels.L4 => 10, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => 4, Labels.L1 => 3, Labels.L2 => -1, Labels.L4 => -23, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_1 adds to each label's total.
    [Votes(nameof(Head2_1))]
    static int Head2_1Votes(Tokens head2_1, Labels label) => head2_1 switch
    {
        Tokens.Bos => label switch { Labels.L1 => 5, Labels.L3 => -1, Labels.L4 => -12, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -3, Labels.L2 => -2, Labels.L3 => 5, Labels.L4 => 1, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => -56, Labels.L2 => -2, Labels.L4 => 3, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -2, Labels.L1 => -47, Labels.L2 => 6, Labels.L4 => 10, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -13, Labels.L2 => -46, Labels.L3 => 1, Labels.L4 => 5, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -5, Labels.L3 => -43, Labels.L4 => 1, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => 1, Labels.L2 => -1, Labels.L3 => 2, Labels.L4 => -42, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_2 adds to each label's total.
    [Votes(nameof(Head2_2))]
    static int Head2_2Votes(Tokens head2_2, Labels label) => head2_2 switch
    {
        Tokens.Bos => label switch { Labels.L0 => 1, Labels.L1 => -7, Labels.L2 => -2, Labels.L4 => 40, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => 3, Labels.L1 => -7, Labels.L4 => 4, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 77, Labels.L1 => -4, Labels.L2 => 3, Labels.L4 => -9, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 or Labels.L4 => -6, Labels.L1 => 78, Labels.L2 => 4, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 2, Labels.L1 => -4, Labels.L2 => 77, Labels.L4 => -7, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 or Labels.L4 => -1, Labels.L3 => 81, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -6, Labels.L1 => -5, Labels.L2 => 4, Labels.L4 => 81, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.L0 => 2, Labels.L1 => -17, Labels.L2 => 3, Labels.L4 => -5, _ => 0 },
        1 => label switch { Labels.L0 => 4, Labels.L2 => -3, Labels.L3 => 6, Labels.L4 => -2, _ => 0 },
        2 => label switch { Labels.L0 => -30, Labels.L1 => 7, Labels.L2 => -13, Labels.L4 => 2, _ => 0 },
        3 => label switch { Labels.L0 => -9, Labels.L1 => 3, Labels.L2 => -7, Labels.L4 => 1, _ => 0 },
        4 => label switch { Labels.L0 => -5, Labels.L1 => 18, Labels.L3 => 34, _ => 0 },
        5 => label switch { Labels.L0 => -16, Labels.L1 => 13, Labels.L3 => 19, Labels.L4 => -11, _ => 0 },
        6 => label switch { Labels.L0 => -10, Labels.L2 => 10, Labels.L3 => 57, Labels.L4 => -6, _ => 0 },
        7 => label switch { Labels.L0 => -22, Labels.L2 => 14, Labels.L3 => 106, Labels.L4 => -12, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.L0 or Labels.L4 => -4, Labels.L1 => 11, Labels.L2 => 5, _ => 0 },
        1 => label switch { Labels.L0 => 13, Labels.L1 => -13, Labels.L3 => -1, _ => 0 },
        2 => label switch { Labels.L1 or Labels.L4 => -1, Labels.L2 => 3, Labels.L3 => 2, _ => 0 },
        3 => label switch { Labels.L0 => -2, Labels.L1 => 6, Labels.L2 => -3, Labels.L4 => 5, _ => 0 },
        4 => label switch { Labels.L1 => -8, Labels.L2 => -3, Labels.L3 => 16, Labels.L4 => 36, _ => 0 },
        5 => label switch { Labels.L1 => -19, Labels.L2 => -2, Labels.L3 => 34, Labels.L4 => 43, _ => 0 },
        6 => label switch { Labels.L0 => -11, Labels.L1 => -1, Labels.L3 => 7, Labels.L4 => 28, _ => 0 },
        7 => label switch { Labels.L0 => -17, Labels.L1 => 50, Labels.L3 => -4, Labels.L4 => 81, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        4 => label switch { Labels.L1 => -14, Labels.L2 => 3, Labels.L3 => -8, Labels.L4 => 5, _ => 0 },
        6 => label switch { Labels.L0 => -8, Labels.L2 => -4, Labels.L3 or Labels.L4 => 4, _ => 0 },
        7 => label switch { Labels.L0 => 2, Labels.L1 => -18, Labels.L2 => -5, _ => 0 },
        8 => label switch { Labels.L0 or Labels.L1 => -4, Labels.L3 => 5, Labels.L4 => 14, _ => 0 },
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
                Count0_1 = Count0_1Read ?? 0;
                Mlp0_0 = Mlp0_0Of(Head0_2, Head0_1);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Tokens.Bos;
                Head1_1 = Head1_1Read ?? Head0_2AtBos ?? default;
                Head1_2 = Head1_2Read ?? Tokens.Bos;
                Count1_0 = Count1_0Read ?? 0;
                Count1_1 = Count1_1Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Head0_2);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Head0_0AtBos ?? default;
                Head2_1 = Head2_1Read ?? Head1_1AtBos ?? default;
                Head2_2 = Head2_2Read ?? Head0_0AtBos ?? default;
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Head0_2);
                Layer = Layers.Done;
                break;
        }
    }
}
