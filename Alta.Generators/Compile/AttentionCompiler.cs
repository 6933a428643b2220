using System.Linq;
using Alta.Generators.Evaluate;
using Alta.Generators.Spec;
using Alta.Generators.Shared;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Compile;

/// <summary>
/// One attention head per <c>[Attend]</c> field (docs/design.md, "Attention: one head per `[Attend]` field"). Queries and keys are one-hot (or membership
/// bits), so <c>score(i,j) = (x_i W_Q) . (x_j W_K)</c> is lambda squared when j is selected and 0 otherwise:
/// <c>W_K</c> is lambda times the identity on the key's one-hot, and <c>W_Q</c> holds lambda where the
/// selector's relation holds (the identity for equality, the predicate's table for <c>Where</c>, membership
/// for sets). Offset-only heads score lambda squared everywhere through the One dimension. A sink logit of
/// lambda squared over 2 with a zero value takes all the weight when nothing is selected, so the head
/// writes exactly zero: null. A head with <c>Prefer</c> adds a position-dependent term in extra columns and a
/// larger lambda (<see cref="PreferenceScores"/>); its sink stays at 128.
/// </summary>
internal static class AttentionCompiler
{
    /// <summary>lambda: 16, so a selected score is 256 and the sink 128. After max-subtraction every other
    /// logit is at most -128, and exp(-128) underflows to exactly 0 in float32 (below about -103.97).</summary>
    public const float Scale = 16f;

    public const float SinkLogit = Scale * Scale / 2;

    /// <summary>Added to the scores of disallowed offsets: far below anything, still finite.</summary>
    public const float MaskBias = -1e9f;

    /// <param name="index">The head's place in <see cref="ProgramSpec.Heads"/>, for a failure to point at its field.</param>
    public static CompiledHead Compile(ResidualLayout layout, Head head, int index)
    {
        var model = layout.Model;
        var selector = model.Selectors[head.Selector];
        var preference = PreferenceScores.Columns(selector.Prefer, model.MaxLength);
        float scale = PreferenceScores.Scale(selector.Prefer, model.MaxLength);
        var (query, key) = selector.Query < 0 ? OffsetOnly(layout, scale, preference) : QueryKey(layout, head, index, selector, scale, preference);
        var (value, output) = ValueOutput(layout, head);
        return new CompiledHead(head.Name, query, key, value, output, selector.Offsets, SinkLogitOf(head.Kind, scale), MaskBias);
    }

    /// <summary>The sink's logit: 128, or for a count the score of a selected position (the always-selected sink of
    /// <see cref="CountCentres"/>).</summary>
    private static float SinkLogitOf(HeadKind kind, float scale) => kind switch
    {
        HeadKind.Categorical => SinkLogit,
        HeadKind.Numerical => SinkLogit,
        HeadKind.Count => scale * scale,
    };

    private static (SparseWeights, SparseWeights) OffsetOnly(ResidualLayout layout, float scale, PreferenceScores.Column[] preference)
    {
        var query = new SparseWeightsBuilder(layout.ModelWidth, 1 + preference.Length).Add(ResidualLayout.One, 0, scale);
        var key = new SparseWeightsBuilder(layout.ModelWidth, 1 + preference.Length).Add(ResidualLayout.One, 0, scale);
        AddPreference(layout, query, key, 1, preference);
        return (query.Build(), key.Build());
    }

    /// <summary>The preference's columns after the selection's: their products add <c>pref(i, j)</c> to every score.</summary>
    private static void AddPreference(ResidualLayout layout, SparseWeightsBuilder query, SparseWeightsBuilder key, int first, PreferenceScores.Column[] preference)
    {
        for (int c = 0; c < preference.Length; c++)
        {
            foreach (var (feature, weight) in preference[c].Query) query.Add(layout.FeatureDimension(feature), first + c, weight);
            foreach (var (feature, weight) in preference[c].Key) key.Add(layout.FeatureDimension(feature), first + c, weight);
        }
    }

