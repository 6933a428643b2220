// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'reverse'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn reverse --layers 3 --heads 4 --counts 4 --mlps 2 --epochs 250 --batch 512 --lr 0.05 --loss-mean sequence --seed 1
// Test accuracy of the learned model: 99.81%; this class computes exactly what that model computes.
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

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_3Selects), Prefer = Preference.Nearest)]
    public Tokens? Head0_3Read;
    public Tokens Head0_3;

    // Layer 0: counts the positions whose Position matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Position), Where = nameof(Count0_0Selects), Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(9)] public int Count0_0;

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_1Selects), Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(9)] public int Count0_1;

    // Layer 0: counts the positions whose Position matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Position), Where = nameof(Count0_2Selects), Aggregate = Aggregation.Count)]
    public int? Count0_2Read;
    [Categorical(9)] public int Count0_2;

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_3Selects), Aggregate = Aggregation.Count)]
    public int? Count0_3Read;
    [Categorical(9)] public int Count0_3;

    // Layer 0: a table of Head0_0.
    [Categorical(9)] public int Mlp0_0;

    // Layer 0: a table of Head0_0.
    [Categorical(9)] public int Mlp0_1;

    // Layer 1: copies Mlp0_1 from the nearest position whose Token matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Token), Value = nameof(Mlp0_1), Where = nameof(Head1_0Selects), Prefer = Preference.Nearest)]
    public int? Head1_0Read;
    [Categorical(9)] public int Head1_0;

    // Layer 1: copies Head0_0 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head0_0), Where = nameof(Head1_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_1Read;
    public Tokens Head1_1;

    // Layer 1: copies Mlp0_1 from the nearest position whose Token matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Token), Value = nameof(Mlp0_1), Where = nameof(Head1_2Selects), Prefer = Preference.Nearest)]
    public int? Head1_2Read;
    [Categorical(9)] public int Head1_2;

    // Layer 1: copies Head0_2 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head0_2), Where = nameof(Head1_3Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_3Read;
    public Tokens Head1_3;

    // Layer 1: counts the positions whose Token matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Token), Where = nameof(Count1_0Selects), Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(9)] public int Count1_0;

    // Layer 1: counts the positions whose Count0_2 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Count0_2), Where = nameof(Count1_1Selects), Aggregate = Aggregation.Count)]
    public int? Count1_1Read;
    [Categorical(9)] public int Count1_1;

    // Layer 1: counts the positions whose Head0_0 matches my Head0_2.
    [Attend(Query = nameof(Head0_2), Key = nameof(Head0_0), Where = nameof(Count1_2Selects), Aggregate = Aggregation.Count)]
    public int? Count1_2Read;
    [Categorical(9)] public int Count1_2;

    // Layer 1: counts the positions whose Position matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Position), Where = nameof(Count1_3Selects), Aggregate = Aggregation.Count)]
    public int? Count1_3Read;
    [Categorical(9)] public int Count1_3;

    // Layer 1: a table of Head0_1 and Head0_0.
    [Categorical(9)] public int Mlp1_0;

    // Layer 1: a table of Head0_0.
    [Categorical(9)] public int Mlp1_1;

    // Layer 2: copies Head1_1 from the nearest position whose Position matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Position), Value = nameof(Head1_1), Where = nameof(Head2_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_0Read;
    public Tokens Head2_0;

    // Layer 2: copies Count0_0 from the nearest position whose Token matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Token), Value = nameof(Count0_0), Where = nameof(Head2_1Selects), Prefer = Preference.Nearest)]
    public int? Head2_1Read;
    [Categorical(9)] public int Head2_1;

    // Layer 2: copies Head1_3 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head1_3), Where = nameof(Head2_2Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_2Read;
    public Tokens Head2_2;

    // Layer 2: copies Count1_3 from the nearest position whose Token matches my Head0_0.
    [Attend(Query = nameof(Head0_0), Key = nameof(Token), Value = nameof(Count1_3), Where = nameof(Head2_3Selects), Prefer = Preference.Nearest)]
    public int? Head2_3Read;
    [Categorical(9)] public int Head2_3;

    // Layer 2: counts the positions whose Count0_0 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Count0_0), Where = nameof(Count2_0Selects), Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(9)] public int Count2_0;

    // Layer 2: counts the positions whose Token matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Token), Where = nameof(Count2_1Selects), Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(9)] public int Count2_1;

    // Layer 2: counts the positions whose Count0_0 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Count0_0), Where = nameof(Count2_2Selects), Aggregate = Aggregation.Count)]
    public int? Count2_2Read;
    [Categorical(9)] public int Count2_2;

    // Layer 2: counts the positions whose Count0_0 matches my Head0_1.
    [Attend(Query = nameof(Head0_1), Key = nameof(Count0_0), Where = nameof(Count2_3Selects), Aggregate = Aggregation.Count)]
    public int? Count2_3Read;
    [Categorical(9)] public int Count2_3;

    // Layer 2: a table of Head0_0.
    [Categorical(9)] public int Mlp2_0;

    // Layer 2: a table of Head0_0.
    [Categorical(9)] public int Mlp2_1;

    // Head0_0 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_0), Where = nameof(AtBos))]
    public Tokens? Head0_0AtBos;

    // Head0_2 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_2), Where = nameof(AtBos))]
    public Tokens? Head0_2AtBos;

    // Count0_0 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Count0_0), Where = nameof(AtBos))]
    public int? Count0_0AtBos;

    // Mlp0_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Mlp0_1), Where = nameof(AtBos))]
    public int? Mlp0_1AtBos;

    // Head1_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_1), Where = nameof(AtBos))]
    public Tokens? Head1_1AtBos;

    // Head1_3 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head1_3), Where = nameof(AtBos))]
    public Tokens? Head1_3AtBos;

    // Count1_3 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Count1_3), Where = nameof(AtBos))]
    public int? Count1_3AtBos;

    static bool AtBos(int query, int key) => key == 0;

    static bool Head0_0Selects(int query, int key) => query switch
    {
        0 => key == 4,
        1 => key == 5,
        2 => key == 3,
        6 => key == 1,
        7 => key == 2,
        _ => key == 7,
    };

    static bool Head0_1Selects(int query, int key) => query switch
    {
        1 => key == 6,
        2 => key == 5,
        3 or 7 => key == 4,
        4 => key == 3,
        6 => key == 1,
        _ => key == 2,
    };

    static bool Head0_2Selects(int query, int key) => query switch
    {
        0 => key == 7,
        1 => key == 6,
        4 or 6 => key == 1,
        5 => key == 2,
        7 => key == 4,
        _ => false,
    };

    static bool Head0_3Selects(int query, int key) => query switch
    {
        3 => key == 3,
        4 => key == 2,
        5 or 6 => key == 1,
        _ => key == 4,
    };

    static bool Count0_0Selects(Tokens query, int key) => query switch
    {
        Tokens.Pad => key == 3,
        Tokens.Bos or Tokens.T3 => key == 2,
        Tokens.T4 => key == 6,
        _ => key == 7,
    };

    static bool Count0_1Selects(int query, Tokens key) => query switch
    {
        0 => key == Tokens.T0,
        6 => key == Tokens.Eos,
        _ => key == Tokens.T3,
    };

    static bool Count0_2Selects(Tokens query, int key) => query switch
    {
        Tokens.Eos => key == 5,
        Tokens.T2 or Tokens.T3 or Tokens.T4 => key == 6,
        _ => key == 7,
    };

    static bool Count0_3Selects(int query, Tokens key) => query switch
    {
        0 => key == Tokens.T3,
        7 => key == Tokens.Bos,
        _ => key == Tokens.T4,
    };

    // Layer 0: a table of Head0_0.
    static int Mlp0_0Of(Tokens head0_0) => head0_0 switch
    {
        Tokens.Bos or Tokens.Eos => 2,
        Tokens.T1 => 1,
        Tokens.T2 => 8,
        Tokens.T3 or Tokens.T4 => 5,
        _ => 3,
    };

    // Layer 0: a table of Head0_0.
    static int Mlp0_1Of(Tokens head0_0) => head0_0 switch
    {
        Tokens.Pad => 7,
        Tokens.Bos => 4,
        Tokens.T0 => 0,
        Tokens.T2 => 5,
        Tokens.T3 => 6,
        Tokens.T4 => 2,
        _ => 3,
    };

    static bool Head1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.T3,
        Tokens.Bos => key == Tokens.Eos,
        Tokens.Eos => key == Tokens.Bos,
        Tokens.T2 => key == Tokens.T2,
        _ => key == Tokens.T4,
    };

    static bool Head1_1Selects(int query, Tokens key) => query switch
    {
        1 => key == Tokens.T0,
        2 or 3 => key == Tokens.Pad,
        4 => key == Tokens.T4,
        6 => key == Tokens.T1,
        _ => key == Tokens.Eos,
    };

    static bool Head1_2Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => key == Tokens.Eos,
        Tokens.Eos => key == Tokens.Bos,
        _ => key == Tokens.T0,
    };

    static bool Head1_3Selects(int query, Tokens key) => query switch
    {
        1 => false,
        2 => key == Tokens.Pad,
        4 or 6 => key == Tokens.Bos,
        _ => key == Tokens.Eos,
    };

    static bool Count1_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.T0 => false,
        Tokens.T4 => key == Tokens.T4,
        _ => key == Tokens.T0,
    };

    static bool Count1_1Selects(Tokens query, int key) => query switch
    {
        Tokens.Eos => key == 4,
        Tokens.T0 or Tokens.T2 => key == 2,
        Tokens.T1 or Tokens.T4 => key == 0,
        _ => key == 3,
    };

    static bool Count1_2Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.T2,
        Tokens.Bos => key == Tokens.T3,
        Tokens.Eos => key == Tokens.T0,
        Tokens.T1 => key == Tokens.T1,
        _ => key == Tokens.T4,
    };

    static bool Count1_3Selects(Tokens query, int key) => query switch
    {
        Tokens.Pad => key == 6,
        Tokens.Eos => key == 2,
        Tokens.T0 => key == 3,
        Tokens.T1 or Tokens.T2 => key == 7,
        Tokens.T3 => key == 1,
        _ => false,
    };

    // Layer 1: a table of Head0_1 and Head0_0.
    static int Mlp1_0Of(Tokens head0_1, Tokens head0_0) => head0_1 switch
    {
        Tokens.Bos => head0_0 switch
        {
            Tokens.Bos or Tokens.T3 => 4,
            Tokens.Eos or Tokens.T0 => 8,
            Tokens.T2 => 7,
            Tokens.T4 => 6,
            _ => 5,
        },
        Tokens.Eos => head0_0 switch
        {
            Tokens.Bos => 6,
            Tokens.Eos => 2,
            Tokens.T0 => 0,
            Tokens.T1 => 7,
            Tokens.T2 => 3,
            Tokens.T3 => 5,
            _ => 1,
        },
        Tokens.T0 => head0_0 switch
        {
            Tokens.Bos or Tokens.T4 => 8,
            Tokens.Eos or Tokens.T1 => 0,
            Tokens.T0 or Tokens.T2 => 2,
            _ => 6,
        },
        Tokens.T1 => head0_0 switch
        {
            Tokens.Bos => 5,
            Tokens.Eos => 7,
            Tokens.T0 or Tokens.T3 => 6,
            Tokens.T1 => 2,
            Tokens.T2 => 4,
            _ => 0,
        },
        Tokens.T2 => head0_0 switch
        {
            Tokens.Pad => 8,
            Tokens.Bos => 0,
            Tokens.Eos => 3,
            Tokens.T2 => 7,
            _ => 4,
        },
        Tokens.T3 => head0_0 switch
        {
            Tokens.Pad => 7,
            Tokens.Bos => 3,
            Tokens.Eos => 5,
            Tokens.T2 or Tokens.T3 => 4,
            Tokens.T4 => 8,
            _ => 6,
        },
        Tokens.T4 => head0_0 switch
        {
            Tokens.Bos or Tokens.T4 => 6,
            Tokens.Eos => 1,
            Tokens.T2 => 4,
            _ => 8,
        },
        _ => head0_0 switch
        {
            Tokens.Pad => 6,
            Tokens.Eos => 8,
            Tokens.T0 or Tokens.T4 => 1,
            Tokens.T1 => 4,
            Tokens.T3 => 2,
            _ => 5,
        },
    };

    // Layer 1: a table of Head0_0.
    static int Mlp1_1Of(Tokens head0_0) => head0_0 switch
    {
        Tokens.Bos or Tokens.Eos => 5,
        Tokens.T1 => 2,
        Tokens.T2 => 3,
        Tokens.T3 => 8,
        Tokens.T4 => 7,
        _ => 1,
    };

    static bool Head2_0Selects(Tokens query, int key) => query switch
    {
        Tokens.Pad => key == 4,
        Tokens.Bos => key == 1,
        Tokens.Eos => key == 2,
        _ => key == 5,
    };

    static bool Head2_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.Eos or Tokens.T3 => key == Tokens.T2,
        Tokens.T1 => key == Tokens.T1,
        Tokens.T4 => key == Tokens.Eos,
        _ => key == Tokens.T3,
    };

    static bool Head2_2Selects(int query, Tokens key) => query switch
    {
        0 => key == Tokens.Pad,
        1 => key == Tokens.T2,
        3 => key == Tokens.T1,
        4 => false,
        6 or 7 => key == Tokens.T4,
        _ => key == Tokens.Eos,
    };

    static bool Head2_3Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad => key == Tokens.T0,
        Tokens.Eos => key == Tokens.Pad,
        Tokens.T1 => false,
        Tokens.T3 => key == Tokens.T3,
        Tokens.T4 => key == Tokens.T4,
        _ => key == Tokens.T1,
    };

    static bool Count2_0Selects(Tokens query, int key) => query switch
    {
        Tokens.Eos or Tokens.T3 => key == 1,
        Tokens.T0 => key == 3,
        Tokens.T1 => key == 0,
        Tokens.T2 or Tokens.T4 => key == 8,
        _ => key == 5,
    };

    static bool Count2_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.T2 or Tokens.T3 => key == Tokens.T1,
        Tokens.T1 or Tokens.T4 => key == Tokens.Eos,
        _ => false,
    };

    static bool Count2_2Selects(Tokens query, int key) => query switch
    {
        Tokens.Pad => key == 4,
        Tokens.T0 => key == 1,
        Tokens.T3 or Tokens.T4 => key == 0,
        _ => key == 2,
    };

    static bool Count2_3Selects(Tokens query, int key) => query switch
    {
        Tokens.Pad => key == 8,
        Tokens.Eos or Tokens.T2 => key == 1,
        Tokens.T1 => key == 2,
        Tokens.T3 => key == 6,
        Tokens.T4 => key == 0,
        _ => key == 4,
    };

    // Layer 2: a table of Head0_0.
    static int Mlp2_0Of(Tokens head0_0) => head0_0 switch
    {
        Tokens.Eos or Tokens.T1 => 1,
        Tokens.T0 or Tokens.T2 => 0,
        Tokens.T4 => 3,
        _ => 8,
    };

    // Layer 2: a table of Head0_0.
    static int Mlp2_1Of(Tokens head0_0) => head0_0 switch
    {
        Tokens.Bos or Tokens.Eos => 2,
        Tokens.T0 => 5,
        Tokens.T3 => 3,
        Tokens.T4 => 6,
        _ => 4,
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.T0 => label switch { Labels.L0 => -4, Labels.L1 => -13, Labels.L3 => 2, Labels.L4 => 15, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -16, Labels.L1 => 3, Labels.L2 => -9, Labels.L4 => 1, _ => 0 },
        Tokens.T2 => label switch { Labels.L1 => 3, Labels.L2 => -14, Labels.L3 => -12, Labels.L4 => 9, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => 8, Labels.L1 => -13, Labels.L2 => 10, Labels.L4 => -35, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => 4, Labels.L1 => -10, Labels.L3 => -2, Labels.L4 => 7, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.L0 => -1, Labels.L2 => 2, Labels.L3 => 21, _ => 0 },
        2 => label switch { Labels.L1 => 11, Labels.L2 => -6, Labels.L4 => 7, _ => 0 },
        3 => label switch { Labels.L0 => 13, Labels.L1 => -6, Labels.L2 => 12, Labels.L4 => -9, _ => 0 },
        4 => label switch { Labels.L0 => -10, Labels.L1 => 18, Labels.L2 => -9, Labels.L4 => 17, _ => 0 },
        5 => label switch { Labels.L1 => -10, Labels.L2 => 2, Labels.L3 => 8, Labels.L4 => -18, _ => 0 },
        6 => label switch { Labels.L1 => 2, Labels.L3 => 6, Labels.L4 => -5, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => 4, Labels.L1 => -12, Labels.L2 => -4, Labels.L3 => 3, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => 10, Labels.L2 => -5, Labels.L3 => 1, Labels.L4 => -3, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 60, Labels.L1 => -3, Labels.L2 => 7, Labels.L3 => -21, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -13, Labels.L1 => 54, Labels.L3 => -20, Labels.L4 => 1, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -13, Labels.L2 => 73, Labels.L3 => 22, Labels.L4 => -1, _ => 0 },
        Tokens.T3 => label switch { Labels.L2 => -13, Labels.L3 => 62, Labels.L4 => -11, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => 3, Labels.L2 => -27, Labels.L3 => -18, Labels.L4 => 70, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_1 adds to each label's total.
    [Votes(nameof(Head0_1))]
    static int Head0_1Votes(Tokens head0_1, Labels label) => head0_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => 5, Labels.L1 => -2, Labels.L3 => 17, Labels.L4 => -52, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -9, Labels.L2 => -39, Labels.L3 => 8, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 60, Labels.L1 => -101, Labels.L2 => 13, Labels.L3 => -18, _ => 0 },
        Tokens.T1 => label switch { Labels.L1 => 189, Labels.L2 => 50, Labels.L3 => -6, Labels.L4 => -19, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -18, Labels.L1 => -49, Labels.L2 => 79, Labels.L3 => 16, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => 13, Labels.L1 => -77, Labels.L2 => -56, Labels.L3 => 18, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -1, Labels.L1 => 22, Labels.L3 => -15, Labels.L4 => 126, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_2 adds to each label's total.
    [Votes(nameof(Head0_2))]
    static int Head0_2Votes(Tokens head0_2, Labels label) => head0_2 switch
    {
        Tokens.Bos => label switch { Labels.L0 or Labels.L3 => 9, Labels.L1 => -16, Labels.L2 => -3, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => 12, Labels.L1 => 24, Labels.L3 => -11, Labels.L4 => -3, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 183, Labels.L2 => -6, Labels.L3 => -1, Labels.L4 => 10, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -5, Labels.L1 => 184, Labels.L2 => -1, Labels.L4 => 30, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -19, Labels.L2 => 174, Labels.L3 => -18, Labels.L4 => 3, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -11, Labels.L1 => 2, Labels.L2 => -24, Labels.L3 => 169, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -20, Labels.L1 => 14, Labels.L2 => -11, Labels.L4 => 151, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_3 adds to each label's total.
    [Votes(nameof(Head0_3))]
    static int Head0_3Votes(Tokens head0_3, Labels label) => head0_3 switch
    {
        Tokens.Bos => label switch { Labels.L0 => 2, Labels.L1 => -30, Labels.L3 => 13, Labels.L4 => -14, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -8, Labels.L2 => 3, Labels.L3 => 6, Labels.L4 => -16, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 159, Labels.L2 => -4, Labels.L3 => -1, Labels.L4 => 15, _ => 0 },
        Tokens.T1 => label switch { Labels.L1 => 145, Labels.L2 => -21, Labels.L3 => -7, Labels.L4 => 14, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -1, Labels.L2 => 154, Labels.L3 => -11, Labels.L4 => 12, _ => 0 },
        Tokens.T3 => label switch { Labels.L2 => -2, Labels.L3 => 143, Labels.L4 => 18, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => 9, Labels.L2 => -15, Labels.L3 => -10, Labels.L4 => 126, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        0 => label switch { Labels.L0 => 14, Labels.L1 => -5, Labels.L2 => 20, Labels.L4 => -11, _ => 0 },
        1 => label switch { Labels.L1 => 8, Labels.L2 => -8, Labels.L3 => -16, Labels.L4 => 27, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch { Labels.L1 or Labels.L2 => 3, Labels.L3 => -77, Labels.L4 => -9, _ => 0 },
        1 => label switch { Labels.L0 => -1, Labels.L1 => 2, Labels.L3 => 36, _ => 0 },
        2 => label switch { Labels.L1 => -1, Labels.L2 => -4, Labels.L3 => 60, Labels.L4 => 4, _ => 0 },
        3 => label switch { Labels.L0 => -6, Labels.L2 => -3, Labels.L3 => 73, Labels.L4 => 15, _ => 0 },
        4 => label switch { Labels.L0 => -12, Labels.L2 => -16, Labels.L3 => 97, Labels.L4 => 16, _ => 0 },
        5 => label switch { Labels.L0 => 21, Labels.L1 => -17, Labels.L2 => -62, Labels.L3 => 85, _ => 0 },
        6 => label switch { Labels.L0 => 30, Labels.L2 => -15, Labels.L3 => 51, Labels.L4 => -12, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_2 adds to each label's total.
    [Votes(nameof(Count0_2))]
    static int Count0_2Votes(int count0_2, Labels label) => count0_2 switch
    {
        0 => label switch { Labels.L0 => 13, Labels.L1 => 16, Labels.L2 => -12, Labels.L4 => -6, _ => 0 },
        1 => label switch { Labels.L1 => -4, Labels.L2 => 30, Labels.L3 => 28, Labels.L4 => -2, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_3 adds to each label's total.
    [Votes(nameof(Count0_3))]
    static int Count0_3Votes(int count0_3, Labels label) => count0_3 switch
    {
        0 => label switch { Labels.L1 => 12, Labels.L2 => 3, Labels.L3 => -2, Labels.L4 => -65, _ => 0 },
        1 => label switch { Labels.L0 => -6, Labels.L1 => 10, Labels.L2 => -9, Labels.L4 => 29, _ => 0 },
        2 => label switch { Labels.L0 => -20, Labels.L1 => 4, Labels.L2 => -17, Labels.L4 => 39, _ => 0 },
        3 => label switch { Labels.L0 => -33, Labels.L1 => 6, Labels.L2 => -22, Labels.L4 => 44, _ => 0 },
        4 => label switch { Labels.L0 => -53, Labels.L2 => -30, Labels.L3 => 27, Labels.L4 => 53, _ => 0 },
        5 => label switch { Labels.L0 => 12, Labels.L2 => -49, Labels.L3 => -1, Labels.L4 => 42, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        1 => label switch { Labels.L0 => -7, Labels.L2 => -1, Labels.L3 => 52, Labels.L4 => 17, _ => 0 },
        2 => label switch { Labels.L0 => -7, Labels.L2 => -12, Labels.L3 => 7, Labels.L4 => 2, _ => 0 },
        3 => label switch { Labels.L0 => -23, Labels.L2 => 1, Labels.L3 => -9, _ => 0 },
        5 => label switch { Labels.L1 => 7, Labels.L2 => 47, Labels.L3 => -4, Labels.L4 => -12, _ => 0 },
        8 => label switch { Labels.L0 => -19, Labels.L1 => -1, Labels.L3 => 19, Labels.L4 => 48, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_1 adds to each label's total.
    [Votes(nameof(Mlp0_1))]
    static int Mlp0_1Votes(int mlp0_1, Labels label) => mlp0_1 switch
    {
        0 => label switch { Labels.L0 => 16, Labels.L1 => -3, Labels.L3 => -17, Labels.L4 => 4, _ => 0 },
        2 => label switch { Labels.L0 => 5, Labels.L1 => -5, Labels.L2 => -13, Labels.L3 => 7, _ => 0 },
        3 => label switch { Labels.L0 => -3, Labels.L1 => 6, Labels.L3 => -18, Labels.L4 => 8, _ => 0 },
        4 => label switch { Labels.L1 => 4, Labels.L2 => -1, Labels.L3 => -5, Labels.L4 => 13, _ => 0 },
        5 => label switch { Labels.L0 => 52, Labels.L1 => -11, Labels.L3 => 1, Labels.L4 => -24, _ => 0 },
        6 => label switch { Labels.L0 => 11, Labels.L2 => -4, Labels.L3 => 3, Labels.L4 => -8, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(int head1_0, Labels label) => head1_0 switch
    {
        0 => label switch { Labels.L0 => -18, Labels.L1 or Labels.L4 => 2, Labels.L2 => -3, _ => 0 },
        2 => label switch { Labels.L2 => 2, Labels.L3 => 6, Labels.L4 => -25, _ => 0 },
        3 => label switch { Labels.L1 => -10, Labels.L2 => -7, Labels.L3 => 3, Labels.L4 => 12, _ => 0 },
        4 => label switch { Labels.L0 => -8, Labels.L1 => 2, Labels.L2 => -1, Labels.L3 => 4, _ => 0 },
        5 => label switch { Labels.L0 => 9, Labels.L2 => -25, Labels.L3 => 3, Labels.L4 => -15, _ => 0 },
        6 => label switch { Labels.L1 => 10, Labels.L3 => -20, Labels.L4 => 1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_1 adds to each label's total.
    [Votes(nameof(Head1_1))]
    static int Head1_1Votes(Tokens head1_1, Labels label) => head1_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => 38, Labels.L1 => 8, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => 27, Labels.L2 => -2, Labels.L3 => -10, Labels.L4 => 7, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 26, Labels.L1 => -9, Labels.L3 => 2, Labels.L4 => -14, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -12, Labels.L1 => 52, Labels.L2 => 20, Labels.L3 => -5, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -32, Labels.L1 => 7, Labels.L2 => 51, Labels.L4 => -5, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -6, Labels.L1 => 5, Labels.L2 => -7, Labels.L3 => 52, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -21, Labels.L2 => -3, Labels.L3 => 9, Labels.L4 => 53, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_2 adds to each label's total.
    [Votes(nameof(Head1_2))]
    static int Head1_2Votes(int head1_2, Labels label) => head1_2 switch
    {
        0 => label switch { Labels.L0 => -39, Labels.L1 => 3, Labels.L4 => -5, _ => 0 },
        2 => label switch { Labels.L0 => -4, Labels.L1 => 12, Labels.L2 => 4, Labels.L4 => -14, _ => 0 },
        3 => label switch { Labels.L0 => 10, Labels.L1 => -3, Labels.L2 => -1, Labels.L4 => 4, _ => 0 },
        4 => label switch { Labels.L0 => -2, Labels.L1 => 10, Labels.L2 => 4, Labels.L4 => -3, _ => 0 },
        5 => label switch { Labels.L0 => 8, Labels.L1 => 7, Labels.L2 => -17, Labels.L3 => -3, _ => 0 },
        6 => label switch { Labels.L0 => 8, Labels.L1 => 11, Labels.L3 => -14, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_3 adds to each label's total.
    [Votes(nameof(Head1_3))]
    static int Head1_3Votes(Tokens head1_3, Labels label) => head1_3 switch
    {
        Tokens.Bos => label switch { Labels.L0 => 4, Labels.L1 => -18, Labels.L2 => 3, Labels.L4 => -33, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -37, Labels.L1 => 31, Labels.L3 => -16, Labels.L4 => 24, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 220, Labels.L1 => 3, Labels.L3 => -5, Labels.L4 => -4, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -15, Labels.L1 => 185, Labels.L2 => 1, Labels.L3 => -13, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -6, Labels.L2 => 220, Labels.L3 => -1, Labels.L4 => 2, _ => 0 },
        Tokens.T3 => label switch { Labels.L1 => 11, Labels.L2 => -21, Labels.L3 => 206, Labels.L4 => -1, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => 16, Labels.L2 => -6, Labels.L4 => 187, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.L0 => -50, Labels.L1 or Labels.L2 => 7, Labels.L4 => -1, _ => 0 },
        1 => label switch { Labels.L0 => 27, Labels.L1 => 4, Labels.L2 => -4, Labels.L4 => -3, _ => 0 },
        2 => label switch { Labels.L0 => 47, Labels.L2 => -7, Labels.L3 => 5, Labels.L4 => -3, _ => 0 },
        3 => label switch { Labels.L0 => 51, Labels.L1 => -7, Labels.L2 => -12, Labels.L3 => 5, _ => 0 },
        4 => label switch { Labels.L0 => 36, Labels.L1 => -16, Labels.L2 => -19, Labels.L3 => 3, _ => 0 },
        5 => label switch { Labels.L1 => -52, Labels.L2 => -6, Labels.L3 => 12, Labels.L4 => 44, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.L0 => -6, Labels.L1 => 40, Labels.L3 => -4, Labels.L4 => 48, _ => 0 },
        1 => label switch { Labels.L0 => -4, Labels.L2 or Labels.L3 => 9, Labels.L4 => -31, _ => 0 },
        2 => label switch { Labels.L0 => 16, Labels.L1 => -12, Labels.L3 => 6, Labels.L4 => -46, _ => 0 },
        3 => label switch { Labels.L0 => 32, Labels.L1 => -1, Labels.L3 => 14, Labels.L4 => -38, _ => 0 },
        4 => label switch { Labels.L0 => 40, Labels.L1 => -9, Labels.L3 => 21, Labels.L4 => -34, _ => 0 },
        5 => label switch { Labels.L0 => 27, Labels.L1 => -16, Labels.L4 => -38, _ => 0 },
        6 => label switch { Labels.L0 => 51, Labels.L2 => -13, Labels.L3 => -6, Labels.L4 => 3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_2 adds to each label's total.
    [Votes(nameof(Count1_2))]
    static int Count1_2Votes(int count1_2, Labels label) => count1_2 switch
    {
        0 => label switch { Labels.L0 or Labels.L3 => -6, Labels.L1 or Labels.L4 => 3, _ => 0 },
        1 => label switch { Labels.L0 => -15, Labels.L2 => 4, Labels.L4 => 1, _ => 0 },
        2 => label switch { Labels.L0 => -14, Labels.L1 => -3, Labels.L2 => 10, Labels.L3 => 11, _ => 0 },
        3 => label switch { Labels.L1 => -9, Labels.L2 => 13, Labels.L3 => 25, Labels.L4 => -6, _ => 0 },
        4 => label switch { Labels.L1 => -2, Labels.L2 => 28, Labels.L3 => 35, Labels.L4 => -3, _ => 0 },
        5 => label switch { Labels.L1 => -11, Labels.L2 => 25, Labels.L3 => 26, Labels.L4 => -9, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_3 adds to each label's total.
    [Votes(nameof(Count1_3))]
    static int Count1_3Votes(int count1_3, Labels label) => count1_3 switch
    {
        0 => label switch { Labels.L1 => -76, Labels.L2 => -13, Labels.L3 => 3, Labels.L4 => 34, _ => 0 },
        1 => label switch { Labels.L0 => -8, Labels.L1 => 68, Labels.L2 => 6, Labels.L4 => -36, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        0 => label switch { Labels.L0 => 81, Labels.L2 => -6, Labels.L3 => 14, Labels.L4 => -17, _ => 0 },
        1 => label switch { Labels.L2 => 2, Labels.L3 => -2, Labels.L4 => 202, _ => 0 },
        2 => label switch { Labels.L0 => -1, Labels.L1 => -2, Labels.L3 => 40, Labels.L4 => 3, _ => 0 },
        3 => label switch { Labels.L0 => 13, Labels.L2 => 102, Labels.L3 or Labels.L4 => -4, _ => 0 },
        4 => label switch { Labels.L1 => 12, Labels.L2 => 2, Labels.L3 => -28, Labels.L4 => -24, _ => 0 },
        5 => label switch { Labels.L0 => 9, Labels.L1 => -50, Labels.L3 => 74, Labels.L4 => -18, _ => 0 },
        6 => label switch { Labels.L0 => -7, Labels.L2 => 31, Labels.L3 => 13, Labels.L4 => -36, _ => 0 },
        7 => label switch { Labels.L0 => 12, Labels.L1 => 104, Labels.L2 => -50, Labels.L4 => -9, _ => 0 },
        8 => label switch { Labels.L0 => -18, Labels.L2 => 28, Labels.L3 => 20, Labels.L4 => -3, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_1 adds to each label's total.
    [Votes(nameof(Mlp1_1))]
    static int Mlp1_1Votes(int mlp1_1, Labels label) => mlp1_1 switch
    {
        1 => label switch { Labels.L0 => -3, Labels.L1 => -4, Labels.L3 => 62, Labels.L4 => 8, _ => 0 },
        2 => label switch { Labels.L0 => -2, Labels.L2 => 26, Labels.L3 => -12, Labels.L4 => 9, _ => 0 },
        3 => label switch { Labels.L0 => -8, Labels.L1 => -3, Labels.L2 => 3, Labels.L3 => 7, _ => 0 },
        5 => label switch { Labels.L0 => -1, Labels.L1 => 2, Labels.L2 => -5, _ => 0 },
        7 => label switch { Labels.L0 => 12, Labels.L1 => 16, Labels.L2 => -15, Labels.L4 => -6, _ => 0 },
        8 => label switch { Labels.L0 => 10, Labels.L2 => -7, Labels.L3 => -10, Labels.L4 => 74, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(Tokens head2_0, Labels label) => head2_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -20, Labels.L1 => -9, Labels.L2 => 1, Labels.L3 => 3, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -31, Labels.L1 => -17, Labels.L2 or Labels.L4 => 2, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => -90, Labels.L1 => 13, Labels.L2 => 7, Labels.L4 => -9, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 24, Labels.L1 => -83, Labels.L3 => 7, Labels.L4 => -5, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 19, Labels.L1 => -3, Labels.L2 => -96, Labels.L3 => 15, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => 17, Labels.L2 => 9, Labels.L3 => -128, Labels.L4 => -9, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => 26, Labels.L1 => -3, Labels.L2 => 12, Labels.L4 => -91, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_1 adds to each label's total.
    [Votes(nameof(Head2_1))]
    static int Head2_1Votes(int head2_1, Labels label) => head2_1 switch
    {
        0 => label switch { Labels.L0 => -4, Labels.L2 => 47, Labels.L3 => 2, Labels.L4 => -3, _ => 0 },
        1 => label switch { Labels.L1 => 18, Labels.L2 => -44, Labels.L3 => -2, Labels.L4 => 5, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_2 adds to each label's total.
    [Votes(nameof(Head2_2))]
    static int Head2_2Votes(Tokens head2_2, Labels label) => head2_2 switch
    {
        Tokens.Bos => label switch { Labels.L1 => 17, Labels.L2 => -17, Labels.L3 => -3, Labels.L4 => 11, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -1, Labels.L2 => 16, Labels.L3 => 10, Labels.L4 => -4, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => -43, Labels.L2 => 4, Labels.L3 => -13, Labels.L4 => 7, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 2, Labels.L1 => -71, Labels.L2 => 13, Labels.L3 => -1, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 13, Labels.L2 => -39, Labels.L3 => -6, Labels.L4 => 1, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -2, Labels.L2 => 3, Labels.L3 => -42, Labels.L4 => 4, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => 5, Labels.L2 => 2, Labels.L3 => -15, Labels.L4 => -33, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_3 adds to each label's total.
    [Votes(nameof(Head2_3))]
    static int Head2_3Votes(int head2_3, Labels label) => head2_3 switch
    {
        0 => label switch { Labels.L0 => -5, Labels.L1 => -3, Labels.L2 => 2, Labels.L4 => 1, _ => 0 },
        1 => label switch { Labels.L0 => 4, Labels.L1 => 13, Labels.L2 => -4, Labels.L4 => -1, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.L0 => -13, Labels.L1 => 32, Labels.L2 => 9, Labels.L4 => -26, _ => 0 },
        1 => label switch { Labels.L0 => 8, Labels.L1 => -17, Labels.L2 => -2, Labels.L4 => 19, _ => 0 },
        2 => label switch { Labels.L0 => 2, Labels.L1 => -39, Labels.L2 => -3, Labels.L4 => 27, _ => 0 },
        3 => label switch { Labels.L0 => -3, Labels.L1 => -43, Labels.L2 => 2, Labels.L4 => 26, _ => 0 },
        4 => label switch { Labels.L0 => 5, Labels.L1 => -55, Labels.L3 => -3, Labels.L4 => 22, _ => 0 },
        5 => label switch { Labels.L1 => -52, Labels.L2 => 8, Labels.L3 => -1, Labels.L4 => 15, _ => 0 },
        6 => label switch { Labels.L0 => -7, Labels.L1 => -49, Labels.L3 => 32, Labels.L4 => 47, _ => 0 },
        8 => label switch { Labels.L1 => -20, Labels.L2 => 93, Labels.L3 => 450, Labels.L4 => -28, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.L0 or Labels.L2 => 4, Labels.L1 => -65, Labels.L3 => -7, _ => 0 },
        1 => label switch { Labels.L0 => 3, Labels.L1 => 39, Labels.L2 => -10, Labels.L3 => -8, _ => 0 },
        2 => label switch { Labels.L0 => 4, Labels.L1 => 59, Labels.L2 => -13, Labels.L3 => -4, _ => 0 },
        3 => label switch { Labels.L0 => 17, Labels.L1 => 70, Labels.L2 => -29, Labels.L4 => -4, _ => 0 },
        4 => label switch { Labels.L0 => 2, Labels.L1 => 49, Labels.L3 => -9, Labels.L4 => -33, _ => 0 },
        5 => label switch { Labels.L1 => 5, Labels.L2 => -5, Labels.L3 => 12, Labels.L4 => -29, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_2 adds to each label's total.
    [Votes(nameof(Count2_2))]
    static int Count2_2Votes(int count2_2, Labels label) => count2_2 switch
    {
        0 => label switch { Labels.L0 => -5, Labels.L1 => -16, Labels.L3 => 3, Labels.L4 => 28, _ => 0 },
        1 => label switch { Labels.L0 => 13, Labels.L2 => -8, Labels.L3 => 8, Labels.L4 => -20, _ => 0 },
        2 => label switch { Labels.L0 => 15, Labels.L2 => -5, Labels.L3 => 2, Labels.L4 => -26, _ => 0 },
        3 => label switch { Labels.L0 => 15, Labels.L1 => -4, Labels.L3 => 1, Labels.L4 => -31, _ => 0 },
        4 => label switch { Labels.L0 => 14, Labels.L1 => -10, Labels.L3 => 1, Labels.L4 => -26, _ => 0 },
        5 => label switch { Labels.L0 => 17, Labels.L2 => 21, Labels.L3 => -17, Labels.L4 => -21, _ => 0 },
        8 => label switch { Labels.L0 => 500, Labels.L1 => 80, Labels.L3 => -6, Labels.L4 => -84, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_3 adds to each label's total.
    [Votes(nameof(Count2_3))]
    static int Count2_3Votes(int count2_3, Labels label) => count2_3 switch
    {
        0 => label switch { Labels.L0 => 6, Labels.L1 => -15, Labels.L3 => -9, Labels.L4 => 35, _ => 0 },
        1 => label switch { Labels.L0 => -12, Labels.L2 => 1, Labels.L3 => 5, Labels.L4 => -30, _ => 0 },
        2 => label switch { Labels.L0 => -4, Labels.L1 => 8, Labels.L3 => 5, Labels.L4 => -46, _ => 0 },
        3 => label switch { Labels.L0 => 8, Labels.L1 => 9, Labels.L2 => -1, Labels.L4 => -47, _ => 0 },
        4 => label switch { Labels.L0 => -6, Labels.L1 => 14, Labels.L3 => 5, Labels.L4 => -56, _ => 0 },
        5 => label switch { Labels.L0 => 3, Labels.L1 => 7, Labels.L2 => -14, Labels.L4 => -54, _ => 0 },
        6 => label switch { Labels.L0 => -10, Labels.L1 => -4, Labels.L2 => 116, Labels.L3 => 51, _ => 0 },
        8 => label switch { Labels.L0 => 58, Labels.L1 => -107, Labels.L2 => 443, Labels.L4 => -16, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        0 => label switch { Labels.L0 => -13, Labels.L1 => -1, Labels.L3 => 3, Labels.L4 => 13, _ => 0 },
        1 => label switch { Labels.L0 => 1, Labels.L2 => 2, Labels.L3 or Labels.L4 => -3, _ => 0 },
        3 => label switch { Labels.L0 => -2, Labels.L1 => 2, Labels.L2 => -10, Labels.L3 => 53, _ => 0 },
        8 => label switch { Labels.L0 => -7, Labels.L1 => -2, Labels.L4 => 4, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_1 adds to each label's total.
    [Votes(nameof(Mlp2_1))]
    static int Mlp2_1Votes(int mlp2_1, Labels label) => mlp2_1 switch
    {
        2 => label switch { Labels.L1 => 6, Labels.L2 => 4, Labels.L3 => -5, Labels.L4 => -7, _ => 0 },
        3 => label switch { Labels.L0 => 3, Labels.L1 => 4, Labels.L3 or Labels.L4 => -7, _ => 0 },
        4 => label switch { Labels.L0 => 17, Labels.L1 => -19, Labels.L3 => -10, Labels.L4 => 4, _ => 0 },
        5 => label switch { Labels.L0 => 3, Labels.L1 => 4, Labels.L3 => -7, Labels.L4 => -5, _ => 0 },
        6 => label switch { Labels.L0 => 4, Labels.L2 => 48, Labels.L3 => -4, Labels.L4 => -9, _ => 0 },
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
                Mlp0_0 = Mlp0_0Of(Head0_0);
                Mlp0_1 = Mlp0_1Of(Head0_0);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Mlp0_1AtBos ?? default;
                Head1_1 = Head1_1Read ?? Head0_0AtBos ?? default;
                Head1_2 = Head1_2Read ?? Mlp0_1AtBos ?? default;
                Head1_3 = Head1_3Read ?? Head0_2AtBos ?? default;
                Count1_0 = Count1_0Read ?? 0;
                Count1_1 = Count1_1Read ?? 0;
                Count1_2 = Count1_2Read ?? 0;
                Count1_3 = Count1_3Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Head0_1, Head0_0);
                Mlp1_1 = Mlp1_1Of(Head0_0);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Head1_1AtBos ?? default;
                Head2_1 = Head2_1Read ?? Count0_0AtBos ?? default;
                Head2_2 = Head2_2Read ?? Head1_3AtBos ?? default;
                Head2_3 = Head2_3Read ?? Count1_3AtBos ?? default;
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Count2_2 = Count2_2Read ?? 0;
                Count2_3 = Count2_3Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Head0_0);
                Mlp2_1 = Mlp2_1Of(Head0_0);
                Layer = Layers.Done;
                break;
        }
    }
}
