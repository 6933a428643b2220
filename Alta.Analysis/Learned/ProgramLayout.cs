using System.Collections.Generic;

namespace Alta.Analysis.Learned;

/// <summary>What produced a variable of the residual stream.</summary>
public enum VariableKind { Token, Position, Head, Count, Mlp }

/// <summary>A categorical variable of the residual: its name, its producer, and its (padded) width.</summary>
public sealed record LearnedVariable(string Name, VariableKind Kind, int Layer, int Index);

/// <summary>
/// The variables and modules of a Transformer Program of a given shape. Every module writes one new
/// variable; a head or MLP may read any variable that exists before its layer (an MLP also reads its own
/// layer's heads), so the residual only grows and every variable stays one-hot. Every variable is
/// <see cref="Width"/> wide (the longest input plus one, so a count of every position fits).
/// </summary>
public sealed class ProgramLayout
{
    public ProgramLayout(LearnedTask task, LearnedConfig config)
    {
        Vocabulary = task.Tokens.Count;
        Positions = task.MaxLength;
        Classes = task.Labels.Count;
        Causal = task.Causal;
        Width = System.Math.Max(Vocabulary, Positions + 1);
        var variables = new List<LearnedVariable> { new("Token", VariableKind.Token, -1, 0), new("Position", VariableKind.Position, -1, 0) };
        var layers = new List<LayerLayout>();
        for (int l = 0; l < config.Layers; l++)
        {
            int before = variables.Count;
            for (int h = 0; h < config.CategoricalHeads; h++) variables.Add(new($"Head{l}_{h}", VariableKind.Head, l, h));
            for (int h = 0; h < config.CountHeads; h++) variables.Add(new($"Count{l}_{h}", VariableKind.Count, l, h));
            int afterHeads = variables.Count;
            for (int m = 0; m < config.Mlps; m++) variables.Add(new($"Mlp{l}_{m}", VariableKind.Mlp, l, m));
            layers.Add(new LayerLayout(before, afterHeads, config.CategoricalHeads, config.CountHeads, config.Mlps));
        }
        Variables = variables;
        Layers = layers;
    }

    public int Vocabulary { get; }

    /// <summary>Positions of the longest input.</summary>
    public int Positions { get; }

    public int Classes { get; }

    public bool Causal { get; }

    public int Width { get; }

    public IReadOnlyList<LearnedVariable> Variables { get; }

    public IReadOnlyList<LayerLayout> Layers { get; }
}

/// <summary>
/// One layer: heads read the first <see cref="HeadInputs"/> variables, MLPs the first <see cref="MlpInputs"/>;
/// the categorical heads' outputs come first, then the count heads', then the MLPs'.
/// </summary>
public sealed record LayerLayout(int HeadInputs, int MlpInputs, int CategoricalHeads, int CountHeads, int Mlps)
{
    public int HeadVariable(int h) => HeadInputs + h;

    public int CountVariable(int h) => HeadInputs + CategoricalHeads + h;

    public int MlpVariable(int m) => MlpInputs + m;
}
