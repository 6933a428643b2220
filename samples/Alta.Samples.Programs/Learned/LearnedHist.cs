// Learned and decompiled by Alta.Analysis (Learning Transformer Programs, Friedman et al., 2023): task 'hist'.
// Made by: dotnet run -c Release --project samples/Alta.Samples -- learn hist --layers 1 --heads 1 --counts 1 --mlps 1 --epochs 20 --size 5000
// Test accuracy of the learned model: 100.00%; this class computes exactly what that model computes.
// Each phase of Layer is one layer of the learned model; heads select the nearest matching position
// and fall back to BOS when none matches; MLPs are the learned tables; the output is the label with the
// most votes, summed over the [Votes] methods (the learned linear read-out), the first label on ties.
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
    [Readout] public Labels Output;

    static Tokens TokenOf(int token) => (Tokens)token;

    // Layer 0: counts the positions whose Token matches my Token.
    [Attend(Query = nameof(Token), Key = nameof(Token), Where = nameof(Count0_0Selects), Aggregate = Aggregation.Count)]
    public int? Count0_0Read;
    [Categorical(9)] public int Count0_0;

    static bool Count0_0Selects(Tokens query, Tokens key) => query switch
    {
        Tokens.Bos or Tokens.T2 => key == Tokens.T2,
        Tokens.T0 => key == Tokens.T0,
        Tokens.T3 => key == Tokens.T3,
        Tokens.T4 => key == Tokens.T4,
        Tokens.T5 => key == Tokens.T5,
        _ => key == Tokens.T1,
    };

    // The read-out: what each value of Count0_0 adds to each label's total.
    [Votes(nameof(Count0_0))]
    static int Count0_0Votes(int count0_0, Labels label) => count0_0 switch
    {
        2 => label == Labels.L2 ? 1 : 0,
        3 => label == Labels.L3 ? 1 : 0,
        4 => label == Labels.L4 ? 1 : 0,
        5 => label switch { Labels.L1 => -1, Labels.L5 => 1, _ => 0 },
        6 => label == Labels.L6 ? 1 : 0,
        _ => 0,
    };

    [Mlp]
    void Step()
    {
        switch (Layer)
        {
            case Layers.Layer0:
                Count0_0 = Count0_0Read ?? 0;
                Layer = Layers.Done;
                break;
        }
    }
}
