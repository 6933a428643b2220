// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'sort'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn sort --layers 3 --heads 4 --counts 4 --mlps 2 --epochs 60 --lr 0.01 --loss-mean sequence
// Test accuracy of the learned model: 100.00%; this class computes exactly what that model computes.
// Each phase of Layer is one layer of the learned model; heads select the nearest matching position
// and fall back to BOS when none matches; MLPs are the learned tables; the output is the label with the
// most votes, summed over the [Votes] methods (the learned linear read-out), the first label on ties.
using Alta;

namespace Alta.Samples.Learned;

[AltaProgram(Vocabulary = 8, MaxLength = 8, Output = nameof(Output), HaltWhen = nameof(Layer), HaltValue = Layers.Done)]
public partial class LearnedSort
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

    // Layer 0: copies Token from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Token), Where = nameof(Head0_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head0_0Read;
    public Tokens Head0_0;

    // Layer 0: copies Token from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Token), Where = nameof(Head0_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head0_1Read;
    public Tokens Head0_1;

    // Layer 0: copies Token from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Token), Where = nameof(Head0_2Selects), Prefer = Preference.Nearest)]
    public Tokens? Head0_2Read;
    public Tokens Head0_2;

    // Layer 0: copies Token from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Token), Where = nameof(Head0_3Selects), Prefer = Preference.Nearest)]
    public Tokens? Head0_3Read;
    public Tokens Head0_3;

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_0Selects), Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(9)] public int Count0_0;

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_1Selects), Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(9)] public int Count0_1;

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_2Selects), Aggregate = Aggregation.Count)]
    public int? Count0_2Read;
    [Categorical(9)] public int Count0_2;

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_3Selects), Aggregate = Aggregation.Count)]
    public int? Count0_3Read;
    [Categorical(9)] public int Count0_3;

    // Layer 0: a table of Position.
    [Categorical(9)] public int Mlp0_0;

    // Layer 0: a table of Position.
    [Categorical(9)] public int Mlp0_1;

    // Layer 1: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head1_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_0Read;
    public Tokens Head1_0;

    // Layer 1: copies Head0_2 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head0_2), Where = nameof(Head1_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_1Read;
    public Tokens Head1_1;

    // Layer 1: copies Head0_3 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head0_3), Where = nameof(Head1_2Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_2Read;
    public Tokens Head1_2;

    // Layer 1: copies Token from the nearest position whose Count0_1 matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Count0_1), Value = nameof(Token), Where = nameof(Head1_3Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_3Read;
    public Tokens Head1_3;

    // Layer 1: counts the positions whose Token matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Token), Where = nameof(Count1_0Selects), Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(9)] public int Count1_0;

    // Layer 1: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count1_1Selects), Aggregate = Aggregation.Count)]
    public int? Count1_1Read;
    [Categorical(9)] public int Count1_1;

    // Layer 1: counts the positions whose Count0_2 matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Count0_2), Where = nameof(Count1_2Selects), Aggregate = Aggregation.Count)]
    public int? Count1_2Read;
    [Categorical(9)] public int Count1_2;

    // Layer 1: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count1_3Selects), Aggregate = Aggregation.Count)]
    public int? Count1_3Read;
    [Categorical(9)] public int Count1_3;

    // Layer 1: a table of Position and Head0_2.
    [Categorical(9)] public int Mlp1_0;

    // Layer 1: a table of Head0_3 and Position.
    [Categorical(9)] public int Mlp1_1;

    // Layer 2: copies Token from the nearest position whose Count0_2 matches my Head1_3.
    [Attend(Query = nameof(Head1_3), Key = nameof(Count0_2), Value = nameof(Token), Where = nameof(Head2_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_0Read;
    public Tokens Head2_0;

    // Layer 2: copies Count1_3 from the nearest position whose Count0_2 matches my Mlp0_0.
    [Attend(Query = nameof(Mlp0_0), Key = nameof(Count0_2), Value = nameof(Count1_3), Where = nameof(Head2_1Selects), Prefer = Preference.Nearest)]
    public int? Head2_1Read;
    [Categorical(9)] public int Head2_1;

    // Layer 2: copies Token from the nearest position whose Count1_0 matches my Count0_1.
    [Attend(Query = nameof(Count0_1), Key = nameof(Count1_0), Value = nameof(Token), Where = nameof(Head2_2Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_2Read;
    public Tokens Head2_2;

    // Layer 2: counts the positions whose Token matches my Count0_3.
    [Attend(Query = nameof(Count0_3), Key = nameof(Token), Where = nameof(Count2_0Selects), Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(9)] public int Count2_0;

    // Layer 2: counts the positions whose Token matches my Head1_3.
    [Attend(Query = nameof(Head1_3), Key = nameof(Token), Where = nameof(Count2_1Selects), Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(9)] public int Count2_1;

    // Layer 2: counts the positions whose Token matches my Head0_3.
    [Attend(Query = nameof(Head0_3), Key = nameof(Token), Where = nameof(Count2_2Selects), Aggregate = Aggregation.Count)]
    public int? Count2_2Read;
    [Categorical(9)] public int Count2_2;

    // Layer 2: counts the positions whose Token matches my Count0_3.
    [Attend(Query = nameof(Count0_3), Key = nameof(Token), Where = nameof(Count2_3Selects), Aggregate = Aggregation.Count)]
    public int? Count2_3Read;
    [Categorical(9)] public int Count2_3;

    // Layer 2: a table of Head0_1 and Head0_2.
    [Categorical(9)] public int Mlp2_0;

    // Layer 2: a table of Head0_3.
    [Categorical(9)] public int Mlp2_1;

    // Head0_2 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_2), Where = nameof(AtBos))]
    public Tokens? Head0_2AtBos;

    // Head0_3 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_3), Where = nameof(AtBos))]
    public Tokens? Head0_3AtBos;

    // Count1_3 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Count1_3), Where = nameof(AtBos))]
    public int? Count1_3AtBos;

    static bool AtBos(int query, int key) => key == 0;

    static bool Head0_0Selects(int query, Tokens key) => query switch
    {
        2 or 7 => key == Tokens.T1,
        3 => key == Tokens.T4,
        4 or 5 => key == Tokens.T3,
        6 => key == Tokens.T2,
        _ => key == Tokens.T0,
    };

    static bool Head0_1Selects(int query, Tokens key) => query switch
    {
        0 => key == Tokens.T3,
        3 or 4 => key == Tokens.T1,
        5 or 6 => key == Tokens.T4,
        7 => key == Tokens.T2,
        _ => key == Tokens.T0,
    };

    static bool Head0_2Selects(int query, Tokens key) => query switch
    {
        0 => key == Tokens.T3,
        1 or 2 => key == Tokens.T0,
        3 => key == Tokens.T2,
        7 => key == Tokens.T1,
        _ => key == Tokens.T4,
    };

    static bool Head0_3Selects(int query, Tokens key) => query switch
    {
        0 or 4 => key == Tokens.T4,
        3 => key == Tokens.T0,
        5 or 6 => key == Tokens.T3,
        _ => key == Tokens.T1,
    };

    static bool Count0_0Selects(int query, Tokens key) => query switch
    {
        1 => key == Tokens.Eos,
        4 or 5 => key == Tokens.T0,
        6 => key == Tokens.Pad,
        _ => key == Tokens.T1,
    };

    static bool Count0_1Selects(int query, Tokens key) => query switch
    {
        3 or 4 or 5 or 6 => key == Tokens.T3,
        _ => key == Tokens.T0,
    };

    static bool Count0_2Selects(int query, Tokens key) => query switch
    {
        1 => key == Tokens.T2,
        5 => key == Tokens.Pad,
        6 => key == Tokens.T4,
        _ => key == Tokens.T0,
    };

    static bool Count0_3Selects(int query, Tokens key) => query switch
    {
        0 or 7 => key == Tokens.T1,
        1 => key == Tokens.Bos,
        2 => key == Tokens.T2,
        6 => key == Tokens.Pad,
        _ => key == Tokens.T0,
    };

    // Layer 0: a table of Position.
    static int Mlp0_0Of(int position) => position switch
    {
        0 or 3 => 7,
        1 or 2 => 4,
        4 => 2,
        _ => 5,
    };

    // Layer 0: a table of Position.
    static int Mlp0_1Of(int position) => position switch
    {
        1 => 3,
        2 => 6,
        3 => 0,
        4 => 1,
        5 => 4,
        6 => 8,
        7 => 5,
        _ => 7,
    };

    static bool Head1_0Selects(int query, int key) => query switch
    {
        1 => key == 5,
        2 or 7 => key == 3,
        3 => key == 4,
        4 => key == 1,
        6 => key == 2,
        _ => key == 6,
    };

    static bool Head1_1Selects(int query, Tokens key) => query switch
    {
        2 => key == Tokens.T2,
        3 => key == Tokens.Pad,
        6 => key == Tokens.T4,
        _ => key == Tokens.Eos,
    };

    static bool Head1_2Selects(int query, Tokens key) => query switch
    {
        0 or 6 => false,
        1 => key == Tokens.T2,
        _ => key == Tokens.Eos,
    };

    static bool Head1_3Selects(Tokens query, int key) => query switch
    {
        Tokens.Bos or Tokens.T2 => key == 0,
        Tokens.Eos => key == 5,
        Tokens.T3 or Tokens.T4 => key == 1,
        _ => key == 2,
    };

    static bool Count1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.T1,
        Tokens.T0 => key == Tokens.T0,
        _ => key == Tokens.T2,
    };

    static bool Count1_1Selects(int query, Tokens key) => query switch
    {
        6 => key == Tokens.Eos,
        7 => key == Tokens.T0,
        _ => key == Tokens.T2,
    };

    static bool Count1_2Selects(int query, int key) => query switch
    {
        1 => key == 8,
        4 or 6 => key == 2,
        5 or 7 => key == 1,
        _ => key == 7,
    };

    static bool Count1_3Selects(int query, Tokens key) => query switch
    {
        2 or 7 => key == Tokens.T0,
        6 => false,
        _ => key == Tokens.T1,
    };

    // Layer 1: a table of Position and Head0_2.
    static int Mlp1_0Of(int position, Tokens head0_2) => position switch
    {
        1 => head0_2 switch
        {
            Tokens.Pad => 0,
            Tokens.T0 => 5,
            Tokens.T1 => 3,
            _ => 2,
        },
        2 => head0_2 switch
        {
            Tokens.Eos or Tokens.T3 => 0,
            Tokens.T0 or Tokens.T1 or Tokens.T2 => 2,
            _ => 1,
        },
        3 => head0_2 switch
        {
            Tokens.Pad => 6,
            Tokens.Bos => 8,
            Tokens.Eos => 5,
            Tokens.T0 => 7,
            Tokens.T1 => 0,
            Tokens.T2 => 2,
            _ => 1,
        },
        4 => head0_2 switch
        {
            Tokens.Pad or Tokens.Bos => 4,
            Tokens.Eos => 8,
            Tokens.T0 => 3,
            Tokens.T1 => 1,
            _ => 6,
        },
        5 => head0_2 switch
        {
            Tokens.Pad or Tokens.T2 => 6,
            Tokens.T0 => 3,
            Tokens.T1 => 1,
            Tokens.T4 => 4,
            _ => 8,
        },
        6 => head0_2 switch
        {
            Tokens.Pad or Tokens.T0 or Tokens.T1 => 6,
            Tokens.Bos => 1,
            _ => 4,
        },
        7 => head0_2 switch
        {
            Tokens.Bos => 1,
            Tokens.Eos => 8,
            Tokens.T0 => 5,
            _ => 4,
        },
        _ => head0_2 switch
        {
            Tokens.Bos => 1,
            Tokens.T0 => 2,
            Tokens.T1 => 0,
            Tokens.T2 or Tokens.T3 => 6,
            Tokens.T4 => 8,
            _ => 7,
        },
    };

    // Layer 1: a table of Head0_3 and Position.
    static int Mlp1_1Of(Tokens head0_3, int position) => head0_3 switch
    {
        Tokens.Bos => position switch
        {
            0 => 2,
            1 => 4,
            2 => 6,
            3 => 7,
            4 => 0,
            _ => 5,
        },
        Tokens.Eos => position switch
        {
            0 => 0,
            2 => 8,
            4 => 1,
            5 => 6,
            6 => 3,
            7 => 5,
            _ => 4,
        },
        Tokens.T0 => position switch
        {
            4 => 8,
            5 => 1,
            6 => 6,
            7 => 2,
            _ => 4,
        },
        Tokens.T1 => position switch
        {
            0 => 1,
            3 or 4 => 8,
            5 => 6,
            6 or 7 => 3,
            _ => 4,
        },
        Tokens.T2 => position switch
        {
            1 => 8,
            2 or 4 => 1,
            3 => 4,
            _ => 5,
        },
        Tokens.T3 => position switch
        {
            1 => 7,
            2 or 3 => 6,
            4 => 2,
            6 or 7 => 3,
            _ => 5,
        },
        Tokens.T4 => position switch
        {
            0 => 0,
            1 or 4 => 5,
            2 => 6,
            3 => 2,
            _ => 3,
        },
        _ => position switch
        {
            1 => 4,
            2 => 1,
            3 => 7,
            6 or 7 => 5,
            _ => 0,
        },
    };

    static bool Head2_0Selects(Tokens query, int key) => query switch
    {
        Tokens.Bos => key == 0,
        Tokens.T2 or Tokens.T3 or Tokens.T4 => key == 1,
        _ => key == 2,
    };

    static bool Head2_1Selects(int query, int key) => query switch
    {
        4 => key == 5,
        5 => key == 2,
        7 => key == 4,
        _ => key == 3,
    };

    static bool Head2_2Selects(int query, int key) => query switch
    {
        2 or 3 or 4 => key == 2,
        _ => key == 3,
    };

    static bool Count2_0Selects(int query, Tokens key) => key == Tokens.T1;

    static bool Count2_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad or Tokens.T0 => key == Tokens.T0,
        Tokens.T2 => key == Tokens.T2,
        _ => key == Tokens.T1,
    };

    static bool Count2_2Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad or Tokens.T3 or Tokens.T4 => key == Tokens.T2,
        _ => key == Tokens.T3,
    };

    static bool Count2_3Selects(int query, Tokens key) => key == Tokens.T0;

    // Layer 2: a table of Head0_1 and Head0_2.
    static int Mlp2_0Of(Tokens head0_1, Tokens head0_2) => head0_1 switch
    {
        Tokens.Bos => head0_2 switch
        {
            Tokens.Bos => 4,
            Tokens.T0 => 2,
            Tokens.T1 => 8,
            Tokens.T2 => 5,
            _ => 0,
        },
        Tokens.Eos => head0_2 switch
        {
            Tokens.Bos => 3,
            Tokens.T0 => 2,
            Tokens.T1 or Tokens.T2 => 4,
            Tokens.T3 => 5,
            Tokens.T4 => 0,
            _ => 1,
        },
        Tokens.T0 => head0_2 switch
        {
            Tokens.Pad => 7,
            Tokens.Bos or Tokens.T0 => 2,
            Tokens.T3 or Tokens.T4 => 1,
            _ => 8,
        },
        Tokens.T1 => head0_2 switch
        {
            Tokens.Pad or Tokens.T3 => 1,
            Tokens.Eos => 4,
            Tokens.T1 => 2,
            Tokens.T4 => 5,
            _ => 8,
        },
        Tokens.T2 => head0_2 switch
        {
            Tokens.Pad => 0,
            Tokens.T0 or Tokens.T1 => 8,
            Tokens.T2 => 2,
            Tokens.T3 or Tokens.T4 => 5,
            _ => 3,
        },
        Tokens.T3 => head0_2 switch
        {
            Tokens.Eos => 3,
            Tokens.T0 => 4,
            Tokens.T1 => 1,
            Tokens.T2 => 5,
            Tokens.T4 => 6,
            _ => 0,
        },
        Tokens.T4 => head0_2 switch
        {
            Tokens.T0 => 3,
            Tokens.T1 or Tokens.T2 => 5,
            Tokens.T3 => 6,
            _ => 0,
        },
        _ => head0_2 switch
        {
            Tokens.Bos => 5,
            Tokens.Eos => 1,
            Tokens.T0 => 2,
            Tokens.T1 or Tokens.T2 => 3,
            _ => 0,
        },
    };

    // Layer 2: a table of Head0_3.
    static int Mlp2_1Of(Tokens head0_3) => head0_3 switch
    {
        Tokens.Pad => 4,
        Tokens.Eos or Tokens.T2 => 0,
        Tokens.T1 => 3,
        Tokens.T3 => 2,
        Tokens.T4 => 1,
        _ => 7,
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.T0 => label switch { Labels.L1 => 1, Labels.L2 => 3, Labels.L4 => -2, _ => 0 },
        Tokens.T1 => label switch { Labels.L2 => 1, Labels.L4 => -1, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 1, Labels.L2 => 2, Labels.L3 => -2, Labels.L4 => -3, _ => 0 },
        Tokens.T3 => label switch { Labels.L1 => -1, Labels.L2 => 3, Labels.L4 => -3, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -2, Labels.L1 => -3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.L0 => 29, Labels.L1 => 24, Labels.L3 => -9, Labels.L4 => -27, _ => 0 },
        2 => label switch { Labels.L1 => 15, Labels.L2 => 4, Labels.L3 => -4, Labels.L4 => -19, _ => 0 },
        3 => label switch { Labels.L1 => 1, Labels.L2 => 6, Labels.L3 or Labels.L4 => -2, _ => 0 },
        4 => label switch { Labels.L0 => -23, Labels.L1 => -11, Labels.L2 => 3, Labels.L3 => 5, _ => 0 },
        5 => label switch { Labels.L0 => -21, Labels.L1 => -26, Labels.L3 => 14, Labels.L4 => 10, _ => 0 },
        6 => label switch { Labels.L0 => -11, Labels.L1 => 16, Labels.L3 => -2, Labels.L4 => 12, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -5, Labels.L1 => 7, Labels.L2 => -1, Labels.L4 => 1, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 24, Labels.L1 => -1, Labels.L2 => 2, Labels.L4 => -9, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 6, Labels.L1 => 2, Labels.L3 => -12, Labels.L4 => -11, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 => -5, Labels.L2 => 22, Labels.L3 => 7, Labels.L4 => -2, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -17, Labels.L2 => 3, Labels.L3 => 7, Labels.L4 => -3, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -14, Labels.L1 => -5, Labels.L3 => 8, Labels.L4 => 3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_1 adds to each label's total.
    [Votes(nameof(Head0_1))]
    static int Head0_1Votes(Tokens head0_1, Labels label) => head0_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -19, Labels.L1 => -4, Labels.L2 => 1, Labels.L3 => 6, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 26, Labels.L1 => 5, Labels.L3 => -17, Labels.L4 => -12, _ => 0 },
        Tokens.T1 => label switch { Labels.L1 => 3, Labels.L3 => -6, Labels.L4 => -15, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -7, Labels.L1 => -9, Labels.L3 => 10, Labels.L4 => 25, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_2 adds to each label's total.
    [Votes(nameof(Head0_2))]
    static int Head0_2Votes(Tokens head0_2, Labels label) => head0_2 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -24, Labels.L1 => 5, Labels.L2 => 1, Labels.L4 => -21, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 27, Labels.L1 => 7, Labels.L3 => -18, Labels.L4 => -17, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 2, Labels.L1 => -5, Labels.L3 => 3, Labels.L4 => -18, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -16, Labels.L1 => -9, Labels.L3 => 11, Labels.L4 => 28, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_3 adds to each label's total.
    [Votes(nameof(Head0_3))]
    static int Head0_3Votes(Tokens head0_3, Labels label) => head0_3 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -6, Labels.L2 => 13, Labels.L3 => 4, Labels.L4 => -3, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 8, Labels.L1 => 7, Labels.L3 => -7, Labels.L4 => -16, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 22, Labels.L1 => 21, Labels.L3 => -11, Labels.L4 => -2, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -12, Labels.L1 => -11, Labels.L3 => 13, Labels.L4 => 12, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -8, Labels.L1 => -3, Labels.L2 => 4, Labels.L3 => 9, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        0 => label switch { Labels.L1 => -15, Labels.L2 => -2, Labels.L3 => 8, Labels.L4 => 19, _ => 0 },
        1 => label switch { Labels.L0 => -11, Labels.L1 => -8, Labels.L3 => 2, _ => 0 },
        2 => label switch { Labels.L0 => 11, Labels.L1 => 4, Labels.L3 => -3, Labels.L4 => -11, _ => 0 },
        3 => label switch { Labels.L1 => 54, Labels.L2 => 24, Labels.L4 => -31, _ => 0 },
        4 => label switch { Labels.L0 => 37, Labels.L1 => 43, Labels.L3 => -31, Labels.L4 => -71, _ => 0 },
        5 => label switch { Labels.L0 => 77, Labels.L1 => 27, Labels.L3 => -16, Labels.L4 => -43, _ => 0 },
        6 => label switch { Labels.L0 => 24, Labels.L1 => 6, Labels.L3 => -12, Labels.L4 => -8, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch { Labels.L0 => -1, Labels.L1 => 9, Labels.L3 => -36, Labels.L4 => 28, _ => 0 },
        1 => label switch { Labels.L0 => -1, Labels.L2 => 2, Labels.L3 => -7, Labels.L4 => 10, _ => 0 },
        2 => label switch { Labels.L0 => 15, Labels.L1 => -15, Labels.L3 => 5, Labels.L4 => -20, _ => 0 },
        3 => label switch { Labels.L1 => -10, Labels.L2 => 18, Labels.L3 => 27, Labels.L4 => -42, _ => 0 },
        4 => label switch { Labels.L1 => -20, Labels.L3 => 50, Labels.L4 => -57, _ => 0 },
        5 => label switch { Labels.L0 => 15, Labels.L1 => -28, Labels.L3 => 71, Labels.L4 => -69, _ => 0 },
        6 => label switch { Labels.L1 => -6, Labels.L2 => 5, Labels.L3 => 40, Labels.L4 => -30, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_2 adds to each label's total.
    [Votes(nameof(Count0_2))]
    static int Count0_2Votes(int count0_2, Labels label) => count0_2 switch
    {
        0 => label switch { Labels.L0 => -10, Labels.L1 => -14, Labels.L3 => 6, Labels.L4 => 3, _ => 0 },
        1 => label switch { Labels.L0 => -31, Labels.L2 => 5, Labels.L3 => 2, _ => 0 },
        2 => label switch { Labels.L0 or Labels.L1 => 27, Labels.L3 => -15, Labels.L4 => -32, _ => 0 },
        3 => label switch { Labels.L0 => 50, Labels.L1 => 12, Labels.L3 => -13, Labels.L4 => -22, _ => 0 },
        4 => label switch { Labels.L0 => 84, Labels.L1 => -2, Labels.L2 => -4, Labels.L3 => 4, _ => 0 },
        5 => label switch { Labels.L0 => 40, Labels.L1 => 17, Labels.L2 => -6, Labels.L4 => -1, _ => 0 },
        6 => label switch { Labels.L0 => 29, Labels.L2 => 11, Labels.L3 => -2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_3 adds to each label's total.
    [Votes(nameof(Count0_3))]
    static int Count0_3Votes(int count0_3, Labels label) => count0_3 switch
    {
        0 => label switch { Labels.L0 => -20, Labels.L1 => -13, Labels.L3 => 17, Labels.L4 => 34, _ => 0 },
        1 => label switch { Labels.L0 => -9, Labels.L1 => -2, Labels.L3 => 3, Labels.L4 => 4, _ => 0 },
        2 => label switch { Labels.L0 => -17, Labels.L1 => 30, Labels.L2 => 21, Labels.L4 => -15, _ => 0 },
        3 => label switch { Labels.L0 => 27, Labels.L1 => 14, Labels.L3 => -34, Labels.L4 => -60, _ => 0 },
        4 => label switch { Labels.L0 => 37, Labels.L1 => 31, Labels.L3 => -43, Labels.L4 => -82, _ => 0 },
        5 => label switch { Labels.L0 => 82, Labels.L2 => 7, Labels.L3 => -22, Labels.L4 => -51, _ => 0 },
        6 => label switch { Labels.L0 => 25, Labels.L1 => -10, Labels.L2 => 8, Labels.L4 => -13, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        2 => label switch { Labels.L0 => -10, Labels.L1 => -9, Labels.L4 => 5, _ => 0 },
        4 => label switch { Labels.L0 => 15, Labels.L1 => 12, Labels.L3 => -11, Labels.L4 => -34, _ => 0 },
        5 => label switch { Labels.L0 => -24, Labels.L1 => -9, Labels.L3 => 7, Labels.L4 => 10, _ => 0 },
        7 => label switch { Labels.L0 => -4, Labels.L1 => -6, Labels.L4 => 4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_1 adds to each label's total.
    [Votes(nameof(Mlp0_1))]
    static int Mlp0_1Votes(int mlp0_1, Labels label) => mlp0_1 switch
    {
        0 => label switch { Labels.L2 => 1, Labels.L3 => -3, Labels.L4 => -1, _ => 0 },
        1 => label switch { Labels.L0 => -17, Labels.L1 => -8, Labels.L3 => 2, Labels.L4 => 6, _ => 0 },
        3 => label switch { Labels.L0 => 23, Labels.L1 => 17, Labels.L3 => -14, Labels.L4 => -33, _ => 0 },
        4 => label switch { Labels.L0 => -27, Labels.L1 => -16, Labels.L3 => 7, Labels.L4 => 8, _ => 0 },
        6 => label switch { Labels.L0 => -1, Labels.L1 => 8, Labels.L2 => 3, Labels.L4 => -3, _ => 0 },
        8 => label switch { Labels.L0 => -14, Labels.L1 => 2, Labels.L2 => 1, Labels.L3 => -4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(Tokens head1_0, Labels label) => head1_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -2, Labels.L1 => -3, Labels.L2 or Labels.L4 => 2, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -1, Labels.L1 => -3, Labels.L3 => 8, Labels.L4 => 9, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 5, Labels.L1 => 1, Labels.L3 => -2, Labels.L4 => -7, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 3, Labels.L1 => 2, Labels.L3 => -2, Labels.L4 => -7, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 3, Labels.L2 => 1, Labels.L3 => -3, Labels.L4 => -7, _ => 0 },
        Tokens.T3 => label switch { Labels.L1 => 2, Labels.L2 => 1, Labels.L3 => -1, Labels.L4 => -7, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -6, Labels.L1 => -2, Labels.L2 => 1, Labels.L3 => 2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_1 adds to each label's total.
    [Votes(nameof(Head1_1))]
    static int Head1_1Votes(Tokens head1_1, Labels label) => head1_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 or Labels.L4 => -1, Labels.L2 => 1, _ => 0 },
        Tokens.T0 => label switch { Labels.L1 => 1, Labels.L3 or Labels.L4 => -2, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 1, Labels.L1 => 2, Labels.L3 => -4, Labels.L4 => -7, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 => 2, Labels.L3 => -4, Labels.L4 => -5, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 or Labels.L4 => -3, Labels.L2 => 2, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -7, Labels.L1 => -3, Labels.L3 => 2, Labels.L4 => 7, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_2 adds to each label's total.
    [Votes(nameof(Head1_2))]
    static int Head1_2Votes(Tokens head1_2, Labels label) => head1_2 switch
    {
        Tokens.Bos => label switch { Labels.L0 or Labels.L1 => -2, Labels.L2 => 4, Labels.L3 => 1, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 2, Labels.L1 => 3, Labels.L3 => -6, Labels.L4 => -9, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 6, Labels.L1 => 4, Labels.L3 => -8, Labels.L4 => -17, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -16, Labels.L1 => -8, Labels.L3 => 3, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -11, Labels.L1 => -4, Labels.L2 or Labels.L3 => 2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_3 adds to each label's total.
    [Votes(nameof(Head1_3))]
    static int Head1_3Votes(Tokens head1_3, Labels label) => head1_3 switch
    {
        Tokens.Bos => label switch { Labels.L0 or Labels.L1 => 1, Labels.L4 => -4, _ => 0 },
        Tokens.Eos => label switch { Labels.L1 => -2, Labels.L3 => 5, Labels.L4 => 1, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 2, Labels.L2 => 1, Labels.L4 => -1, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 5, Labels.L1 => 1, Labels.L3 => -3, Labels.L4 => -6, _ => 0 },
        Tokens.T2 => label switch { Labels.L2 => 1, Labels.L3 => -1, Labels.L4 => -2, _ => 0 },
        Tokens.T3 => label switch { Labels.L2 => 1, Labels.L4 => -3, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -5, Labels.L1 => -2, Labels.L2 => 1, Labels.L3 => 2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.L2 => -13, Labels.L3 => -1, Labels.L4 => 3, _ => 0 },
        1 => label switch { Labels.L0 or Labels.L1 => -1, Labels.L2 => 1, Labels.L4 => 4, _ => 0 },
        2 => label switch { Labels.L0 => 1, Labels.L2 => 2, Labels.L3 => -1, Labels.L4 => -5, _ => 0 },
        3 => label switch { Labels.L0 => 8, Labels.L2 => 2, Labels.L3 => -9, Labels.L4 => -25, _ => 0 },
        4 => label switch { Labels.L1 => 19, Labels.L2 => 15, Labels.L3 => -10, Labels.L4 => -45, _ => 0 },
        5 => label switch { Labels.L1 => 10, Labels.L2 => 25, Labels.L3 => -36, Labels.L4 => -95, _ => 0 },
        6 => label switch { Labels.L0 => 2, Labels.L2 => 6, Labels.L3 => -50, Labels.L4 => -67, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.L1 => -8, Labels.L2 => -66, Labels.L3 => 16, Labels.L4 => 35, _ => 0 },
        1 => label switch { Labels.L0 => -1, Labels.L2 => -19, Labels.L3 => 2, Labels.L4 => 9, _ => 0 },
        2 => label switch { Labels.L0 => 6, Labels.L1 => 1, Labels.L3 => -21, Labels.L4 => -41, _ => 0 },
        3 => label switch { Labels.L1 => 31, Labels.L2 => 44, Labels.L3 => -17, Labels.L4 => -57, _ => 0 },
        4 => label switch { Labels.L1 => 38, Labels.L2 => 64, Labels.L3 => -19, Labels.L4 => -67, _ => 0 },
        5 => label switch { Labels.L1 => 40, Labels.L2 => 84, Labels.L3 => -11, Labels.L4 => -52, _ => 0 },
        6 => label switch { Labels.L1 => 10, Labels.L2 => 24, Labels.L3 => -11, Labels.L4 => -34, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_2 adds to each label's total.
    [Votes(nameof(Count1_2))]
    static int Count1_2Votes(int count1_2, Labels label) => count1_2 switch
    {
        0 => label switch { Labels.L0 or Labels.L1 => 5, Labels.L3 => -2, Labels.L4 => -5, _ => 0 },
        1 => label switch { Labels.L0 => 4, Labels.L1 => 1, Labels.L2 => -1, Labels.L4 => -9, _ => 0 },
        2 => label switch { Labels.L0 => -2, Labels.L1 => -4, Labels.L2 => 5, Labels.L3 => 11, _ => 0 },
        4 => label switch { Labels.L0 => -24, Labels.L1 => -17, Labels.L3 => 7, Labels.L4 => 3, _ => 0 },
        5 => label switch { Labels.L0 => -21, Labels.L1 => -8, Labels.L3 => 2, Labels.L4 => 14, _ => 0 },
        6 => label switch { Labels.L0 => -32, Labels.L1 => -16, Labels.L2 => 1, Labels.L3 => 4, _ => 0 },
        7 => label switch { Labels.L0 => -16, Labels.L1 => -6, Labels.L2 => 20, Labels.L3 => 26, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_3 adds to each label's total.
    [Votes(nameof(Count1_3))]
    static int Count1_3Votes(int count1_3, Labels label) => count1_3 switch
    {
        0 => label switch { Labels.L0 => -5, Labels.L1 => -23, Labels.L3 => 17, Labels.L4 => 28, _ => 0 },
        1 => label switch { Labels.L0 => -17, Labels.L2 => -1, Labels.L3 => 6, Labels.L4 => 7, _ => 0 },
        2 => label switch { Labels.L0 => 32, Labels.L2 => 16, Labels.L3 => -1, Labels.L4 => -23, _ => 0 },
        3 => label switch { Labels.L0 => 21, Labels.L1 => 18, Labels.L3 => -41, Labels.L4 => -73, _ => 0 },
        4 => label switch { Labels.L0 => 24, Labels.L1 => 38, Labels.L3 => -55, Labels.L4 => -100, _ => 0 },
        5 => label switch { Labels.L0 => 46, Labels.L1 => 67, Labels.L3 => -30, Labels.L4 => -57, _ => 0 },
        6 => label switch { Labels.L0 => 27, Labels.L1 => 31, Labels.L3 => -26, Labels.L4 => -42, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        1 => label switch { Labels.L1 => -2, Labels.L2 => 4, Labels.L3 => 11, Labels.L4 => -25, _ => 0 },
        2 => label switch { Labels.L0 => -2, Labels.L1 => 21, Labels.L2 => 9, Labels.L4 => -24, _ => 0 },
        4 => label switch { Labels.L0 => -1, Labels.L1 => -8, Labels.L3 => 8, Labels.L4 => 27, _ => 0 },
        5 => label switch { Labels.L0 => 40, Labels.L1 => -10, Labels.L2 => -19, Labels.L4 => 6, _ => 0 },
        6 => label switch { Labels.L0 => -10, Labels.L1 => -6, Labels.L2 => 2, Labels.L3 => 3, _ => 0 },
        8 => label switch { Labels.L0 => 11, Labels.L1 => -9, Labels.L2 => -1, Labels.L4 => 24, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_1 adds to each label's total.
    [Votes(nameof(Mlp1_1))]
    static int Mlp1_1Votes(int mlp1_1, Labels label) => mlp1_1 switch
    {
        0 => label switch { Labels.L0 or Labels.L2 => -4, Labels.L3 => 6, Labels.L4 => 17, _ => 0 },
        3 => label switch { Labels.L1 or Labels.L2 => -2, Labels.L3 => 14, Labels.L4 => 24, _ => 0 },
        4 => label switch { Labels.L0 => 6, Labels.L1 => 4, Labels.L3 => -15, Labels.L4 => -21, _ => 0 },
        5 => label switch { Labels.L0 => -13, Labels.L2 => 1, Labels.L4 => -2, _ => 0 },
        6 => label switch { Labels.L0 => 4, Labels.L1 => 3, Labels.L2 => -2, Labels.L4 => -4, _ => 0 },
        7 => label switch { Labels.L0 => 9, Labels.L1 or Labels.L2 => -3, Labels.L4 => 10, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(Tokens head2_0, Labels label) => head2_0 switch
    {
        Tokens.Bos => label switch { Labels.L1 => 1, Labels.L2 => 2, Labels.L4 => -4, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -3, Labels.L2 => 2, Labels.L3 => 1, Labels.L4 => -4, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 1, Labels.L4 => -6, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -1, Labels.L1 => 1, Labels.L4 => -7, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 2, Labels.L2 => 1, Labels.L3 => -1, Labels.L4 => -6, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -3, Labels.L2 or Labels.L3 => 1, Labels.L4 => -5, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -4, Labels.L2 => 3, Labels.L3 => 5, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_1 adds to each label's total.
    [Votes(nameof(Head2_1))]
    static int Head2_1Votes(int head2_1, Labels label) => head2_1 switch
    {
        0 => label switch { Labels.L0 => -6, Labels.L1 => -27, Labels.L3 => 8, Labels.L4 => 21, _ => 0 },
        1 => label switch { Labels.L1 => -8, Labels.L2 => 7, Labels.L3 => 9, _ => 0 },
        2 => label switch { Labels.L0 => 4, Labels.L1 => 12, Labels.L3 => -4, Labels.L4 => -11, _ => 0 },
        3 => label switch { Labels.L0 => 15, Labels.L1 => 8, Labels.L3 => -12, Labels.L4 => -31, _ => 0 },
        4 => label switch { Labels.L0 => 3, Labels.L1 => 11, Labels.L3 => -23, Labels.L4 => -51, _ => 0 },
        5 => label switch { Labels.L1 => 18, Labels.L2 => 6, Labels.L3 => -5, Labels.L4 => -25, _ => 0 },
        6 => label switch { Labels.L0 => -6, Labels.L2 => 3, Labels.L3 => 2, Labels.L4 => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_2 adds to each label's total.
    [Votes(nameof(Head2_2))]
    static int Head2_2Votes(Tokens head2_2, Labels label) => head2_2 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -1, Labels.L3 => 1, _ => 0 },
        Tokens.T0 => label switch { Labels.L1 or Labels.L2 => 1, Labels.L3 => -2, Labels.L4 => -5, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 or Labels.L1 => 2, Labels.L3 or Labels.L4 => -2, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 2, Labels.L3 => -1, Labels.L4 => -2, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -1, Labels.L1 => 1, Labels.L2 => 2, Labels.L4 => -4, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -8, Labels.L2 => 3, Labels.L3 => 2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.L0 => -3, Labels.L1 => -40, Labels.L3 => 13, Labels.L4 => 22, _ => 0 },
        1 => label switch { Labels.L0 => -2, Labels.L1 => -20, Labels.L2 => 2, Labels.L4 => 4, _ => 0 },
        2 => label switch { Labels.L1 => 20, Labels.L2 => 7, Labels.L3 => -7, Labels.L4 => -26, _ => 0 },
        3 => label switch { Labels.L0 => 32, Labels.L1 => 29, Labels.L3 => -24, Labels.L4 => -57, _ => 0 },
        4 => label switch { Labels.L0 => 16, Labels.L1 => 42, Labels.L3 => -22, Labels.L4 => -55, _ => 0 },
        5 => label switch { Labels.L1 => 36, Labels.L3 => -30, Labels.L4 => -66, _ => 0 },
        6 => label switch { Labels.L0 => 15, Labels.L1 => 52, Labels.L3 => -13, Labels.L4 => -41, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.L0 => 8, Labels.L1 => -11, Labels.L2 => 4, Labels.L4 => -1, _ => 0 },
        1 => label switch { Labels.L0 => -4, Labels.L1 => 3, Labels.L2 => 1, Labels.L3 => -1, _ => 0 },
        2 => label switch { Labels.L0 => 3, Labels.L1 => 4, Labels.L3 => -3, Labels.L4 => -6, _ => 0 },
        3 => label switch { Labels.L0 => 10, Labels.L1 => 6, Labels.L3 => -5, Labels.L4 => -13, _ => 0 },
        4 => label switch { Labels.L0 => 7, Labels.L1 => 9, Labels.L3 => -9, Labels.L4 => -36, _ => 0 },
        5 => label switch { Labels.L0 => 15, Labels.L1 => 40, Labels.L3 => -28, Labels.L4 => -72, _ => 0 },
        6 => label switch { Labels.L0 => 23, Labels.L1 => 36, Labels.L3 => -23, Labels.L4 => -52, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_2 adds to each label's total.
    [Votes(nameof(Count2_2))]
    static int Count2_2Votes(int count2_2, Labels label) => count2_2 switch
    {
        0 => label switch { Labels.L0 => 7, Labels.L1 => -1, Labels.L3 => -10, Labels.L4 => 11, _ => 0 },
        1 => label switch { Labels.L0 => 4, Labels.L1 => 2, Labels.L3 => -1, Labels.L4 => -8, _ => 0 },
        2 => label switch { Labels.L0 => -13, Labels.L2 => 5, Labels.L4 => -20, _ => 0 },
        3 => label switch { Labels.L0 => -3, Labels.L2 => 12, Labels.L3 => 13, Labels.L4 => -14, _ => 0 },
        4 => label switch { Labels.L0 => -16, Labels.L2 or Labels.L3 => 12, Labels.L4 => -35, _ => 0 },
        5 => label switch { Labels.L2 => 11, Labels.L3 => 21, Labels.L4 => -32, _ => 0 },
        6 => label switch { Labels.L0 => -10, Labels.L2 => 3, Labels.L3 => 4, Labels.L4 => -45, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_3 adds to each label's total.
    [Votes(nameof(Count2_3))]
    static int Count2_3Votes(int count2_3, Labels label) => count2_3 switch
    {
        0 => label switch { Labels.L0 => -35, Labels.L1 => -23, Labels.L3 => 13, Labels.L4 => 29, _ => 0 },
        1 => label switch { Labels.L0 => -19, Labels.L1 => -2, Labels.L2 => 4, Labels.L3 => 3, _ => 0 },
        2 => label switch { Labels.L0 => 5, Labels.L1 => 9, Labels.L3 => -9, Labels.L4 => -27, _ => 0 },
        3 => label switch { Labels.L0 => 21, Labels.L1 => 9, Labels.L3 => -18, Labels.L4 => -47, _ => 0 },
        4 => label switch { Labels.L0 => 21, Labels.L1 => 24, Labels.L3 => -27, Labels.L4 => -64, _ => 0 },
        5 => label switch { Labels.L0 => 57, Labels.L1 => 47, Labels.L3 => -30, Labels.L4 => -82, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        0 => label switch { Labels.L0 => -11, Labels.L1 => -5, Labels.L4 => 5, _ => 0 },
        2 => label switch { Labels.L0 => 8, Labels.L1 => 2, Labels.L3 => -2, Labels.L4 => -3, _ => 0 },
        4 => label switch { Labels.L0 => -3, Labels.L1 or Labels.L3 => 1, Labels.L4 => -7, _ => 0 },
        5 => label switch { Labels.L2 => 1, Labels.L4 => -3, _ => 0 },
        8 => label switch { Labels.L0 or Labels.L1 => 2, Labels.L3 => -1, Labels.L4 => -5, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_1 adds to each label's total.
    [Votes(nameof(Mlp2_1))]
    static int Mlp2_1Votes(int mlp2_1, Labels label) => mlp2_1 switch
    {
        1 => label switch { Labels.L0 => -6, Labels.L1 => -3, Labels.L3 => 3, Labels.L4 => 2, _ => 0 },
        2 => label switch { Labels.L0 => -5, Labels.L1 => -2, Labels.L3 or Labels.L4 => 3, _ => 0 },
        3 => label switch { Labels.L0 => 6, Labels.L1 => 3, Labels.L3 => -2, Labels.L4 => -6, _ => 0 },
        7 => label switch { Labels.L1 => 2, Labels.L3 => -1, Labels.L4 => -4, _ => 0 },
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
                Mlp0_0 = Mlp0_0Of(Position);
                Mlp0_1 = Mlp0_1Of(Position);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Tokens.Bos;
                Head1_1 = Head1_1Read ?? Head0_2AtBos ?? default;
                Head1_2 = Head1_2Read ?? Head0_3AtBos ?? default;
                Head1_3 = Head1_3Read ?? Tokens.Bos;
                Count1_0 = Count1_0Read ?? 0;
                Count1_1 = Count1_1Read ?? 0;
                Count1_2 = Count1_2Read ?? 0;
                Count1_3 = Count1_3Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Position, Head0_2);
                Mlp1_1 = Mlp1_1Of(Head0_3, Position);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Tokens.Bos;
                Head2_1 = Head2_1Read ?? Count1_3AtBos ?? default;
                Head2_2 = Head2_2Read ?? Tokens.Bos;
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Count2_2 = Count2_2Read ?? 0;
                Count2_3 = Count2_3Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Head0_1, Head0_2);
                Mlp2_1 = Mlp2_1Of(Head0_3);
                Layer = Layers.Done;
                break;
        }
    }
}
