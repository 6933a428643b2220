// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'hist'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn hist --layers 1 --heads 1 --counts 1 --mlps 1 --epochs 10 --size 5000
// Test accuracy of the learned model: 100.00%; this class computes exactly what that model computes.
// Each phase of Layer is one layer of the learned model; heads select the nearest matching position
// and fall back to BOS when none matches; MLPs and the read-out are the learned tables.
using Alta;

namespace Alta.Samples.Learned;

[AltaProgram(Vocabulary = 8, MaxLength = 8, Output = nameof(Output), HaltWhen = nameof(Layer), HaltValue = Layers.Done)]
public partial class LearnedHist
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

    public enum Layers { Layer0, Done }

    [FromToken(nameof(TokenOf))] public Tokens Token;
    [FromPosition] [Categorical(8)] public int Position;
    public Layers Layer;
    public Labels Output;

    static Tokens TokenOf(int token) => (Tokens)token;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_0Selects), Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(9)] public int Count0_0;

    static bool Count0_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos => false,
        Tokens.T0 => key == Tokens.T0,
        Tokens.T2 => key == Tokens.T2,
        Tokens.T3 => key == Tokens.T3,
        Tokens.T4 => key == Tokens.T4,
        Tokens.T5 => key == Tokens.T5,
        _ => key == Tokens.T1,
    };

    // The read-out: the class from Count0_0.
    static Labels OutputOf(int count0_0) => count0_0 switch
    {
        2 => Labels.L2,
        3 => Labels.L3,
        4 => Labels.L4,
        5 => Labels.L5,
        6 => Labels.L6,
        _ => Labels.L1,
    };

    [Mlp]
    void Step()
    {
        switch (Layer)
        {
            case Layers.Layer0:
                Count0_0 = Count0_0Read ?? 0;
                Output = OutputOf(Count0_0);
                Layer = Layers.Done;
                break;
        }
    }
}
