// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'double_hist'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn double_hist --layers 3 --heads 1 --counts 2 --mlps 1 --epochs 40 --size 10000 --lr 0.01 --seed 1
// Test accuracy of the learned model: 98.95%; this class computes exactly what that model computes.
// Each phase of Layer is one layer of the learned model; heads select the nearest matching position
// and fall back to BOS when none matches; MLPs are the learned tables; the output is the label with the
// most votes, summed over the [Votes] methods (the learned linear read-out), the first label on ties.
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
    [Readout] public Labels Output;

    static Tokens TokenOf(int token) => (Tokens)token;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_1Selects), Aggregate = Aggregation.Count)]
    public int? Count0_1Read;
    [Categorical(9)] public int Count0_1;

    // Layer 1: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count1_1Selects), Aggregate = Aggregation.Count)]
    public int? Count1_1Read;
    [Categorical(9)] public int Count1_1;

    // Layer 2: counts the positions whose Count0_1 matches my Count0_1.
    [Attend(Query = nameof(Count0_1), Key = nameof(Count0_1), Where = nameof(Count2_0Selects), Aggregate = Aggregation.Count)]
    public int? Count2_0Read;
    [Categorical(9)] public int Count2_0;

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

    static bool Count1_1Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => key == Tokens.Pad,
        Tokens.T0 => key == Tokens.T0,
        Tokens.T1 => key == Tokens.T1,
        Tokens.T2 => key == Tokens.T2,
        Tokens.T3 => key == Tokens.T3,
        Tokens.T4 => key == Tokens.T4,
        Tokens.T5 => key == Tokens.T5,
        _ => false,
    };

    static bool Count2_0Selects(int query, int key) => query switch
    {
        0 or 1 or 8 => key == 1,
        3 => key == 6,
        _ => key == 2,
    };

    static bool Count2_1Selects(int query, int key) => query switch
    {
        0 or 1 or 6 or 8 => key == 1,
        _ => key == 6,
    };

    // The read-out: what each value of Count1_1 adds to each label's total.
    [Votes(nameof(Count1_1))]
    static int Count1_1Votes(int count1_1, Labels label) => count1_1 switch
    {
        2 or 3 or 4 or 5 or 6 => label == Labels.L1 ? 1 : 0,
        _ => 0,
    };

    // The read-out: what each value of Count2_0 adds to each label's total.
    [Votes(nameof(Count2_0))]
    static int Count2_0Votes(int count2_0, Labels label) => count2_0 switch
    {
        1 => label == Labels.L1 ? 1 : 0,
        3 => label switch { Labels.L2 => -1, Labels.L3 => 2, _ => 0 },
        4 => label switch { Labels.L1 => -3, Labels.L2 or Labels.L4 => 1, _ => 0 },
        5 => label switch { Labels.L1 => -2, Labels.L2 => -1, Labels.L3 or Labels.L5 => 1, _ => 0 },
        6 => label switch
        {
            Labels.L1 => -3,
            Labels.L2 or Labels.L7 => -1,
            Labels.L3 => 2,
            Labels.L5 or Labels.L6 => 1,
            _ => 0,
        },
        _ => 0,
    };

    // The read-out: what each value of Count2_1 adds to each label's total.
    [Votes(nameof(Count2_1))]
    static int Count2_1Votes(int count2_1, Labels label) => count2_1 switch
    {
        1 => label == Labels.L1 ? 1 : 0,
        2 => label switch { Labels.L1 => -1, Labels.L2 => 1, _ => 0 },
        3 => label switch { Labels.L2 => -1, Labels.L3 => 1, _ => 0 },
        4 => label switch { Labels.L1 or Labels.L2 => -1, Labels.L4 => 1, _ => 0 },
        5 => label switch { Labels.L1 or Labels.L3 => -1, Labels.L5 => 2, _ => 0 },
        6 => label switch { Labels.L1 or Labels.L3 => -1, Labels.L6 => 1, _ => 0 },
        _ => 0,
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
                Count1_1 = Count1_1Read ?? 0;
                Layer = Layers.Layer2;
                break;
            case Layers.Layer2:
                Count2_0 = Count2_0Read ?? 0;
                Count2_1 = Count2_1Read ?? 0;
                Layer = Layers.Done;
                break;
        }
    }
}
