using Alta.Generators.Spec;

namespace Alta.Generators.Compile;

/// <summary>
/// E_tok (one row per token id: One, every token-initialised variable, every constant and default) and
/// E_pos (one row per position up to MaxLength: the position-initialised variables, and the position features
/// that preferring heads read). Head outputs start at zero.
/// </summary>
internal static class EmbeddingCompiler
{
    public static SparseWeights Tokens(ResidualLayout layout)
    {
        var model = layout.Model;
        int count = model.Variables.Count;
        var weights = new SparseWeightsBuilder(model.Vocabulary, layout.ModelWidth);
        for (int token = 0; token < model.Vocabulary; token++)
        {
            weights.Add(token, ResidualLayout.One, 1f);
            Write(layout, weights, token, layout.Evaluation.TokenInit, token * count);
        }
        return weights.Build();
    }

    public static SparseWeights? Positions(ResidualLayout layout)
    {
        var model = layout.Model;
        if (model.MaxLength <= 0) return null;
        int count = model.Variables.Count;
        var weights = new SparseWeightsBuilder(model.MaxLength, layout.ModelWidth);
        for (int position = 0; position < model.MaxLength; position++)
        {
            if ((position + 1) * count <= layout.Evaluation.PositionInit.Count)
                Write(layout, weights, position, layout.Evaluation.PositionInit, position * count);
            foreach (var feature in layout.Features)
                weights.Add(position, feature.Value, feature.Key == PreferenceScores.Feature.Position ? position : (float)position * position);
        }
        return weights.Build();
    }

    private static void Write(ResidualLayout layout, SparseWeightsBuilder weights, int row, EquatableArray<int> table, int start)
    {
        for (int v = 0; v < layout.Model.Variables.Count; v++)
        {
            if (layout.Model.Variables[v].IsHead || layout.Model.HasReadout && v == layout.Model.Output) continue;
            int value = table[start + v];
            if (value < 0) continue;
            foreach (var (dimension, entry) in layout.Encode(v, value)) weights.Add(row, dimension, entry);
        }
    }
}
