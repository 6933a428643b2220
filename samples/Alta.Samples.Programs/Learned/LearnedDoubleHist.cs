// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'double_hist'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn double_hist --layers 3 --heads 1 --counts 2 --mlps 1 --epochs 40 --size 10000 --lr 0.01 --classifier 1
// Test accuracy of the learned model: 99.37%; this class computes exactly what that model computes.
// Each phase of Layer is one layer of the learned model; heads select the nearest matching position
// and fall back to BOS when none matches; MLPs and the read-out are the learned tables.
using Alta;

namespace Alta.Samples.Learned;

[AltaProgram(Vocabulary = 8, MaxLength = 8, Output = nameof(Output), HaltWhen = nameof(Layer), HaltValue = Layers.Done)]
public partial class LearnedDoubleHist
{
    public enum Tokens
    {
        Pad, // "<pad>"
        Bos, // "<s>"
        T0, // "0"
        T1, // "1"
        T2, // "2"
        T3, // "3"
        T4, // "4"
        T5, // "5"
    }

    public enum Labels
    {
        L1, // "1"
        L2, // "2"
        L3, // "3"
        L4, // "4"
        L5, // "5"
        L6, // "6"
        L7, // "7"
    }

    public enum Layers { Layer0, Layer1, Layer2, Done }

    [FromToken(nameof(TokenOf))] public Tokens Token;
    [FromPosition] [Categorical(8)] public int Position;
    public Layers Layer;
    public Labels Output;

    static Tokens TokenOf(int token) => (Tokens)token;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_1Selects), Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(9)] public int Count0_1;

    // Layer 1: counts the positions whose Count0_1 matches my Count0_1.
    [Attend(Query = nameof(Count0_1), Key = nameof(Count0_1), Where = nameof(Count1_0Selects), Aggregate = Aggregation.Count)]
    public int? Count1_0Read;
    [Categorical(9)] public int Count1_0;

    // Layer 1: a table of Count0_1 and Count1_0.
    [Categorical(9)] public int Mlp1_0;

    // Layer 2: counts the positions whose Count0_1 matches my Count0_1.
    [Attend(Query = nameof(Count0_1), Key = nameof(Count0_1), Where = nameof(Count2_1Selects), Aggregate = Aggregation.Count)]
    public int? Count2_1Read;
    [Categorical(9)] public int Count2_1;

    static bool Count0_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.T0 => key == Tokens.T0,
        Tokens.T1 => key == Tokens.T1,
        Tokens.T2 => key == Tokens.T2,
        Tokens.T3 => key == Tokens.T3,
        Tokens.T4 => key == Tokens.T4,
        Tokens.T5 => key == Tokens.T5,
        _ => key == Tokens.Pad,
    };

    static bool Count1_0Selects(int query, int key) => query switch
    {
        1 => key == 0,
        _ => key == 2,
    };

    // Layer 1: a table of Count0_1 and Count1_0.
    static int Mlp1_0Of(int count0_1, int count1_0) => count0_1 switch
    {
        1 => count1_0 switch
        {
            2 => 8,
            4 => 0,
            5 => 7,
            6 or 7 => 6,
            _ => 1,
        },
        2 => count1_0 switch
        {
            1 => 6,
            2 or 8 => 3,
            3 => 2,
            4 => 0,
            5 or 7 => 5,
            _ => 1,
        },
        3 => count1_0 switch
        {
            0 or 8 => 5,
            4 => 7,
            6 => 1,
            _ => 3,
        },
        4 => count1_0 switch
        {
            0 => 4,
            1 or 6 => 1,
            2 or 5 => 6,
            4 => 0,
            _ => 3,
        },
        5 => count1_0 switch
        {
            1 or 6 => 1,
            2 or 3 => 3,
            4 => 0,
            8 => 6,
            _ => 5,
        },
        6 => count1_0 switch
        {
            2 or 3 => 3,
            4 => 0,
            7 => 8,
            _ => 1,
        },
        7 => count1_0 switch
        {
            1 or 6 => 1,
            2 => 6,
            4 => 0,
            _ => 5,
        },
        8 => count1_0 switch
        {
            1 or 5 => 1,
            3 => 7,
            4 or 8 => 0,
            6 => 6,
            _ => 3,
        },
        _ => count1_0 switch
        {
            2 => 3,
            3 or 5 or 7 => 5,
            4 or 8 => 0,
            _ => 1,
        },
    };

    static bool Count2_1Selects(int query, int key) => query switch
    {
        2 or 3 => key == 6,
        _ => key == 1,
    };

    // The read-out: the class from Mlp1_0 and Count2_1.
    static Labels OutputOf(int mlp1_0, int count2_1) => mlp1_0 switch
    {
        0 => Labels.L2,
        1 => count2_1 switch
        {
            1 => Labels.L1,
            2 => Labels.L2,
            4 => Labels.L4,
            5 => Labels.L5,
            6 => Labels.L6,
            _ => Labels.L3,
        },
        _ => Labels.L1,
    };

    [Mlp]
    void Step()
    {
        switch (Layer)
        {
            case Layers.Layer0:
                Count0_1 = Count0_1Read ?? 0;
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Count1_0 = Count1_0Read ?? 0;
                Mlp1_0 = Mlp1_0Of(Count0_1, Count1_0);
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Count2_1 = Count2_1Read ?? 0;
                Output = OutputOf(Mlp1_0, Count2_1);
                Layer = Layers.Done;
                break;
        }
    }
}
