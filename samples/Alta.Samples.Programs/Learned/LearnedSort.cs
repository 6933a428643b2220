// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'sort'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn sort --layers 3 --heads 3 --counts 2 --mlps 1 --epochs 60 --lr 0.01
// Test accuracy of the learned model: 98.05%; this class computes exactly what that model computes.
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
        Tokens.T0 => label switch { Labels.L0 => -75, Labels.L1 => -18, Labels.L2 => 6, Labels.L3 => 19, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => -28, Labels.L1 => -19, Labels.L2 => 17, Labels.L3 => 26, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 15, Labels.L1 => -23, Labels.L3 => 4, Labels.L4 => -19, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => 82, Labels.L1 => 8, Labels.L3 => -5, Labels.L4 => -16, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => 104, Labels.L1 => 45, Labels.L3 => -26, Labels.L4 => -56, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Position adds to each label's total.
    [Votes(nameof(Position))]
    static int PositionVotes(int position, Labels label) => position switch
    {
        1 => label switch { Labels.L0 => 176, Labels.L1 => 166, Labels.L3 => -39, Labels.L4 => -82, _ => 0 },
        2 => label switch { Labels.L0 => 50, Labels.L1 => 52, Labels.L3 => -68, Labels.L4 => -177, _ => 0 },
        3 => label switch { Labels.L0 => -120, Labels.L1 => -68, Labels.L2 => 39, Labels.L3 => 24, _ => 0 },
        4 => label switch { Labels.L0 => -139, Labels.L2 => 129, Labels.L3 => 95, Labels.L4 => -15, _ => 0 },
        5 => label switch { Labels.L1 => -149, Labels.L2 => -41, Labels.L3 => 205, Labels.L4 => 142, _ => 0 },
        6 => label switch { Labels.L0 => -104, Labels.L1 => 255, Labels.L2 => 42, Labels.L3 => -279, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_0 adds to each label's total.
    [Votes(nameof(Head0_0))]
    static int Head0_0Votes(Tokens head0_0, Labels label) => head0_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -76, Labels.L1 => -10, Labels.L3 => 6, Labels.L4 => 86, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -14, Labels.L1 => -41, Labels.L3 => 34, Labels.L4 => 172, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 64, Labels.L1 => 39, Labels.L3 => -12, Labels.L4 => -65, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 23, Labels.L1 => 32, Labels.L3 => -5, Labels.L4 => -56, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 25, Labels.L1 => 17, Labels.L4 => -48, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -52, Labels.L2 => 6, Labels.L3 => 24, Labels.L4 => -69, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -68, Labels.L1 => -15, Labels.L3 => 11, Labels.L4 => 9, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_1 adds to each label's total.
    [Votes(nameof(Head0_1))]
    static int Head0_1Votes(Tokens head0_1, Labels label) => head0_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -224, Labels.L1 => 97, Labels.L2 => 61, Labels.L4 => -200, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 350, Labels.L1 => 45, Labels.L3 => -109, Labels.L4 => -208, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -9, Labels.L1 => -99, Labels.L3 => 101, Labels.L4 => 25, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -116, Labels.L1 => -72, Labels.L3 => 79, Labels.L4 => 303, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head0_2 adds to each label's total.
    [Votes(nameof(Head0_2))]
    static int Head0_2Votes(Tokens head0_2, Labels label) => head0_2 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -74, Labels.L2 => 18, Labels.L3 => -64, Labels.L4 => 61, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 131, Labels.L1 => 39, Labels.L3 => -25, Labels.L4 => -38, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => 12, Labels.L1 => 96, Labels.L3 => -102, Labels.L4 => -5, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -114, Labels.L1 => -99, Labels.L2 => 2, Labels.L3 => 97, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        0 => label switch { Labels.L0 => -33, Labels.L2 => 22, Labels.L3 => 19, Labels.L4 => -8, _ => 0 },
        1 => label switch { Labels.L0 => 42, Labels.L1 => 21, Labels.L2 => -6, Labels.L4 => -13, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count0_1 adds to each label's total.
    [Votes(nameof(Count0_1))]
    static int Count0_1Votes(int count0_1, Labels label) => count0_1 switch
    {
        0 => label switch { Labels.L0 => -208, Labels.L1 => -147, Labels.L3 => 282, Labels.L4 => 347, _ => 0 },
        1 => label switch { Labels.L0 => -141, Labels.L1 => -110, Labels.L3 => 44, Labels.L4 => 102, _ => 0 },
        2 => label switch { Labels.L0 => -200, Labels.L1 => 273, Labels.L2 => 232, Labels.L4 => -180, _ => 0 },
        3 => label switch { Labels.L0 => 126, Labels.L1 => 171, Labels.L3 => -518, Labels.L4 => -746, _ => 0 },
        4 => label switch { Labels.L0 => 371, Labels.L1 => 492, Labels.L3 => -769, Labels.L4 => -926, _ => 0 },
        5 => label switch { Labels.L0 => 899, Labels.L1 => 25, Labels.L3 => -313, Labels.L4 => -534, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp0_0 adds to each label's total.
    [Votes(nameof(Mlp0_0))]
    static int Mlp0_0Votes(int mlp0_0, Labels label) => mlp0_0 switch
    {
        0 => label switch { Labels.L0 => 195, Labels.L1 => 99, Labels.L3 => -79, Labels.L4 => -169, _ => 0 },
        3 => label switch { Labels.L0 => 12, Labels.L1 => -12, Labels.L3 => 5, Labels.L4 => -7, _ => 0 },
        4 => label switch { Labels.L0 => -59, Labels.L1 => -24, Labels.L3 => 57, Labels.L4 => 52, _ => 0 },
        6 => label switch { Labels.L0 => -159, Labels.L1 => 20, Labels.L2 => -10, Labels.L4 => 8, _ => 0 },
        7 => label switch { Labels.L0 => -168, Labels.L1 => -37, Labels.L2 => 32, Labels.L3 => 21, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_0 adds to each label's total.
    [Votes(nameof(Head1_0))]
    static int Head1_0Votes(Tokens head1_0, Labels label) => head1_0 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -5, Labels.L2 => 7, Labels.L3 => 11, Labels.L4 => -9, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 54, Labels.L1 => 56, Labels.L3 => -52, Labels.L4 => -91, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 82, Labels.L1 => 57, Labels.L3 => -24, Labels.L4 => -57, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -76, Labels.L1 => -13, Labels.L3 => 56, Labels.L4 => 32, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -85, Labels.L1 => -26, Labels.L3 => 6, Labels.L4 => 45, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_1 adds to each label's total.
    [Votes(nameof(Head1_1))]
    static int Head1_1Votes(Tokens head1_1, Labels label) => head1_1 switch
    {
        Tokens.T0 => label switch { Labels.L0 => 71, Labels.L1 => 19, Labels.L2 => -8, Labels.L3 => -22, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 39, Labels.L1 => 26, Labels.L3 => -20, Labels.L4 => -5, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -2, Labels.L1 => 19, Labels.L3 => -6, Labels.L4 => 10, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -67, Labels.L1 => 6, Labels.L2 => 3, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -101, Labels.L1 => -6, Labels.L3 => 4, Labels.L4 => 30, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head1_2 adds to each label's total.
    [Votes(nameof(Head1_2))]
    static int Head1_2Votes(Tokens head1_2, Labels label) => head1_2 switch
    {
        Tokens.T0 => label switch { Labels.L0 => 118, Labels.L1 => 53, Labels.L3 => -63, Labels.L4 => -36, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 37, Labels.L1 => 38, Labels.L3 => -62, Labels.L4 => -36, _ => 0 },
        Tokens.T2 => label switch { Labels.L0 => -3, Labels.L1 => 39, Labels.L2 => 30, Labels.L3 => -4, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -105, Labels.L2 => 44, Labels.L3 => 30, Labels.L4 => -8, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -139, Labels.L1 => -63, Labels.L2 => 4, Labels.L4 => 67, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_0 adds to each label's total.
    [Votes(nameof(Count1_0))]
    static int Count1_0Votes(int count1_0, Labels label) => count1_0 switch
    {
        0 => label switch { Labels.L0 => -162, Labels.L1 => -66, Labels.L3 => 18, Labels.L4 => 4, _ => 0 },
        1 => label switch { Labels.L0 => -93, Labels.L1 => 13, Labels.L2 => 22, Labels.L4 => -25, _ => 0 },
        2 => label switch { Labels.L0 => 235, Labels.L2 => 33, Labels.L3 => -8, Labels.L4 => -37, _ => 0 },
        3 => label switch { Labels.L0 => 270, Labels.L1 => 200, Labels.L3 => -30, Labels.L4 => -67, _ => 0 },
        4 => label switch { Labels.L0 => 212, Labels.L1 => 265, Labels.L3 => -81, Labels.L4 => -287, _ => 0 },
        5 => label switch { Labels.L0 => 98, Labels.L1 => 141, Labels.L3 => -396, Labels.L4 => -587, _ => 0 },
        6 => label switch { Labels.L0 => 147, Labels.L1 => 284, Labels.L3 => -278, Labels.L4 => -580, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        0 => label switch { Labels.L0 => -252, Labels.L1 => -217, Labels.L2 => 4, Labels.L3 => 6, _ => 0 },
        1 => label switch { Labels.L0 => -399, Labels.L1 => 38, Labels.L2 => 34, Labels.L4 => -98, _ => 0 },
        2 => label switch { Labels.L0 => 179, Labels.L1 => 152, Labels.L2 => -62, Labels.L3 => -131, _ => 0 },
        3 => label switch { Labels.L0 => 520, Labels.L1 => 358, Labels.L2 => -43, Labels.L3 => -92, _ => 0 },
        4 => label switch { Labels.L0 => 863, Labels.L1 => 177, Labels.L2 => -34, Labels.L3 => -117, _ => 0 },
        5 => label switch { Labels.L0 => 592, Labels.L1 => 245, Labels.L3 => -108, Labels.L4 => -160, _ => 0 },
        6 => label switch { Labels.L0 => 626, Labels.L1 => 315, Labels.L3 => -89, Labels.L4 => -192, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp1_0 adds to each label's total.
    [Votes(nameof(Mlp1_0))]
    static int Mlp1_0Votes(int mlp1_0, Labels label) => mlp1_0 switch
    {
        2 => label switch { Labels.L0 => 162, Labels.L1 => 63, Labels.L3 => -53, Labels.L4 => -136, _ => 0 },
        3 => label switch { Labels.L0 => 45, Labels.L1 => -40, Labels.L2 => -2, Labels.L3 => 8, _ => 0 },
        6 => label switch { Labels.L0 => -124, Labels.L1 => 96, Labels.L2 => 38, Labels.L4 => -129, _ => 0 },
        7 => label switch { Labels.L0 => -125, Labels.L1 => -25, Labels.L2 => 3, Labels.L4 => 73, _ => 0 },
        8 => label switch { Labels.L0 => -50, Labels.L1 => -73, Labels.L3 => 38, Labels.L4 => 52, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_1 adds to each label's total.
    [Votes(nameof(Head2_1))]
    static int Head2_1Votes(Tokens head2_1, Labels label) => head2_1 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -48, Labels.L1 => 25, Labels.L2 => 70, Labels.L4 => -3, _ => 0 },
        Tokens.Eos => label switch { Labels.L0 => -60, Labels.L1 => 34, Labels.L2 => 22, Labels.L3 => -11, _ => 0 },
        Tokens.T0 => label switch { Labels.L0 => 87, Labels.L1 => 60, Labels.L3 => -102, Labels.L4 => -112, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 107, Labels.L1 => 143, Labels.L3 => -112, Labels.L4 => -92, _ => 0 },
        Tokens.T3 => label switch { Labels.L1 => -91, Labels.L2 => -368, Labels.L3 => 359, Labels.L4 => 267, _ => 0 },
        Tokens.T4 => label switch { Labels.L0 => -100, Labels.L1 => -207, Labels.L3 => 2, Labels.L4 => 56, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Head2_2 adds to each label's total.
    [Votes(nameof(Head2_2))]
    static int Head2_2Votes(Tokens head2_2, Labels label) => head2_2 switch
    {
        Tokens.Bos => label switch { Labels.L0 => -7, Labels.L2 => 4, Labels.L3 => -9, Labels.L4 => 20, _ => 0 },
        Tokens.T1 => label switch { Labels.L0 => 140, Labels.L1 => 150, Labels.L3 => -46, Labels.L4 => -41, _ => 0 },
        Tokens.T3 => label switch { Labels.L0 => -87, Labels.L2 => 36, Labels.L3 => 75, Labels.L4 => -1, _ => 0 },
        Tokens.T4 => label switch { Labels.L1 => -54, Labels.L2 => -12, Labels.L3 => 142, Labels.L4 => 257, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        0 => label switch { Labels.L1 => -471, Labels.L2 => -51, Labels.L3 => 191, Labels.L4 => 254, _ => 0 },
        1 => label switch { Labels.L0 => -35, Labels.L1 => -247, Labels.L3 => 39, Labels.L4 => 22, _ => 0 },
        2 => label switch { Labels.L0 => 29, Labels.L1 => 142, Labels.L3 => -230, Labels.L4 => -340, _ => 0 },
        3 => label switch { Labels.L0 => 122, Labels.L1 => 270, Labels.L3 => -514, Labels.L4 => -700, _ => 0 },
        4 => label switch { Labels.L0 => 12, Labels.L1 => 419, Labels.L3 => -744, Labels.L4 => -1000, _ => 0 },
        5 => label switch { Labels.L0 => 288, Labels.L1 => 660, Labels.L3 => -415, Labels.L4 => -555, _ => 0 },
        6 => label switch { Labels.L0 => 322, Labels.L1 => 432, Labels.L3 => -320, Labels.L4 => -364, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        0 => label switch { Labels.L1 => -41, Labels.L2 => -411, Labels.L3 => 69, Labels.L4 => 124, _ => 0 },
        1 => label switch { Labels.L1 => -4, Labels.L2 => -33, Labels.L3 => 27, Labels.L4 => 6, _ => 0 },
        2 => label switch { Labels.L1 => 79, Labels.L2 => 116, Labels.L3 => -118, Labels.L4 => -238, _ => 0 },
        3 => label switch { Labels.L1 => 108, Labels.L2 => 223, Labels.L3 => -296, Labels.L4 => -488, _ => 0 },
        4 => label switch { Labels.L1 => 155, Labels.L2 => 344, Labels.L3 => -384, Labels.L4 => -568, _ => 0 },
        5 => label switch { Labels.L1 => 77, Labels.L2 => 360, Labels.L3 => -380, Labels.L4 => -542, _ => 0 },
        6 => label switch { Labels.L1 => 45, Labels.L2 => 100, Labels.L3 => -519, Labels.L4 => -629, _ => 0 },
        _ => 0,
    };

    // The read-out: what each value of Mlp2_0 adds to each label's total.
    [Votes(nameof(Mlp2_0))]
    static int Mlp2_0Votes(int mlp2_0, Labels label) => mlp2_0 switch
    {
        0 => label switch { Labels.L1 => -82, Labels.L2 => -27, Labels.L3 => 44, Labels.L4 => 7, _ => 0 },
        2 => label switch { Labels.L1 => 216, Labels.L2 => 107, Labels.L3 => -16, Labels.L4 => -130, _ => 0 },
        3 => label switch { Labels.L0 => -165, Labels.L1 => -93, Labels.L2 => 3, Labels.L3 => 5, _ => 0 },
        4 => label switch { Labels.L0 => 20, Labels.L1 => -51, Labels.L2 => -64, Labels.L3 => 39, _ => 0 },
        6 => label switch { Labels.L1 => -207, Labels.L2 => -115, Labels.L3 => 19, Labels.L4 => 206, _ => 0 },
        7 => label switch { Labels.L0 => -31, Labels.L1 => 88, Labels.L2 => 68, Labels.L4 => -190, _ => 0 },
        8 => label switch { Labels.L0 => 289, Labels.L1 => -56, Labels.L3 => -15, Labels.L4 => 185, _ => 0 },
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
