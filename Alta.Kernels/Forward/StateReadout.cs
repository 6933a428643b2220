using System;
using System.Runtime.CompilerServices;
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
        return slice >= 0 ? Categorical(s, variable, slice, plan.State.Slices[slice].Width, i) : FromFloats(s, variable, i);
    }

    /// <summary>Categorical <paramref name="variable"/> (state index <paramref name="slice"/>, <paramref name="width"/>
    /// values) at position <paramref name="i"/>: its value index from the state where the row is exact, else from the floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Categorical(AltaSession s, int variable, int slice, int width, int i)
    {
        int value = s.RowStates[i * s.StateWidth + slice];
        return s.RowExact[i] && value >= 0 ? value == width ? double.NaN : value : FromFloats(s, variable, i);
    }

    private static double FromFloats(AltaSession s, int variable, int i)
    {
        int d = s.Model.Layout.ModelWidth;
        return Readout.Decode(s.Model.Layout.Variables[variable], s.X.AsSpan(i * d, d));
    }

    /// <summary>Whether every position holds the halting value.</summary>
    public static bool IsHalted(AltaSession s, int n)
    {
        var model = s.Model;
        if (model.HaltWhen < 0) return false;
        int slice = model.Plan.StateIndexOfVariable[model.HaltWhen];
        if (slice < 0)
        {
            for (int i = 0; i < n; i++)
                if (FromFloats(s, model.HaltWhen, i) != model.HaltValue) return false;
            return true;
        }
        // Once per layer over every position: the state read in one loop, the floats only where it is not exact.
        int width = model.Plan.State.Slices[slice].Width;
        for (int i = 0; i < n; i++)
            if (Categorical(s, model.HaltWhen, slice, width, i) != model.HaltValue) return false;
        return true;
    }

    public static void Outputs(AltaSession s, int n, Span<double> outputs)
    {
        var model = s.Model;
        int output = model.Output;
        int slice = model.Plan.StateIndexOfVariable[output];
        if (model.Weights.Readout is not null || slice < 0)
        {
            for (int i = 0; i < n; i++) outputs[i] = Decode(s, output, i);
            return;
        }
        // A categorical output, as Decode reads it, with the slice looked up once per run instead of once per position.
        int width = model.Plan.State.Slices[slice].Width;
        for (int i = 0; i < n; i++) outputs[i] = Categorical(s, output, slice, width, i);
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
