// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'sort'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn sort --layers 3 --heads 3 --counts 2 --mlps 1 --epochs 60 --lr 0.01
// Test accuracy of the learned model: 98.25%; this class computes exactly what that model computes.
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

    // Layer 0: copies Token from the nearest position whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Token), Where = nameof(Head0_0Selects), Prefer = Preference.Nearest)]
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

    // Layer 0: counts the positions whose Position matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Position), Where = nameof(Count0_0Selects), Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(9)] public int Count0_0;

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_1Selects), Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(9)] public int Count0_1;

    // Layer 0: a table of Position.
    [Categorical(9)] public int Mlp0_0;

    // Layer 1: copies Head0_1 from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Head0_1), Where = nameof(Head1_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_0Read;
    public Tokens Head1_0;

    // Layer 1: copies Token from the nearest position whose Count0_0 matches my Count0_0.
    [Attend(Query = nameof(Count0_0), Key = nameof(Count0_0), Value = nameof(Token), Where = nameof(Head1_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_1Read;
    public Tokens Head1_1;

    // Layer 1: copies Token from the nearest position whose Count0_0 matches my Count0_0.
    [Attend(Query = nameof(Count0_0), Key = nameof(Count0_0), Value = nameof(Token), Where = nameof(Head1_2Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_2Read;
    public Tokens Head1_2;

    // Layer 1: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count1_0Selects), Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(9)] public int Count1_0;

    // Layer 1: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count1_1Selects), Aggregate = Aggregation.Count)]
    public int? Count1_1Read;
    [Categorical(9)] public int Count1_1;

    // Layer 1: a table of Position.
    [Categorical(9)] public int Mlp1_0;

    // Layer 2: copies Token from the nearest position whose Head1_2 matches my Head1_2.
    [Attend(Query = nameof(Head1_2), Key = nameof(Head1_2), Value = nameof(Token), Where = nameof(Head2_0Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_0Read;
    public Tokens Head2_0;

    // Layer 2: copies Token from the nearest position whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Value = nameof(Token), Where = nameof(Head2_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_1Read;
    public Tokens Head2_1;

    // Layer 2: copies Token from the nearest position whose Token matches my Mlp1_0.
    [Attend(Query = nameof(Mlp1_0), Key = nameof(Token), Value = nameof(Token), Where = nameof(Head2_2Selects), Prefer = Preference.Nearest)]
    public Tokens? Head2_2Read;
    public Tokens Head2_2;

    // Layer 2: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count2_0Selects), Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(9)] public int Count2_0;

    // Layer 2: counts the positions whose Token matches my Mlp0_0.
    [Attend(Query = nameof(Mlp0_0), Key = nameof(Token), Where = nameof(Count2_1Selects), Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(9)] public int Count2_1;

    // Layer 2: a table of Position and Head0_1.
    [Categorical(9)] public int Mlp2_0;

    // Head0_1 at BOS: what a head reads when it selects nothing.
    [Attend(Query = nameof(Position), Key = nameof(Position), Value = nameof(Head0_1), Where = nameof(AtBos))]
    public Tokens? Head0_1AtBos;

    static bool AtBos(int query, int key) => key == 0;

    static bool Head0_0Selects(int query, int key) => query switch
    {
        0 or 7 => key == 3,
        4 => key == 5,
        5 => key == 6,
        6 => key == 1,
        _ => key == 4,
    };

    static bool Head0_1Selects(int query, Tokens key) => query switch
    {
        3 => key == Tokens.T3,
        4 or 5 or 6 => key == Tokens.T4,
        7 => key == Tokens.T1,
        _ => key == Tokens.T0,
    };

    static bool Head0_2Selects(int query, Tokens key) => query switch
    {
        0 => key == Tokens.T4,
        1 => key == Tokens.T0,
        2 or 3 => key == Tokens.T2,
        7 => key == Tokens.T1,
        _ => key == Tokens.T3,
    };

    static bool Count0_0Selects(int query, int key) => query switch
    {
        1 => key == 0,
        2 => key == 1,
        3 => key == 6,
        4 => key == 5,
        6 => key == 4,
        7 => key == 2,
        _ => key == 3,
    };

    static bool Count0_1Selects(int query, Tokens key) => query switch
    {
        0 => key == Tokens.T2,
        1 or 2 => key == Tokens.Bos,
        6 => key == Tokens.Pad,
        7 => key == Tokens.T1,
        _ => key == Tokens.T0,
    };

    // Layer 0: a table of Position.
    static int Mlp0_0Of(int position) => position switch
    {
        1 => 0,
        2 or 3 => 3,
        5 or 7 => 4,
        6 => 6,
        _ => 7,
    };

    static bool Head1_0Selects(int query, Tokens key) => query switch
    {
        6 => key == Tokens.T3,
        _ => key == Tokens.Eos,
    };

    static bool Head1_1Selects(int query, int key) => query switch
    {
        2 or 3 or 8 => key == 0,
        _ => key == 1,
    };

    static bool Head1_2Selects(int query, int key) => query switch
    {
        0 or 8 => key == 0,
        _ => key == 1,
    };

    static bool Count1_0Selects(int query, Tokens key) => query switch
    {
        1 => key == Tokens.Bos,
        2 => key == Tokens.T0,
        3 or 4 or 6 => key == Tokens.T1,
        _ => key == Tokens.T2,
    };

    static bool Count1_1Selects(int query, Tokens key) => query switch
    {
        0 => false,
        1 or 7 => key == Tokens.T1,
        5 or 6 => key == Tokens.T4,
        _ => key == Tokens.T0,
    };

    // Layer 1: a table of Position.
    static int Mlp1_0Of(int position) => position switch
    {
        1 => 2,
        2 => 3,
        3 => 8,
        6 => 6,
        7 => 5,
        _ => 7,
    };

    static bool Head2_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Pad or Tokens.T2 or Tokens.T3 => key == Tokens.T1,
        Tokens.T4 => key == Tokens.T4,
        _ => key == Tokens.Bos,
    };

    static bool Head2_1Selects(int query, Tokens key) => query switch
    {
        1 or 2 => key == Tokens.T1,
        3 => key == Tokens.T0,
        4 => key == Tokens.Eos,
        6 or 7 => key == Tokens.T3,
        _ => key == Tokens.T4,
    };

    static bool Head2_2Selects(int query, Tokens key) => query switch
    {
        4 => key == Tokens.Eos,
        5 or 7 => key == Tokens.T3,
        6 => key == Tokens.T4,
        _ => key == Tokens.T1,
    };

    static bool Count2_0Selects(int query, Tokens key) => query switch
    {
        6 => key == Tokens.Pad,
        _ => key == Tokens.T1,
    };

    static bool Count2_1Selects(int query, Tokens key) => key == Tokens.T2;

    // Layer 2: a table of Position and Head0_1.
    static int Mlp2_0Of(int position, Tokens head0_1) => position switch
    {
        1 => head0_1 switch
        {
            Tokens.T0 => 8,
            Tokens.T1 => 5,
            _ => 2,
        },
        2 => head0_1 switch
        {
            Tokens.Pad or Tokens.Bos => 0,
            Tokens.Eos => 1,
            Tokens.T1 => 5,
            Tokens.T4 => 7,
            _ => 2,
        },
        3 => head0_1 switch
        {
            Tokens.Pad or Tokens.Bos => 8,
            Tokens.T2 => 0,
            Tokens.T3 => 7,
            Tokens.T4 => 3,
            _ => 1,
        },
        4 => head0_1 switch
        {
            Tokens.Pad or Tokens.T4 => 3,
            Tokens.Bos => 6,
            Tokens.T0 => 0,
            _ => 7,
        },
        5 => head0_1 switch
        {
            Tokens.Bos => 4,
            Tokens.T0 => 1,
            Tokens.T3 => 8,
            _ => 3,
        },
        6 => head0_1 switch
        {
            Tokens.Bos => 7,
            Tokens.Eos or Tokens.T0 or Tokens.T4 => 6,
            Tokens.T1 => 3,
            _ => 8,
        },
        7 => head0_1 switch
        {
            Tokens.Bos => 6,
            Tokens.T1 => 7,
            _ => 3,
        },
        _ => head0_1 switch
        {
            Tokens.Bos => 2,
            Tokens.Eos or Tokens.T1 => 7,
            Tokens.T0 => 1,
            _ => 3,
        },
    };

    // The read-out: what each value of Token adds to each label's total.
    [Votes(nameof(Token))]
    static int TokenVotes(Tokens token, Labels label) => token switch
    {
        Tokens.T0 => label switch { Labels.L0 => -690, Labels.L1 => -161, Labels.L2 => 135, Labels.L3 => 264, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -207, Labels.L1 => -81, Labels.L2 => 216, Labels.L3 => 320, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 105, Labels.L1 => -174, Labels.L3 => 27, Labels.L4 => -181, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => 951, Labels.L1 => 83, Labels.L3 => -44, Labels.L4 => -110, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => 1053, Labels.L1 => 417, Labels.L3 => -249, Labels.L4 => -534, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.L0 => 1717, Labels.L1 => 1614, Labels.L3 => -388, Labels.L4 => -767, _ => 0 },
        2 => label switch { Labels.L0 => 530, Labels.L1 => 536, Labels.L3 => -712, Labels.L4 => -1684, _ => 0 },
        3 => label switch { Labels.L0 => -1163, Labels.L1 => -673, Labels.L2 => 392, Labels.L3 => 254, _ => 0 },
        4 => label switch { Labels.L0 => -1308, Labels.L2 => 1288, Labels.L3 => 978, Labels.L4 => -135, _ => 0 },
        5 => label switch { Labels.L1 => -1541, Labels.L2 => -457, Labels.L3 => 1964, Labels.L4 => 1359, _ => 0 },
        6 => label switch { Labels.L0 => -872, Labels.L1 => 2757, Labels.L2 => 584, Labels.L3 => -2617, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -718, Labels.L1 => -113, Labels.L2 => 165, Labels.L4 => 980, _ => 0 },
        Tokens.Eos => label switch { Labels.L1 => -352, Labels.L2 => -41, Labels.L3 => 319, Labels.L4 => 1710, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 559, Labels.L1 => 365, Labels.L3 => -135, Labels.L4 => -646, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 331, Labels.L1 => 283, Labels.L3 => -62, Labels.L4 => -545, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 275, Labels.L1 => 274, Labels.L2 => -28, Labels.L4 => -480, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -432, Labels.L2 => 76, Labels.L3 => 302, Labels.L4 => -682, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -734, Labels.L1 => -128, Labels.L3 => 119, Labels.L4 => 56, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_1 adds to each label's total.
    [Votes(nameof(Head0_1))]
    static int Head0_1Votes(Tokens head0_1, Labels label) => head0_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -2191, Labels.L1 => 982, Labels.L2 => 661, Labels.L4 => -2036, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 3457, Labels.L1 => 441, Labels.L3 => -1152, Labels.L4 => -2067, _ => 0 },
        Tokens.T3 => label switch { Labels.L1 => -951, Labels.L2 => -8, Labels.L3 => 1050, Labels.L4 => 315, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -1093, Labels.L1 => -657, Labels.L3 => 835, Labels.L4 => 3040, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_2 adds to each label's total.
    [Votes(nameof(Head0_2))]
    static int Head0_2Votes(Tokens head0_2, Labels label) => head0_2 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -696, Labels.L2 => 185, Labels.L3 => -614, Labels.L4 => 577, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 1301, Labels.L1 => 389, Labels.L3 => -50, Labels.L4 => -574, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 170, Labels.L1 => 1071, Labels.L3 => -976, Labels.L4 => -11, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -1067, Labels.L1 => -965, Labels.L2 => 34, Labels.L3 => 912, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        0 => label switch { Labels.L0 => -386, Labels.L2 => 109, Labels.L3 => 95, Labels.L4 => -191, _ => 0 },
        1 => label switch { Labels.L0 => 419, Labels.L1 => 204, Labels.L2 => -54, Labels.L4 => -145, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch
        {
            Labels.L0 => -2054,
            Labels.L1 => -1474,
            Labels.L3 => 2831,
            Labels.L4 => 3441,
            _ => 0,
        },
        1 => label switch { Labels.L0 => -1455, Labels.L1 => -1174, Labels.L3 => 417, Labels.L4 => 996, _ => 0 },
        2 => label switch
        {
            Labels.L0 => -2033,
            Labels.L1 => 2748,
            Labels.L2 => 2328,
            Labels.L4 => -1766,
            _ => 0,
        },
        3 => label switch
        {
            Labels.L0 => 1298,
            Labels.L1 => 1842,
            Labels.L3 => -5167,
            Labels.L4 => -7372,
            _ => 0,
        },
        4 => label switch
        {
            Labels.L0 => 3653,
            Labels.L1 => 5167,
            Labels.L3 => -7635,
            Labels.L4 => -9161,
            _ => 0,
        },
        5 => label switch { Labels.L0 => 9136, Labels.L1 => 251, Labels.L3 => -3270, Labels.L4 => -5498, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        0 => label switch { Labels.L0 => 1889, Labels.L1 => 930, Labels.L3 => -786, Labels.L4 => -1627, _ => 0 },
        3 => label switch { Labels.L0 => 145, Labels.L1 => -130, Labels.L3 => 14, Labels.L4 => -55, _ => 0 },
        4 => label switch { Labels.L0 => -527, Labels.L1 => -226, Labels.L3 => 557, Labels.L4 => 508, _ => 0 },
        6 => label switch { Labels.L0 => -1567, Labels.L1 => 282, Labels.L2 => -56, Labels.L4 => 25, _ => 0 },
        7 => label switch { Labels.L0 => -1599, Labels.L1 => -373, Labels.L2 => 312, Labels.L3 => 239, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(Tokens head1_0, Labels label) => head1_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -142, Labels.L2 => 10, Labels.L3 => 40, Labels.L4 => -180, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 522, Labels.L1 => 484, Labels.L3 => -608, Labels.L4 => -951, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 877, Labels.L1 => 571, Labels.L3 => -228, Labels.L4 => -506, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -695, Labels.L1 => -79, Labels.L3 => 710, Labels.L4 => 284, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -805, Labels.L1 => -246, Labels.L3 => 60, Labels.L4 => 397, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_1 adds to each label's total.
    [Votes(nameof(Head1_1))]
    static int Head1_1Votes(Tokens head1_1, Labels label) => head1_1 switch
    {
        Tokens.T0 => label switch { Labels.L0 => 582, Labels.L1 => 207, Labels.L2 => -110, Labels.L3 => -149, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 369, Labels.L1 => 300, Labels.L3 => -206, Labels.L4 => -28, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -44, Labels.L1 => 129, Labels.L3 => -101, Labels.L4 => 78, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -433, Labels.L1 => 44, Labels.L2 => 7, Labels.L4 => -10, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -886, Labels.L2 => -2, Labels.L3 => 30, Labels.L4 => 247, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_2 adds to each label's total.
    [Votes(nameof(Head1_2))]
    static int Head1_2Votes(Tokens head1_2, Labels label) => head1_2 switch
    {
        Tokens.T0 => label switch { Labels.L0 => 1103, Labels.L1 => 467, Labels.L3 => -596, Labels.L4 => -349, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 419, Labels.L1 => 235, Labels.L3 => -579, Labels.L4 => -431, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -85, Labels.L1 => 424, Labels.L2 => 264, Labels.L3 => -95, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -983, Labels.L2 => 340, Labels.L3 => 203, Labels.L4 => -57, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -1338, Labels.L1 => -495, Labels.L2 => 56, Labels.L4 => 536, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.L0 => -1571, Labels.L1 => -590, Labels.L3 => 245, Labels.L4 => 34, _ => 0 },
        1 => label switch { Labels.L0 => -905, Labels.L1 => 215, Labels.L2 => 257, Labels.L4 => -209, _ => 0 },
        2 => label switch { Labels.L0 => 2467, Labels.L2 => 346, Labels.L3 => -98, Labels.L4 => -352, _ => 0 },
        3 => label switch { Labels.L0 => 2629, Labels.L1 => 1838, Labels.L3 => -351, Labels.L4 => -687, _ => 0 },
        4 => label switch { Labels.L0 => 2043, Labels.L1 => 2532, Labels.L3 => -799, Labels.L4 => -2662, _ => 0 },
        5 => label switch
        {
            Labels.L0 => 1062,
            Labels.L1 => 1542,
            Labels.L3 => -3777,
            Labels.L4 => -5547,
            _ => 0,
        },
        6 => label switch
        {
            Labels.L0 => 1415,
            Labels.L1 => 2816,
            Labels.L3 => -2737,
            Labels.L4 => -5693,
            _ => 0,
        },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.L0 => -2529, Labels.L1 => -2174, Labels.L2 => 16, Labels.L3 => 68, _ => 0 },
        1 => label switch { Labels.L0 => -3943, Labels.L1 => 429, Labels.L2 => 370, Labels.L4 => -981, _ => 0 },
        2 => label switch { Labels.L0 => 1750, Labels.L1 => 1587, Labels.L2 => -603, Labels.L3 => -1308, _ => 0 },
        3 => label switch { Labels.L0 => 5239, Labels.L1 => 3547, Labels.L2 => -437, Labels.L3 => -861, _ => 0 },
        4 => label switch { Labels.L0 => 8754, Labels.L1 => 1641, Labels.L2 => -314, Labels.L3 => -1174, _ => 0 },
        5 => label switch
        {
            Labels.L0 => 5809,
            Labels.L1 => 2405,
            Labels.L3 => -1057,
            Labels.L4 => -1572,
            _ => 0,
        },
        6 => label switch { Labels.L0 => 6138, Labels.L1 => 3099, Labels.L3 => -874, Labels.L4 => -1879, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        2 => label switch { Labels.L0 => 1579, Labels.L1 => 602, Labels.L3 => -527, Labels.L4 => -1299, _ => 0 },
        3 => label switch { Labels.L0 => 434, Labels.L1 => -385, Labels.L2 => -50, Labels.L4 => 20, _ => 0 },
        6 => label switch { Labels.L0 => -1047, Labels.L1 => 1050, Labels.L2 => 470, Labels.L4 => -1289, _ => 0 },
        7 => label switch { Labels.L0 => -1204, Labels.L1 => -254, Labels.L3 => 18, Labels.L4 => 688, _ => 0 },
        8 => label switch { Labels.L0 => -489, Labels.L1 => -747, Labels.L3 => 371, Labels.L4 => 492, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_0 adds to each label's total.
    [Votes(nameof(Head2_0))]
    static int Head2_0Votes(Tokens head2_0, Labels label) => head2_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => 150, Labels.L1 => 127, Labels.L2 => -53, Labels.L3 => -125, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 614, Labels.L1 => 374, Labels.L3 => -251, Labels.L4 => -63, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -333, Labels.L1 => 19, Labels.L3 => -21, Labels.L4 => 87, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_1 adds to each label's total.
    [Votes(nameof(Head2_1))]
    static int Head2_1Votes(Tokens head2_1, Labels label) => head2_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -514, Labels.L1 => 245, Labels.L2 => 729, Labels.L3 => -29, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -522, Labels.L1 => 327, Labels.L2 => 278, Labels.L3 => -53, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 816, Labels.L1 => 568, Labels.L3 => -1088, Labels.L4 => -1204, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 1046, Labels.L1 => 1355, Labels.L3 => -1235, Labels.L4 => -935, _ => 0 },
        Tokens.T3 => label switch { Labels.L1 => -802, Labels.L2 => -3813, Labels.L3 => 3641, Labels.L4 => 2643, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -928, Labels.L1 => -1996, Labels.L3 => 34, Labels.L4 => 577, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_2 adds to each label's total.
    [Votes(nameof(Head2_2))]
    static int Head2_2Votes(Tokens head2_2, Labels label) => head2_2 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -107, Labels.L1 => 4, Labels.L3 => -151, Labels.L4 => 130, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 1347, Labels.L1 => 1410, Labels.L3 => -537, Labels.L4 => -463, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -886, Labels.L1 => -7, Labels.L2 => 370, Labels.L3 => 756, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -556, Labels.L2 => -253, Labels.L3 => 1384, Labels.L4 => 2555, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.L1 => -4789, Labels.L2 => -505, Labels.L3 => 1968, Labels.L4 => 2555, _ => 0 },
        1 => label switch { Labels.L0 => -353, Labels.L1 => -2547, Labels.L3 => 372, Labels.L4 => 222, _ => 0 },
        2 => label switch { Labels.L0 => 318, Labels.L1 => 1442, Labels.L3 => -2326, Labels.L4 => -3413, _ => 0 },
        3 => label switch
        {
            Labels.L0 => 1211,
            Labels.L1 => 2745,
            Labels.L3 => -5125,
            Labels.L4 => -7072,
            _ => 0,
        },
        4 => label switch
        {
            Labels.L0 => 289,
            Labels.L1 => 4148,
            Labels.L3 => -7514,
            Labels.L4 => -10000,
            _ => 0,
        },
        5 => label switch
        {
            Labels.L0 => 2810,
            Labels.L1 => 6780,
            Labels.L3 => -4295,
            Labels.L4 => -5651,
            _ => 0,
        },
        6 => label switch
        {
            Labels.L0 => 3152,
            Labels.L1 => 4389,
            Labels.L3 => -3314,
            Labels.L4 => -3682,
            _ => 0,
        },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.L1 => -555, Labels.L2 => -4102, Labels.L3 => 593, Labels.L4 => 1140, _ => 0 },
        1 => label switch { Labels.L1 => -33, Labels.L2 => -357, Labels.L3 => 327, Labels.L4 => 92, _ => 0 },
        2 => label switch { Labels.L1 => 759, Labels.L2 => 1088, Labels.L3 => -1173, Labels.L4 => -2367, _ => 0 },
        3 => label switch
        {
            Labels.L1 => 1330,
            Labels.L2 => 2168,
            Labels.L3 => -2969,
            Labels.L4 => -4925,
            _ => 0,
        },
        4 => label switch
        {
            Labels.L1 => 1653,
            Labels.L2 => 3404,
            Labels.L3 => -3830,
            Labels.L4 => -5736,
            _ => 0,
        },
        5 => label switch { Labels.L1 => 874, Labels.L2 => 3546, Labels.L3 => -3807, Labels.L4 => -5457, _ => 0 },
        6 => label switch { Labels.L1 => 436, Labels.L2 => 1099, Labels.L3 => -5217, Labels.L4 => -6272, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        0 => label switch { Labels.L1 => -736, Labels.L2 => -189, Labels.L3 => 504, Labels.L4 => 196, _ => 0 },
        2 => label switch { Labels.L1 => 2141, Labels.L2 => 1080, Labels.L3 => -226, Labels.L4 => -1241, _ => 0 },
        3 => label switch { Labels.L0 => -1589, Labels.L1 => -896, Labels.L2 => 31, Labels.L3 => 66, _ => 0 },
        4 => label switch { Labels.L0 => 280, Labels.L1 => -482, Labels.L2 => -572, Labels.L3 => 498, _ => 0 },
        6 => label switch { Labels.L1 => -2216, Labels.L2 => -1258, Labels.L3 => 90, Labels.L4 => 1929, _ => 0 },
        7 => label switch { Labels.L0 => -263, Labels.L1 => 974, Labels.L2 => 694, Labels.L4 => -1920, _ => 0 },
        8 => label switch { Labels.L0 => 3014, Labels.L1 => -521, Labels.L3 => -131, Labels.L4 => 1961, _ => 0 },
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
                Mlp0_0 = Mlp0_0Of(Position);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_0 = Head1_0Read ?? Head0_1AtBos ?? default;
                Head1_1 = Head1_1Read ?? Tokens.Bos;
                Head1_2 = Head1_2Read ?? Tokens.Bos;
                Count1_0 = Count1_0Read ?? 0;
                Count1_1 = Count1_1Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Position);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Head2_0 = Head2_0Read ?? Tokens.Bos;
                Head2_1 = Head2_1Read ?? Tokens.Bos;
                Head2_2 = Head2_2Read ?? Tokens.Bos;
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Mlp2_0 = Mlp2_0Of(Position, Head0_1);
                Layer = Layers.Done;
                break;
        }
    }
}
