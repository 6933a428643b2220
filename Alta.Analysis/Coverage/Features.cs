using System;
using System.Collections.Generic;
using System.Linq;
using Alta.Interpretation;

namespace Alta.Analysis.Coverage;

/// <summary>
/// What a rule-layer unit sees of each variable: for every value of the variable (its encoding in the
/// residual), the amount that value adds to the unit's input, directly or through the expansion layer.
/// </summary>
internal sealed class Features
{
    readonly AltaModel model;
    readonly float[] first;
    readonly bool expansion;
    readonly int firstWidth;
    // Expansion units grouped by the one variable they read (-1: only the constant One).
    readonly Dictionary<int, List<int>> expansionUnitsByVariable = new();
    readonly HashSet<int> mixedUnits = new();

    public Features(AltaModel model, float[] first, bool expansion)
    {
        this.model = model;
        this.first = first;
        this.expansion = expansion;
        firstWidth = model.Weights.FeedForward[0].Width;
        if (!expansion) return;
        var variables = model.Layout.Variables;
        for (int u = 0; u < firstWidth; u++)
        {
            var read = new HashSet<int>();
            for (int v = 0; v < variables.Length; v++)
                for (int k = 0; k < variables[v].Width; k++)
                    if (first[(variables[v].Offset + k) * firstWidth + u] != 0f) read.Add(v);
            if (read.Count > 1) { mixedUnits.Add(u); continue; }
            int key = read.Count == 0 ? -1 : read.First();
            if (!expansionUnitsByVariable.TryGetValue(key, out var list)) expansionUnitsByVariable[key] = list = new List<int>();
            list.Add(u);
        }
    }

    /// <summary>The atoms of unit <paramref name="unit"/>, or null when it never fires or cannot be read as a rule.</summary>
    public List<string>? Condition(float[] weights, int units, int unit, float bias)
    {
        var layout = model.Layout;
        if (expansion && mixedUnits.Any(j => weights[j * units + unit] != 0f)) return null;
        double constant = bias + Contribution(weights, units, unit, -1, Array.Empty<float>());
        var perVariable = new List<(VariableSlice Variable, int[] Values, double[] Amounts)>();
        for (int v = 0; v < layout.Variables.Length; v++)
        {
            var variable = layout.Variables[v];
            var values = Values(variable);
            var amounts = values.Select(value => Contribution(weights, units, unit, v, Encode(variable, value))).ToArray();
            if (amounts.All(a => a == 0)) continue;
            perVariable.Add((variable, values, amounts));
        }
        double best = constant + perVariable.Sum(p => p.Amounts.Max());
        // Rule units are exactly 0 or 1; a unit that cannot reach 1/2 never fires.
        if (best < 0.5) return null;
        var atoms = new List<string>();
        var linear = new List<(VariableSlice Variable, double Slope)>();
        double offset = constant;
        foreach (var (variable, values, amounts) in perVariable)
        {
            double max = amounts.Max();
            var accepted = Enumerable.Range(0, values.Length).Where(k => best - (max - amounts[k]) >= 0.5).ToArray();
            // A conjunction: every value that can fire gives the same amount, so atoms combine freely.
            if (accepted.All(k => Math.Abs(amounts[k] - max) < 1e-6))
            {
                offset += max;
                if (accepted.Length < values.Length) atoms.Add(Atom(variable, values, accepted.Select(k => values[k]).ToArray()));
                continue;
            }
            // A threshold unit (the compiler's linear blocks): the amount is affine in the value's number.
            var slope = Slope(variable, values, amounts, accepted);
            if (slope is null) return null;
            linear.Add((variable, slope.Value.Slope));
            offset += slope.Value.Intercept;
            if (accepted.Length < values.Length) atoms.Add(Atom(variable, values, accepted.Select(k => values[k]).ToArray()));
        }
        if (linear.Count > 0)
        {
            double step = linear.Min(l => Math.Abs(l.Slope));
            var terms = linear.Select(l => (Math.Abs(l.Slope / step - 1) < 1e-6 ? "" : (l.Slope / step).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "*") + l.Variable.Name);
            double threshold = Math.Ceiling((0.5 - offset) / step - 1e-9);
            atoms.Add(string.Join(" + ", terms) + " >= " + threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return atoms;
    }

    // The amounts of the firing values as a + b * number (false/true count as 0/1), or null when they are not.
    static (double Slope, double Intercept)? Slope(VariableSlice variable, int[] values, double[] amounts, int[] accepted)
    {
        if (variable.Kind != VariableKind.Categorical || accepted.Length < 2) return null;
        var points = accepted.Where(k => values[k] >= 0).Select(k => (X: (double)values[k], Y: amounts[k])).ToArray();
        if (points.Length != accepted.Length) return null;
        double slope = (points[^1].Y - points[0].Y) / (points[^1].X - points[0].X);
        double intercept = points[0].Y - slope * points[0].X;
        if (points.Any(p => Math.Abs(intercept + slope * p.X - p.Y) > 1e-6) || slope == 0) return null;
        return (slope, intercept);
    }

    static string Atom(VariableSlice variable, int[] values, int[] accepted)
    {
        if (accepted.Length == 1) return variable.Name + "=" + RuleTable.ValueName(variable, accepted[0]);
        if (variable.IsHead && !accepted.Contains(-1) && accepted.Length == values.Length - 1) return variable.Name + " is not null";
        return variable.Name + " in {" + string.Join(", ", accepted.Select(a => RuleTable.ValueName(variable, a))) + "}";
    }

    double Contribution(float[] weights, int units, int unit, int variableIndex, float[] encoding)
    {
        var layout = model.Layout;
        if (!expansion)
        {
            if (variableIndex < 0) return weights[0 * units + unit];
            var variable = layout.Variables[variableIndex];
            double sum = 0;
            for (int k = 0; k < variable.Width; k++) sum += encoding[k] * weights[(variable.Offset + k) * units + unit];
            return sum;
        }
        if (!expansionUnitsByVariable.TryGetValue(variableIndex, out var expansionUnits)) return 0;
        double total = 0;
        foreach (var j in expansionUnits)
        {
            float w = weights[j * units + unit];
            if (w == 0f) continue;
            double z = model.Weights.FeedForward[0].Bias[j] + first[0 * firstWidth + j];
            if (variableIndex >= 0)
            {
                var variable = layout.Variables[variableIndex];
                for (int k = 0; k < variable.Width; k++) z += encoding[k] * first[(variable.Offset + k) * firstWidth + j];
            }
            total += w * Math.Clamp(z, 0, 1);
        }
        return total;
    }

    // Every value the variable can hold (its index; -1 = null for head outputs).
    static int[] Values(VariableSlice variable)
    {
        int count = variable.Kind switch
        {
            VariableKind.Categorical => variable.Width,
            VariableKind.Numerical => variable.Centres.Length,
            _ => variable.Sets.Length,
        };
        var values = Enumerable.Range(0, count);
        return (variable.IsHead ? values.Prepend(-1) : values).ToArray();
    }

    static float[] Encode(VariableSlice variable, int value)
    {
        var encoding = new float[variable.Width];
        if (value < 0) return encoding;
        switch (variable.Kind)
        {
            case VariableKind.Categorical: encoding[value] = 1f; break;
            case VariableKind.Numerical:
                encoding[0] = (float)variable.Centres[value];
                if (variable.Width == 2) encoding[1] = 1f;
                break;
            default:
                foreach (var element in variable.Sets[value]) encoding[element] = 1f;
                break;
        }
        return encoding;
    }
}
