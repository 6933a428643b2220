// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'sort'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn sort --layers 2 --heads 2 --counts 1 --mlps 1 --epochs 20 --lr 0.01
// Test accuracy of the learned model: 72.94%; this class computes exactly what that model computes.
// Each phase of Layer is one layer of the learned model; heads select the nearest matching position
// and fall back to BOS when none matches; MLPs and the read-out are the learned tables.
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

    public enum Layers { Layer0, Layer1, Done }

    [FromToken(nameof(TokenOf))] public Tokens Token;
    [FromPosition] [Categorical(8)] public int Position;
    public Layers Layer;
    public Labels Output;

    static Tokens TokenOf(int token) => (Tokens)token;

    // Layer 0: counts the positions whose Token matches my Position.
    [Attend(Query = nameof(Position), Key = nameof(Token), Where = nameof(Count0_0Selects), Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(9)] public int Count0_0;

    // Layer 0: a table of Position and Count0_0.
    [Categorical(9)] public int Mlp0_0;

    // Layer 1: copies Token from the nearest position whose Token matches my Mlp0_0.
    [Attend(Query = nameof(Mlp0_0), Key = nameof(Token), Value = nameof(Token), Where = nameof(Head1_1Selects), Prefer = Preference.Nearest)]
    public Tokens? Head1_1Read;
    public Tokens Head1_1;

    static bool Count0_0Selects(int query, Tokens key) => query switch
    {
        0 or 1 or 4 => key == Tokens.T1,
        6 => key == Tokens.Pad,
        _ => key == Tokens.T0,
    };

    // Layer 0: a table of Position and Count0_0.
    static int Mlp0_0Of(int position, int count0_0) => position switch
    {
        1 => count0_0 switch
        {
            8 => 8,
            _ => 2,
        },
        2 => count0_0 switch
        {
            0 or 6 => 4,
            2 or 3 or 4 => 2,
            8 => 0,
            _ => 3,
        },
        3 => count0_0 switch
        {
            0 or 7 => 5,
            2 => 1,
            3 or 4 => 2,
            8 => 0,
            _ => 4,
        },
        4 => count0_0 switch
        {
            0 => 5,
            3 => 2,
            6 or 7 => 6,
            8 => 1,
            _ => 4,
        },
        5 => count0_0 switch
        {
            1 or 7 => 7,
            2 => 5,
            3 or 4 => 4,
            8 => 2,
            _ => 6,
        },
        6 => count0_0 switch
        {
            1 or 8 => 8,
            3 => 6,
            4 or 5 => 5,
            _ => 7,
        },
        7 => count0_0 switch
        {
            1 or 8 => 2,
            2 or 3 or 7 => 6,
            _ => 7,
        },
        _ => count0_0 switch
        {
            1 => 1,
            2 or 8 => 4,
            4 => 5,
            5 or 7 => 7,
            6 => 6,
            _ => 8,
        },
    };

    static bool Head1_1Selects(int query, Tokens key) => query switch
    {
        1 or 3 => key == Tokens.T1,
        2 => key == Tokens.T0,
        4 => key == Tokens.T2,
        _ => key == Tokens.T4,
    };

    // The read-out: the class from Head1_1 and Position.
    static Labels OutputOf(Tokens head1_1, int position) => head1_1 switch
    {
        Tokens.Bos => position switch
        {
            1 => Labels.L1,
            2 or 3 => Labels.L2,
            _ => Labels.L3,
        },
        Tokens.T0 => position switch
        {
            4 => Labels.L1,
            _ => Labels.L0,
        },
        Tokens.T1 => Labels.L1,
        Tokens.T2 => Labels.L2,
        Tokens.T4 => position switch
        {
            3 => Labels.L2,
            4 => Labels.L3,
            _ => Labels.L4,
        },
        _ => Labels.L0,
    };

    [Mlp]
    void Step()
    {
        switch (Layer)
        {
            case Layers.Layer0:
                Count0_0 = Count0_0Read ?? 0;
                Mlp0_0 = Mlp0_0Of(Position, Count0_0);
                Layer = Layers.Layer1;
                break;
            case Layers.Layer1:
                Head1_1 = Head1_1Read ?? Tokens.Bos;
                Output = OutputOf(Head1_1, Position);
                Layer = Layers.Done;
                break;
        }
    }
}
