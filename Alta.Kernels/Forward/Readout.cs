using System;
using Alta.Interpretation;

namespace Alta.Forward;

/// <summary>
/// Reads a variable from a residual row (docs/design.md, "Halting"): argmax for categorical
/// (null when the slice is all zero), the value for numerical (snapped to its bucket centre, as the
/// interpreter holds it; null when a head's presence is 0), the matching possible set for sets; a <c>[Readout]</c>
/// output by its read-out matrix (<see cref="ReadoutScores"/>).
/// </summary>
internal static class Readout
{
    /// <summary>Variable <paramref name="variable"/> of a model's row: a <c>[Readout]</c> output by the dense read-out.</summary>
    public static double Decode(AltaModel model, int variable, ReadOnlySpan<float> row) =>
        variable == model.Output && model.Weights.Readout is { } w
            ? ReadoutScores.Reference(model.Dense.Readout!, w.Columns, row)
            : Decode(model.Layout.Variables[variable], row);

    public static double Decode(VariableSlice variable, ReadOnlySpan<float> row)
    {
        var slice = row.Slice(variable.Offset, variable.Width);
        return variable.Kind switch
        {
            VariableKind.Categorical => ArgMax(slice),
            VariableKind.Numerical => Numerical(variable, row, slice),
            VariableKind.Set => SetIndex(variable, slice),
        };
    }

    private static double Numerical(VariableSlice variable, ReadOnlySpan<float> row, ReadOnlySpan<float> slice)
    {
        if (variable.IsCount) return Buckets.Of(variable.Centres, slice[0]); // the count w, as the interpreter holds it
        if (variable.PresenceDimension >= 0)
            return row[variable.PresenceDimension] < 0.5f ? double.NaN : slice[0];
        return variable.Centres.Length == 0 ? slice[0] : variable.Centres[Buckets.Of(variable.Centres, slice[0])];
    }

    /// <summary>The value index of a variable as the guards read it: the categorical value, the bucket of a
    /// numerical value (a head's mean by the float32 rule of <see cref="Buckets.OfMean"/>), the set's index; -1 for null.</summary>
    public static int ValueIndex(VariableSlice variable, ReadOnlySpan<float> row)
    {
        if (variable.Kind == VariableKind.Numerical)
        {
            if (variable.PresenceDimension >= 0)
                return row[variable.PresenceDimension] < 0.5f ? -1 : Buckets.OfMean(variable.Centres, row[variable.Offset]);
            return Buckets.Of(variable.Centres, row[variable.Offset]);
        }
        double value = Decode(variable, row);
        return double.IsNaN(value) ? -1 : (int)value;
    }

    /// <summary>Throws the first guard that holds, at the first position where one does (before the feed-forward network).</summary>
    public static void CheckGuards(AltaModel model, ReadOnlySpan<float> residual, int n, int layer)
    {
        var variables = model.Layout.Variables;
        int width = model.Layout.ModelWidth;
        Span<int> indices = variables.Length <= 256 ? stackalloc int[variables.Length] : new int[variables.Length];
        for (int i = 0; i < n; i++)
        {
            var row = residual.Slice(i * width, width);
            for (int v = 0; v < variables.Length; v++) indices[v] = ValueIndex(variables[v], row);
            if (ProgramGuard.First(model.Guards, indices) is { } guard) throw guard.ToException(i, layer);
        }
    }

    /// <summary>The index of the largest entry, or NaN (null) when no entry reaches one half.</summary>
    public static double ArgMax(ReadOnlySpan<float> slice)
    {
        int best = -1;
        float max = 0.5f;
        for (int k = 0; k < slice.Length; k++)
            if (slice[k] >= max && (best < 0 || slice[k] > slice[best])) { best = k; max = slice[k]; }
        return best < 0 ? double.NaN : best;
    }

    private static double SetIndex(VariableSlice variable, ReadOnlySpan<float> bits)
    {
        for (int s = 0; s < variable.Sets.Length; s++)
        {
            var elements = variable.Sets[s];
            int matched = 0;
            bool same = true;
            for (int e = 0; e < bits.Length && same; e++)
            {
                bool member = bits[e] >= 0.5f;
                bool expected = matched < elements.Length && elements[matched] == e;
                if (expected) matched++;
                same = member == expected;
            }
            if (same) return s;
        }
        return double.NaN;
    }

    /// <summary>Whether every position holds the halting value.</summary>
    public static bool IsHalted(AltaModel model, ReadOnlySpan<float> residual, int n)
    {
        if (model.HaltWhen < 0) return false;
        var variable = model.Layout.Variables[model.HaltWhen];
        int width = model.Layout.ModelWidth;
        for (int i = 0; i < n; i++)
            if (Decode(variable, residual.Slice(i * width, width)) != model.HaltValue) return false;
        return true;
    }

    public static void Outputs(AltaModel model, ReadOnlySpan<float> residual, int n, Span<double> outputs)
    {
        int width = model.Layout.ModelWidth;
        for (int i = 0; i < n; i++) outputs[i] = Decode(model, model.Output, residual.Slice(i * width, width));
    }
}
