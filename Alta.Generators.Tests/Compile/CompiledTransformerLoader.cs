using System.Linq;
using Alta.Generators.Compile;
using Kind = Alta.Interpretation.VariableKind;

namespace Alta.Generators.Tests.Compile;

/// <summary>Builds the run-time model from the compiler's output, as the generated <c>Model</c> property does from its tables.</summary>
internal static class CompiledTransformerLoader
{
    public static AltaModel Load(CompiledTransformer model)
    {
        var slices = model.Slices.Select(s => new VariableSlice(s.Name, (Kind)(int)s.Kind, s.Offset, s.Width, s.IsHead,
            s.Centres.ToArray(), s.Sets.Select(set => set.Elements.ToArray()).ToArray(),
            s.ValueNames.Count == 0 ? null : s.ValueNames.ToArray())).ToArray();
        var heads = model.Heads.Select(h => new AttentionHead(h.Name, Matrix(h.Query), Matrix(h.Key), Matrix(h.Value), Matrix(h.Output),
            h.Offsets.ToArray(), h.SinkLogit, h.MaskBias)).ToArray();
        var layers = model.FeedForward.Select(l => new FeedForwardLayer(Matrix(l.Weights), l.Bias.ToArray())).ToArray();
        var weights = new ModelWeights(Matrix(model.TokenEmbedding), model.PositionEmbedding is { } p ? Matrix(p) : null, heads, layers,
            Matrix(model.FeedForwardOutput)) { Readout = model.Readout is { } readout ? Matrix(readout) : null };
        var s = model.Statistics;
        var statistics = new ModelStatistics(s.ModelWidth, s.Heads, s.FfnWidths.ToArray(), s.Rules, s.Parameters, s.NonZeros,
            s.AttentionScale, s.ExactUpToLength);
        return new AltaModel(model.Name, model.Vocabulary, model.MaxLength, model.MaxLayers, model.Output, model.HaltWhen, model.HaltValue,
            new ModelLayout(model.ModelWidth, slices), weights, statistics);
    }

    public static SparseMatrix Matrix(SparseWeights w) =>
        new(w.Rows, w.Columns, w.RowStarts.ToArray(), w.ColumnIndices.ToArray(), w.Values.ToArray());
}
