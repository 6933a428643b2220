using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Alta.Interpretation;

namespace Alta.Analysis.Coverage;

/// <summary>
/// Reads the rules back from a compiled feed-forward block. The rule layer is the first hidden layer, or
/// the second when the first is an expansion (it reads numerical or set dimensions, docs/design.md). For
/// each unit of the rule layer, every variable it depends on is tried at each of its values (null too,
/// for head outputs), through the expansion when there is one: the values that let the unit fire while
/// every other variable is at its best are the atom. Units that write nothing positive (pass-throughs,
/// resets, "some rule fired" helpers) are not rules. This works on the weights alone, so it also lists
/// rules that no input ever exercises.
/// </summary>
public sealed class RuleTable
{
    RuleTable(int ruleLayer, IReadOnlyList<Rule> rules)
    {
        RuleLayer = ruleLayer;
        Rules = rules;
    }

    /// <summary>The hidden layer whose units are the rules.</summary>
    public int RuleLayer { get; }

    public IReadOnlyList<Rule> Rules { get; }

    public static RuleTable FromModel(AltaModel model)
    {
        var weights = model.Weights;
        var layout = model.Layout;
        var dense = Array.ConvertAll(weights.FeedForward, layer => layer.Weights.ToDense());
        var output = weights.FeedForwardOutput.ToDense();
        bool expansion = weights.FeedForward.Length > 1 && ReadsExpandedVariable(model, dense[0]);
        int ruleLayer = expansion ? 1 : 0;
        var features = new Features(model, dense[0], expansion);
        var ruleWeights = dense[ruleLayer];
        var ruleBias = weights.FeedForward[ruleLayer].Bias;
        int units = weights.FeedForward[ruleLayer].Width;

        var rules = new List<Rule>();
        for (int u = 0; u < units; u++)
        {
            var condition = features.Condition(ruleWeights, units, u, ruleBias[u]);
            if (condition is null) continue;
            var writes = Writes(model, dense, output, ruleLayer, u);
            if (writes.Count == 0) continue;
            var written = writes.Select(dimension => VariableOf(layout, dimension).Name).Distinct().ToArray();
            rules.Add(new Rule(ruleLayer, u, condition, writes.Select(dimension => WriteName(layout, output, dimension)).ToArray(), written));
        }
        return new RuleTable(ruleLayer, rules);
    }

    static bool ReadsExpandedVariable(AltaModel model, float[] first)
    {
        int units = model.Weights.FeedForward[0].Width;
        foreach (var variable in model.Layout.Variables)
        {
            if (variable.Kind == VariableKind.Categorical) continue;
            for (int k = 0; k < variable.Width; k++)
                for (int u = 0; u < units; u++)
                    if (first[(variable.Offset + k) * units + u] != 0f) return true;
        }
        return false;
    }

    // Residual dimensions that the unit raises, following positive weights to W_out.
    static List<int> Writes(AltaModel model, float[][] dense, float[] output, int layer, int unit)
    {
        var reached = new HashSet<int> { unit };
        for (int l = layer + 1; l < dense.Length; l++)
        {
            int width = model.Weights.FeedForward[l].Width;
            var next = new HashSet<int>();
            foreach (var from in reached)
                for (int u = 0; u < width; u++)
                    if (dense[l][from * width + u] > 0f) next.Add(u);
            reached = next;
        }
        int d = model.Layout.ModelWidth;
        var dimensions = new SortedSet<int>();
        foreach (var from in reached)
            for (int k = 1; k < d; k++)
                if (output[from * d + k] > 0f && !VariableOf(model.Layout, k).IsHead) dimensions.Add(k);
        return dimensions.ToList();
    }

    static string WriteName(ModelLayout layout, float[] output, int dimension) =>
        VariableOf(layout, dimension).Kind == VariableKind.Categorical || VariableOf(layout, dimension).Kind == VariableKind.Set
            ? layout.DimensionName(dimension)
            : layout.DimensionName(dimension) + " changes";

    internal static VariableSlice VariableOf(ModelLayout layout, int dimension) =>
        layout.Variables.First(v => dimension >= v.Offset && dimension < v.Offset + v.Width);

    internal static string ValueName(VariableSlice variable, int value) => variable.Kind switch
    {
        _ when value < 0 => "null",
        VariableKind.Categorical => variable.ValueNames?[value] ?? value.ToString(CultureInfo.InvariantCulture),
        VariableKind.Numerical => variable.Centres[value].ToString("G4", CultureInfo.InvariantCulture),
        _ => "{" + string.Join(", ", variable.Sets[value]) + "}",
    };
}
