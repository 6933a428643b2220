using System;
using Alta.Interpretation;

namespace Alta.Forward;

/// <summary>
/// <see cref="Readout"/> for the fast pass: a categorical variable of a row whose state is exact is read from the
/// integer state (its value index, or null when the slice is all zero: what the argmax of an exactly one-hot slice
/// gives) instead of from the floats; everything else goes to <see cref="Readout"/>.
/// </summary>
internal static class StateReadout
{
    public static double Decode(AltaSession s, int variable, int i)
    {
        var plan = s.Model.Plan;
        if (variable == s.Model.Output && s.Model.Weights.Readout is not null) return ReadoutScores.Fast(s, i);
        int slice = plan.StateIndexOfVariable[variable];
        if (slice >= 0 && s.RowExact[i])
        {
            int value = s.RowStates[i * s.StateWidth + slice];
            if (value >= 0) return value == plan.State.Slices[slice].Width ? double.NaN : value;
        }
        int d = s.Model.Layout.ModelWidth;
        return Readout.Decode(s.Model.Layout.Variables[variable], s.X.AsSpan(i * d, d));
    }

    /// <summary>Whether every position holds the halting value.</summary>
    public static bool IsHalted(AltaSession s, int n)
    {
        var model = s.Model;
        if (model.HaltWhen < 0) return false;
        for (int i = 0; i < n; i++)
            if (Decode(s, model.HaltWhen, i) != model.HaltValue) return false;
        return true;
    }

    public static void Outputs(AltaSession s, int n, Span<double> outputs)
    {
        for (int i = 0; i < n; i++) outputs[i] = Decode(s, s.Model.Output, i);
    }

    /// <summary><see cref="Readout.CheckGuards"/>, with categorical value indices from the state.</summary>
    public static void CheckGuards(AltaSession s, int n, int layer)
    {
        var model = s.Model;
        var variables = model.Layout.Variables;
        int d = model.Layout.ModelWidth;
        Span<int> indices = variables.Length <= 256 ? stackalloc int[variables.Length] : new int[variables.Length];
        for (int i = 0; i < n; i++)
        {
            var row = s.X.AsSpan(i * d, d);
            for (int v = 0; v < variables.Length; v++)
            {
                int slice = model.Plan.StateIndexOfVariable[v];
                int value = slice >= 0 && s.RowExact[i] ? s.RowStates[i * s.StateWidth + slice] : -1;
                // Readout.ValueIndex reads null as -1.
                indices[v] = value < 0 ? Readout.ValueIndex(variables[v], row) : value == variables[v].Width ? -1 : value;
            }
            if (ProgramGuard.First(model.Guards, indices) is { } guard) throw guard.ToException(i, layer);
        }
    }
}
