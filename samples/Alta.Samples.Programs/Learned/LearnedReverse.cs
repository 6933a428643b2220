// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'reverse'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn reverse --layers 3 --heads 3 --counts 2 --mlps 1 --epochs 60 --lr 0.01 --loss-mean sequence --balance-lengths 0.5 --seed 0
// Test accuracy of the learned model: 98.82%; this class computes exactly what that model computes.
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

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_0Selects), Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(9)] public int Count0_0;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_1Selects), Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(9)] public int Count0_1;

    // Layer 0: a table of Head0_0 and Head0_1.
    [Categorical(9)] public int Mlp0_0;

    // Layer 1: copies Token from the nearest position whose Head0_2 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Head0_2), Value = nameof(Token), Where = nameof(Head1_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_0Read;
    public Tokens Head1_0;

    // Layer 1: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head1_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_1Read;
    public Tokens Head1_1;

    // Layer 1: copies Token from the nearest position whose Head0_1 matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Head0_1), Value = nameof(Token), Where = nameof(Head1_2Selects), Prefer = Preference.Nearest)]
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

    // Layer 1: a table of Head0_1.
    [Categorical(9)] public int Mlp1_0;

    // Layer 2: copies Head1_1 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head1_1), Where = nameof(Head2_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_0Read;
    public Tokens Head2_0;

    // Layer 2: copies Head1_2 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head1_2), Where = nameof(Head2_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_1Read;
    public Tokens Head2_1;

    // Layer 2: copies Position from the nearest position whose Token matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Token), Value = nameof(Position), Where = nameof(Head2_2Selects), Prefer = Preference.Nearest)]
    public int? Head2_2Read;
    [Categorical(8)] public int Head2_2;

    // Layer 2: counts the positions whose Head0_1 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Head0_1), Where = nameof(Count2_0Selects), Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(9)] public int Count2_0;

    // Layer 2: counts the positions whose Head0_1 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Head0_1), Where = nameof(Count2_1Selects), Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(9)] public int Count2_1;

    // Layer 2: a table of Head0_2 and Head0_1.
    [Categorical(9)] public int Mlp2_0;

    // Head1_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_1), Where = nameof(AtBos))]
    public Tokens? Head1_1AtBos;

    // Head1_2 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_2), Where = nameof(AtBos))]
    public Tokens? Head1_2AtBos;

    static bool AtBos(int query, int key) => key == 0;

    static bool Head0_0Selects(int query, int key) => query switch
    {
        1 or 7 => key == 5,
        2 or 3 => key == 0,
        4 => key == 7,
        _ => key == 1,
    };

    static bool Head0_1Selects(int query, int key) => query switch
    {
        1 => key == 6,
        2 => key == 7,
        3 or 4 => key == 3,
        6 or 7 => key == 1,
        _ => key == 2,
    };

    static bool Head0_2Selects(int query, int key) => query switch
    {
        1 => key == 6,
        2 => key == 5,
        3 => key == 0,
        4 => key == 7,
        7 => key == 4,
        _ => key == 1,
    };

    static bool Count0_0Selects(int query, Tokens key) => query switch
    {
        0 => key == Tokens.T4,
        5 => key == Tokens.Eos,
        _ => key == Tokens.T2,
    };

    static bool Count0_1Selects(Tokens query, Tokens key) => key == Tokens.T4;

    // Layer 0: a table of Head0_0 and Head0_1.
    static int Mlp0_0Of(Tokens head0_0, Tokens head0_1) => head0_0 switch
    {
        Tokens.Bos => head0_1 switch
        {
            Tokens.Bos => 2,
            Tokens.Eos => 3,
            Tokens.T0 => 7,
            Tokens.T1 => 4,
            Tokens.T4 => 5,
            _ => 1,
        },
        Tokens.Eos => head0_1 switch
        {
            Tokens.Pad => 5,
            Tokens.Bos => 2,
            Tokens.Eos => 3,
            Tokens.T0 => 0,
            Tokens.T2 => 7,
            Tokens.T3 => 4,
            _ => 1,
        },
        Tokens.T0 => head0_1 switch
        {
            Tokens.Bos => 6,
            Tokens.T0 => 7,
            Tokens.T1 or Tokens.T4 => 8,
            Tokens.T2 => 3,
            Tokens.T3 => 5,
            _ => 0,
        },
        Tokens.T1 => head0_1 switch
        {
            Tokens.Bos => 4,
            Tokens.T0 or Tokens.T4 => 8,
            Tokens.T1 => 6,
            Tokens.T2 => 3,
            Tokens.T3 => 5,
            _ => 1,
        },
        Tokens.T2 => head0_1 switch
        {
            Tokens.Pad => 0,
            Tokens.Bos => 1,
            Tokens.Eos => 7,
            Tokens.T2 => 2,
            Tokens.T3 or Tokens.T4 => 6,
            _ => 3,
        },
        Tokens.T3 => head0_1 switch
        {
            Tokens.Bos or Tokens.T3 => 8,
            Tokens.Eos => 4,
            Tokens.T0 or Tokens.T1 => 5,
            Tokens.T2 => 6,
            _ => 2,
        },
        Tokens.T4 => head0_1 switch
        {
            Tokens.Bos => 5,
            Tokens.Eos or Tokens.T1 => 1,
            Tokens.T2 or Tokens.T3 => 6,
            Tokens.T4 => 3,
            _ => 8,
        },
        _ => head0_1 switch
        {
            Tokens.Eos or Tokens.T3 => 6,
            Tokens.T0 or Tokens.T1 => 4,
            Tokens.T4 => 5,
            _ => 1,
        },
    };

    static bool Head1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad or Tokens.Bos => key == Tokens.Bos,
        Tokens.Eos => key == Tokens.T1,
        Tokens.T0 or Tokens.T4 => key == Tokens.Pad,
        _ => false,
    };

    static bool Head1_1Selects(int query, int key) => query switch
    {
        0 => false,
        1 => key == 6,
        3 => key == 0,
        4 => key == 1,
        5 => key == 2,
        6 => key == 3,
        _ => key == 4,
    };

    static bool Head1_2Selects(int query, Tokens key) => query switch
    {
        0 or 4 => key == Tokens.Bos,
        1 => key == Tokens.T1,
        5 => key == Tokens.Eos,
        6 => false,
        _ => key == Tokens.Pad,
    };

    static bool Count1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.T1 => key == Tokens.T1,
        Tokens.T2 => false,
        Tokens.T3 => key == Tokens.Eos,
        Tokens.T4 => key == Tokens.T4,
        _ => key == Tokens.T3,
    };

    static bool Count1_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.Bos,
        Tokens.Bos or Tokens.Eos => key == Tokens.Eos,
        _ => key == Tokens.T2,
    };

    // Layer 1: a table of Head0_1.
    static int Mlp1_0Of(Tokens head0_1) => head0_1 switch
    {
        Tokens.Pad => 6,
        Tokens.Eos or Tokens.T0 => 7,
        Tokens.T1 => 1,
        Tokens.T3 => 5,
        Tokens.T4 => 0,
        _ => 4,
    };

    static bool Head2_0Selects(int query, Tokens key) => query switch
    {
        0 or 6 => false,
        1 or 4 => key == Tokens.Bos,
        3 => key == Tokens.Eos,
        _ => key == Tokens.Pad,
    };

    static bool Head2_1Selects(int query, Tokens key) => query switch
    {
        0 or 4 => false,
        1 => key == Tokens.T3,
        7 => key == Tokens.T2,
        _ => key == Tokens.Eos,
    };

    static bool Head2_2Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => key == Tokens.T0,
        Tokens.Eos => key == Tokens.T2,
        Tokens.T4 => key == Tokens.Eos,
        _ => false,
    };

    static bool Count2_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.T4,
        Tokens.Bos => key == Tokens.Eos,
        Tokens.T0 => key == Tokens.T0,
        _ => key == Tokens.T3,
    };

    static bool Count2_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.Pad,
        Tokens.Eos or Tokens.T3 => key == Tokens.T3,
        _ => key == Tokens.T1,
    };

    // Layer 2: a table of Head0_2 and Head0_1.
    static int Mlp2_0Of(Tokens head0_2, Tokens head0_1) => head0_2 switch
    {
        Tokens.Bos => head0_1 switch
        {
            Tokens.T0 => 7,
            Tokens.T1 => 3,
            Tokens.T2 => 5,
            Tokens.T3 => 2,
            Tokens.T4 => 1,
            _ => 4,
        },
        Tokens.Eos => head0_1 switch
        {
            Tokens.Bos => 4,
            Tokens.Eos => 1,
            Tokens.T0 => 8,
            Tokens.T2 => 2,
            Tokens.T3 => 7,
            Tokens.T4 => 3,
            _ => 0,
        },
        Tokens.T0 => head0_1 switch
        {
            Tokens.Bos or Tokens.T0 => 7,
            Tokens.Eos => 8,
            Tokens.T2 => 4,
            Tokens.T3 => 1,
            Tokens.T4 => 6,
            _ => 5,
        },
        Tokens.T1 => head0_1 switch
        {
            Tokens.Bos => 8,
            Tokens.Eos or Tokens.T2 => 0,
            Tokens.T1 => 6,
            Tokens.T3 => 1,
            _ => 4,
        },
        Tokens.T2 => head0_1 switch
        {
            Tokens.Bos => 5,
            Tokens.Eos or Tokens.T0 => 2,
            Tokens.T1 => 0,
            Tokens.T2 => 6,
            Tokens.T4 => 4,
            _ => 3,
        },
        Tokens.T3 => head0_1 switch
        {
            Tokens.Bos => 2,
            Tokens.T0 or Tokens.T1 => 1,
            Tokens.T2 => 3,
            Tokens.T3 => 4,
            Tokens.T4 => 8,
            _ => 7,
        },
        Tokens.T4 => head0_1 switch
        {
            Tokens.Bos => 0,
            Tokens.Eos or Tokens.T3 => 3,
            Tokens.T1 => 5,
            Tokens.T4 => 1,
            _ => 6,
        },
        _ => head0_1 switch
        {
            Tokens.Bos or Tokens.T0 => 1,
            Tokens.Eos or Tokens.T3 => 8,
            Tokens.T1 => 4,
            Tokens.T2 => 7,
            _ => 6,
        },
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.T0 => label switch { Labels.L0 => -2, Labels.L1 => -1, Labels.L2 or Labels.L3 => 1, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -1, Labels.L1 => -7, Labels.L2 or Labels.L3 => 1, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 => -2, Labels.L2 => -6, Labels.L3 => 2, _ => 0 },
        Tokens.T3 => label switch { Labels.L1 => -1, Labels.L2 => 2, Labels.L3 => -4, Labels.L4 => 1, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -1, Labels.L2 => 1, Labels.L4 => -9, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.L0 => -4, Labels.L1 => -3, Labels.L3 or Labels.L4 => 1, _ => 0 },
        2 => label switch { Labels.L0 => 1, Labels.L1 => 3, Labels.L2 => -3, Labels.L3 => -1, _ => 0 },
        3 => label switch { Labels.L1 => -2, Labels.L2 => 2, Labels.L4 => -4, _ => 0 },
        4 => label switch { Labels.L0 => 5, Labels.L1 => 3, Labels.L3 => -1, Labels.L4 => -3, _ => 0 },
        5 => label switch { Labels.L0 => -12, Labels.L1 => -7, Labels.L2 => 3, Labels.L3 => 2, _ => 0 },
        6 => label switch { Labels.L0 => 4, Labels.L1 => -25, Labels.L2 => 5, Labels.L4 => -7, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.Bos => label switch { Labels.L2 => 2, Labels.L4 => 6, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -1, Labels.L1 => 6, Labels.L2 => -4, Labels.L3 => 11, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 18, Labels.L2 => -5, Labels.L3 => 4, Labels.L4 => -6, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 5, Labels.L1 => 22, Labels.L3 => -10, Labels.L4 => -20, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 => -7, Labels.L2 => 19, Labels.L3 => 2, Labels.L4 => -4, _ => 0 },
        Tokens.T3 => label switch { Labels.L1 or Labels.L4 => -3, Labels.L2 => 3, Labels.L3 => 24, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -22, Labels.L2 => -5, Labels.L3 => 5, Labels.L4 => 17, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_1 adds to each label's total.
    [Votes(nameof(Head0_1))]
    static int Head0_1Votes(Tokens head0_1, Labels label) => head0_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -5, Labels.L1 => -2, Labels.L2 => 2, Labels.L4 => 3, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -1, Labels.L2 => -2, Labels.L4 => 1, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 49, Labels.L1 => 5, Labels.L2 => -14, Labels.L3 => -11, _ => 0 },
        Tokens.T1 => label switch { Labels.L1 => 29, Labels.L2 => 7, Labels.L3 => -16, Labels.L4 => -14, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 4, Labels.L1 => -16, Labels.L2 => 38, Labels.L4 => -10, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => 19, Labels.L2 or Labels.L4 => -1, Labels.L3 => 41, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => 3, Labels.L1 or Labels.L3 => -2, Labels.L4 => 21, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_2 adds to each label's total.
    [Votes(nameof(Head0_2))]
    static int Head0_2Votes(Tokens head0_2, Labels label) => head0_2 switch
    {
        Tokens.Bos => label switch { Labels.L2 or Labels.L3 => -1, Labels.L4 => 3, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -3, Labels.L1 => 3, Labels.L4 => 2, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 26, Labels.L1 => 8, Labels.L2 => -6, Labels.L3 => -20, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -14, Labels.L1 => 28, Labels.L2 => -7, Labels.L4 => 7, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 or Labels.L3 => -2, Labels.L2 => 10, Labels.L4 => 2, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => 1, Labels.L2 => -25, Labels.L3 => 22, Labels.L4 => -3, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -8, Labels.L2 => -5, Labels.L3 => 10, Labels.L4 => 18, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        0 => label switch { Labels.L0 => 4, Labels.L2 => -26, Labels.L4 => -2, _ => 0 },
        1 => label switch { Labels.L0 => 2, Labels.L2 => 5, Labels.L3 => -1, Labels.L4 => -2, _ => 0 },
        2 => label switch { Labels.L2 => 11, Labels.L3 => -3, Labels.L4 => -1, _ => 0 },
        3 => label switch { Labels.L0 => -2, Labels.L2 => 18, Labels.L3 => -4, _ => 0 },
        4 => label switch { Labels.L0 => -2, Labels.L2 => 23, Labels.L3 => -7, _ => 0 },
        5 => label switch { Labels.L0 => -4, Labels.L2 => 16, Labels.L3 => 2, Labels.L4 => -2, _ => 0 },
        6 => label switch { Labels.L0 => -14, Labels.L2 => 6, Labels.L3 => -5, Labels.L4 => 4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch { Labels.L0 => 2, Labels.L1 => -1, Labels.L3 => 1, Labels.L4 => -33, _ => 0 },
        1 => label switch { Labels.L1 => -2, Labels.L2 => 1, Labels.L3 => -1, Labels.L4 => 5, _ => 0 },
        2 => label switch { Labels.L1 => -3, Labels.L2 => 3, Labels.L4 => 15, _ => 0 },
        3 => label switch { Labels.L1 => -4, Labels.L2 => 2, Labels.L3 => -1, Labels.L4 => 20, _ => 0 },
        4 => label switch { Labels.L1 => -4, Labels.L2 => 3, Labels.L3 => -3, Labels.L4 => 24, _ => 0 },
        5 => label switch { Labels.L0 => -1, Labels.L1 => -5, Labels.L2 => 5, Labels.L4 => 17, _ => 0 },
        6 => label switch { Labels.L0 or Labels.L1 => -2, Labels.L2 => 5, Labels.L4 => 11, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        0 => label switch { Labels.L0 => 45, Labels.L2 => 14, Labels.L3 => -9, Labels.L4 => -2, _ => 0 },
        1 => label switch { Labels.L1 => 15, Labels.L2 => -9, Labels.L3 => -3, Labels.L4 => 14, _ => 0 },
        2 => label switch { Labels.L1 => 1, Labels.L2 => -2, _ => 0 },
        3 => label switch { Labels.L0 => -1, Labels.L1 => 1, Labels.L2 => 2, Labels.L4 => -6, _ => 0 },
        4 => label switch { Labels.L0 => 3, Labels.L1 => -20, Labels.L2 => -10, Labels.L3 => 21, _ => 0 },
        5 => label switch { Labels.L0 => -1, Labels.L1 or Labels.L3 => 4, Labels.L4 => -13, _ => 0 },
        6 => label switch { Labels.L0 => -7, Labels.L1 => -2, Labels.L2 => 8, Labels.L3 => 9, _ => 0 },
        7 => label switch { Labels.L0 => -19, Labels.L1 => 1, Labels.L2 => 14, Labels.L3 => -14, _ => 0 },
        8 => label switch { Labels.L0 => 15, Labels.L1 or Labels.L3 => -1, Labels.L4 => 10, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(Tokens head1_0, Labels label) => head1_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -1, Labels.L1 => 1, Labels.L3 => 2, _ => 0 },
        Tokens.Eos => label switch { Labels.L1 => -11, Labels.L4 => 3, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => -8, Labels.L1 => 1, Labels.L2 => -1, Labels.L3 => 2, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 or Labels.L1 => -2, Labels.L4 => 2, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -1, Labels.L1 or Labels.L4 => 1, Labels.L2 => -8, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 or Labels.L3 => -2, Labels.L4 => 1, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => 3, Labels.L3 => 2, Labels.L4 => -6, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_1 adds to each label's total.
    [Votes(nameof(Head1_1))]
    static int Head1_1Votes(Tokens head1_1, Labels label) => head1_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => 2, Labels.L2 => -1, Labels.L4 => 3, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -3, Labels.L1 => -4, Labels.L3 => 1, Labels.L4 => 3, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 6, Labels.L1 or Labels.L3 => -2, Labels.L4 => 2, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 or Labels.L3 => -4, Labels.L1 => 15, Labels.L4 => 1, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 => -2, Labels.L2 => 5, Labels.L3 => -1, Labels.L4 => 2, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -1, Labels.L1 => -2, Labels.L3 => 15, Labels.L4 => 4, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -1, Labels.L3 => -3, Labels.L4 => 8, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_2 adds to each label's total.
    [Votes(nameof(Head1_2))]
    static int Head1_2Votes(Tokens head1_2, Labels label) => head1_2 switch
    {
        Tokens.Bos => label switch { Labels.L1 => 3, Labels.L2 or Labels.L3 => -1, Labels.L4 => 2, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => 1, Labels.L1 => 10, Labels.L2 => -1, Labels.L3 => -8, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 18, Labels.L1 => -8, Labels.L3 => -3, Labels.L4 => 4, _ => 0 },
        Tokens.T1 => label switch { Labels.L1 => 8, Labels.L3 => -3, Labels.L4 => 4, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 or Labels.L3 => -9, Labels.L2 => 25, Labels.L4 => 1, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -3, Labels.L1 => -10, Labels.L3 => 16, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -10, Labels.L2 => 1, Labels.L3 => -6, Labels.L4 => 18, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.L0 => 1, Labels.L3 => -6, _ => 0 },
        1 => label == Labels.L1 ? 1 : 0,
        2 => label switch { Labels.L0 => 2, Labels.L3 => 9, Labels.L4 => -1, _ => 0 },
        3 => label switch { Labels.L0 => -1, Labels.L1 => 2, Labels.L3 => 5, _ => 0 },
        4 => label switch { Labels.L0 => 4, Labels.L1 => -2, Labels.L3 => 17, Labels.L4 => -1, _ => 0 },
        5 => label switch { Labels.L0 => 1, Labels.L1 => 3, Labels.L2 => -1, Labels.L4 => -4, _ => 0 },
        6 => label switch { Labels.L0 => 2, Labels.L2 => -7, Labels.L3 => 7, Labels.L4 => -11, _ => 0 },
        7 => label switch { Labels.L1 => 6, Labels.L2 => -5, Labels.L3 => 5, Labels.L4 => -8, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.L0 => 4, Labels.L2 => 7, _ => 0 },
        1 => label switch { Labels.L0 => -3, Labels.L2 => 3, Labels.L4 => 1, _ => 0 },
        2 => label switch { Labels.L0 => 2, Labels.L1 => -1, Labels.L2 => -17, _ => 0 },
        3 => label switch { Labels.L2 => -12, Labels.L3 => -1, _ => 0 },
        4 => label switch { Labels.L0 => 4, Labels.L1 => 1, Labels.L2 => -28, _ => 0 },
        5 => label switch { Labels.L0 or Labels.L1 => 3, Labels.L2 => -13, _ => 0 },
        6 => label switch { Labels.L0 => 3, Labels.L1 => 2, Labels.L2 => -17, Labels.L3 => -1, _ => 0 },
        7 => label switch { Labels.L0 => 1, Labels.L1 => 2, Labels.L2 => -10, Labels.L3 => -3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        0 => label switch { Labels.L1 => 9, Labels.L2 => 3, Labels.L3 => -2, Labels.L4 => -4, _ => 0 },
        1 => label switch { Labels.L0 => 2, Labels.L1 => 4, Labels.L3 => -4, Labels.L4 => -7, _ => 0 },
        4 => label == Labels.L0 ? 1 : 0,
        5 => label switch { Labels.L1 => -1, Labels.L3 => 1, _ => 0 },
        7 => label switch { Labels.L0 => 2, Labels.L1 => 1, Labels.L2 => -1, Labels.L3 => -2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(Tokens head2_0, Labels label) => head2_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 or Labels.L2 => 1, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 50, Labels.L2 or Labels.L4 => -1, Labels.L3 => 5, _ => 0 },
        Tokens.T1 => label switch { Labels.L1 => 46, Labels.L3 => -2, Labels.L4 => -8, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 3, Labels.L2 => 45, Labels.L4 => -2, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => 2, Labels.L1 => -4, Labels.L3 => 49, Labels.L4 => -6, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -2, Labels.L3 => 2, Labels.L4 => 49, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_1 adds to each label's total.
    [Votes(nameof(Head2_1))]
    static int Head2_1Votes(Tokens head2_1, Labels label) => head2_1 switch
    {
        Tokens.Bos => label switch { Labels.L3 => 2, Labels.L4 => -3, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 15, Labels.L1 => 4, Labels.L3 => -4, Labels.L4 => -5, _ => 0 },
        Tokens.T1 => label switch { Labels.L1 => 20, Labels.L2 => 2, Labels.L3 => -1, Labels.L4 => -4, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 => 4, Labels.L2 => 15, Labels.L3 => -2, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -1, Labels.L1 => 5, Labels.L3 => 23, Labels.L4 => -3, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -4, Labels.L1 => 1, Labels.L3 => -5, Labels.L4 => 12, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_2 adds to each label's total.
    [Votes(nameof(Head2_2))]
    static int Head2_2Votes(int head2_2, Labels label) => head2_2 switch
    {
        0 => label switch { Labels.L0 => -15, Labels.L1 => 2, Labels.L3 => 1, _ => 0 },
        1 => label switch { Labels.L0 => 1, Labels.L1 => -2, Labels.L3 => -5, _ => 0 },
        2 => label switch { Labels.L0 => 7, Labels.L1 => 1, Labels.L2 or Labels.L4 => -1, _ => 0 },
        3 => label switch { Labels.L0 => 14, Labels.L1 => 1, Labels.L4 => -1, _ => 0 },
        4 => label switch { Labels.L0 => 10, Labels.L1 => 1, Labels.L2 or Labels.L4 => -2, _ => 0 },
        5 => label switch { Labels.L0 => -5, Labels.L1 or Labels.L2 => 1, Labels.L4 => -3, _ => 0 },
        6 => label switch { Labels.L0 => -2, Labels.L1 or Labels.L3 => 3, Labels.L4 => -1, _ => 0 },
        7 => label switch { Labels.L0 => -4, Labels.L1 => -2, Labels.L4 => 25, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.L1 => 4, Labels.L3 => 5, Labels.L4 => -3, _ => 0 },
        1 => label switch { Labels.L1 => -2, Labels.L2 => 1, Labels.L4 => -5, _ => 0 },
        2 => label switch { Labels.L1 => -3, Labels.L2 => 4, Labels.L3 => -13, _ => 0 },
        3 => label switch { Labels.L0 => 2, Labels.L1 => -2, Labels.L2 => 5, Labels.L3 => -5, _ => 0 },
        4 => label switch { Labels.L1 => -5, Labels.L2 => 11, Labels.L3 => -15, Labels.L4 => 8, _ => 0 },
        5 => label switch { Labels.L0 => -8, Labels.L2 => 4, Labels.L3 => -10, Labels.L4 => 1, _ => 0 },
        6 => label switch { Labels.L0 or Labels.L3 => -4, Labels.L1 => 6, Labels.L4 => 2, _ => 0 },
        7 => label switch { Labels.L0 => 1, Labels.L1 => 5, Labels.L3 => -1, Labels.L4 => -4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.L0 => 1, Labels.L1 => -8, Labels.L4 => -2, _ => 0 },
        1 => label switch { Labels.L1 => 5, Labels.L2 => 2, Labels.L3 or Labels.L4 => -2, _ => 0 },
        2 => label switch { Labels.L1 => 4, Labels.L3 => -2, Labels.L4 => -3, _ => 0 },
        3 => label switch { Labels.L1 => 5, Labels.L2 => 3, Labels.L3 or Labels.L4 => -1, _ => 0 },
        4 => label switch { Labels.L1 => 11, Labels.L3 => -6, Labels.L4 => -1, _ => 0 },
        5 => label switch { Labels.L0 or Labels.L4 => 1, Labels.L3 => -3, _ => 0 },
        6 => label switch { Labels.L0 => 3, Labels.L1 => -3, Labels.L3 => -4, Labels.L4 => 1, _ => 0 },
        7 => label switch { Labels.L0 => 1, Labels.L1 => 2, Labels.L3 => -2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        0 => label switch { Labels.L0 => 1, Labels.L1 => 10, Labels.L3 => -10, Labels.L4 => -30, _ => 0 },
        1 => label switch { Labels.L3 => -1, Labels.L4 => -3, _ => 0 },
        2 => label switch { Labels.L1 => 1, Labels.L2 => 22, Labels.L3 => -22, _ => 0 },
        3 => label switch { Labels.L1 => -14, Labels.L2 => 2, Labels.L3 => -9, Labels.L4 => 20, _ => 0 },
        4 => label == Labels.L4 ? -2 : 0,
        5 => label switch { Labels.L1 => 1, Labels.L2 => -24, Labels.L3 => 2, Labels.L4 => -10, _ => 0 },
        6 => label switch { Labels.L1 or Labels.L4 => 2, Labels.L2 => -7, Labels.L3 => -5, _ => 0 },
        7 => label switch { Labels.L0 => -24, Labels.L1 => -3, Labels.L2 => 3, Labels.L3 => 23, _ => 0 },
        8 => label switch { Labels.L0 => 14, Labels.L1 => -29, Labels.L2 => 2, Labels.L4 => -10, _ => 0 },
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
                Count0_0 = Count0_0Read ?? 0;
                Count0_1 = Count0_1Read ?? 0;
                Mlp0_0 = Mlp0_0Of(Head0_0, Head0_1);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Tokens.Bos;
                Head1_1 = Head1_1Read ?? Tokens.Bos;
                Head1_2 = Head1_2Read ?? Tokens.Bos;
                Count1_0 = Count1_0Read ?? 0;
                Count1_1 = Count1_1Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Head0_1);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Head1_1AtBos ?? default;
                Head2_1 = Head2_1Read ?? Head1_2AtBos ?? default;
                Head2_2 = Head2_2Read ?? 0;
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Head0_2, Head0_1);
                Layer = Layers.Done;
                break;
        }
    }
}