    private static (SparseWeights, SparseWeights) QueryKey(ResidualLayout layout, Head head, int index, Selector selector, float scale, PreferenceScores.Column[] preference)
    {
        var model = layout.Model;
        var queryVariable = model.Variables[selector.Query];
        var keyVariable = model.Variables[selector.Key];
        if (keyVariable.Kind != VariableKind.Categorical)
            throw ModelCompilationException.Create(CompilationDiagnostics.UnsupportedSelector, index, head.Name, "key", keyVariable.Name, keyVariable.Kind.ToString().ToLowerInvariant());
        if (queryVariable.Kind == VariableKind.Numerical)
            throw ModelCompilationException.Create(CompilationDiagnostics.UnsupportedSelector, index, head.Name, "query", queryVariable.Name, "numerical");

        var selection = layout.Evaluation.Selections[head.Selector];
        int keys = layout.ValueCount(selector.Key);
        int queryOffset = layout.Offset(selector.Query), keyOffset = layout.Offset(selector.Key);
        var query = new SparseWeightsBuilder(layout.ModelWidth, keys + preference.Length);
        var key = new SparseWeightsBuilder(layout.ModelWidth, keys + preference.Length);
        for (int k = 0; k < keys; k++) key.Add(keyOffset + k, k, scale);
        AddPreference(layout, query, key, keys, preference);

        if (queryVariable.Kind == VariableKind.Categorical)
        {
            for (int q = 0; q < selection.QuerySize; q++)
                for (int k = 0; k < keys; k++)
                    if (selection.Matrix[q * selection.KeySize + k]) query.Add(queryOffset + q, k, scale);
        }
        else
        {
            // Membership bits against the key's one-hot: only the default relation (membership) can be expressed.
            var sets = layout.Evaluation.Domains[selector.Query].Sets;
            for (int s = 0; s < selection.QuerySize; s++)
                for (int k = 0; k < keys; k++)
                    if (selection.Matrix[s * selection.KeySize + k] != SelectorRelation.Selects(VariableKind.Set, s, VariableValues.Bits(sets[s]), k))
                        throw ModelCompilationException.Create(CompilationDiagnostics.SetQueryRelation, index, head.Name,
                            selection.Matrix[s * selection.KeySize + k] ? k.ToString() : "not " + k,
                            "{" + string.Join(", ", sets[s].Elements) + "}");
            for (int e = 0; e < System.Math.Min(queryVariable.Range, keys); e++) query.Add(queryOffset + e, e, scale);
        }
        return (query.Build(), key.Build());
    }

    private static (SparseWeights, SparseWeights) ValueOutput(ResidualLayout layout, Head head) => head.Kind switch
    {
        HeadKind.Categorical => CategoricalValueOutput(layout, head),
        HeadKind.Numerical => NumericalValueOutput(layout, head),
        HeadKind.Count => CountValueOutput(layout, head),
    };

    /// <summary>Every selected position contributes the One dimension (value 1) to the count's single dimension.</summary>
    private static (SparseWeights, SparseWeights) CountValueOutput(ResidualLayout layout, Head head)
    {
        var value = new SparseWeightsBuilder(layout.ModelWidth, 1).Add(ResidualLayout.One, 0, 1f);
        var output = new SparseWeightsBuilder(1, layout.ModelWidth).Add(0, layout.Offset(head.Output), 1f);
        return (value.Build(), output.Build());
    }

    /// <summary>The value's one-hot, copied to the output's: one selected position writes its value.</summary>
    private static (SparseWeights, SparseWeights) CategoricalValueOutput(ResidualLayout layout, Head head)
    {
        int valueOffset = layout.Offset(head.Value), outputOffset = layout.Offset(head.Output);
        int range = layout.ValueCount(head.Value);
        var value = new SparseWeightsBuilder(layout.ModelWidth, range);
        var output = new SparseWeightsBuilder(range, layout.ModelWidth);
        for (int a = 0; a < range; a++)
        {
            value.Add(valueOffset + a, a, 1f);
            output.Add(a, outputOffset + a, 1f);
        }
        return (value.Build(), output.Build());
    }

    /// <summary>Column 0 carries the value, column 1 the One dimension: the mean of the selected values, and a presence
    /// that is 1 exactly when something was selected (the sink's value is zero).</summary>
    private static (SparseWeights, SparseWeights) NumericalValueOutput(ResidualLayout layout, Head head)
    {
        int valueOffset = layout.Offset(head.Value), outputOffset = layout.Offset(head.Output);
        var value = new SparseWeightsBuilder(layout.ModelWidth, 2).Add(valueOffset, 0, 1f).Add(ResidualLayout.One, 1, 1f);
        var output = new SparseWeightsBuilder(2, layout.ModelWidth).Add(0, outputOffset, 1f).Add(1, outputOffset + 1, 1f);
        return (value.Build(), output.Build());
    }
}
