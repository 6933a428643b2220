using System;
using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// Turns "variable holds one of these values" into a linear form over the inputs of the rule layer whose
/// value is exactly 1 or 0. Without expansion the rule layer reads the residual: a categorical atom sums
/// the one-hot dimensions of its values (null: 1 minus all of them). With expansion (when a numerical or
/// set variable is read) the first layer turns numerical values into bucket one-hots (steps at the bucket
/// boundaries) and set bits into one-hots over the possible sets, and passes categorical dimensions through.
/// </summary>
internal sealed class AtomReader
{
    private readonly ResidualLayout _layout;
    private readonly NetworkBuilder _network;
    private readonly Dictionary<int, Func<int, LinearForm>> _indicators = new();

    public AtomReader(ResidualLayout layout, NetworkBuilder network, bool expanded)
    {
        _layout = layout;
        _network = network;
        Expanded = expanded;
    }

    /// <summary>Whether the rule layer reads expansion units (layer 0) rather than the residual.</summary>
    public bool Expanded { get; }

    /// <summary>1 when variable <paramref name="variable"/> holds one of <paramref name="values"/> (-1 = null), else 0.</summary>
    public LinearForm Atom(int variable, IEnumerable<int> values)
    {
        var form = new LinearForm();
        foreach (var value in values.Distinct()) form.Add(Indicator(variable, value));
        return form;
    }

    /// <summary>1 when the variable holds value index <paramref name="value"/> (-1 = null).</summary>
    public LinearForm Indicator(int variable, int value)
    {
        if (!_indicators.TryGetValue(variable, out var indicator))
            _indicators[variable] = indicator = CreateIndicator(variable);
        return indicator(value);
    }

    private Func<int, LinearForm> CreateIndicator(int variable)
    {
        var v = _layout.Model.Variables[variable];
        if (_layout.IsCount(variable)) return Numerical(variable); // buckets of the mean w/(w+1) are the counts w
        return v.Kind switch
        {
            VariableKind.Categorical => Categorical(variable),
            VariableKind.Numerical => Numerical(variable),
            VariableKind.Set => Set(variable),
        };
    }

    /// <summary>A residual dimension as seen by the rule layer.</summary>
    private LinearForm Dimension(int dimension) =>
        Expanded ? LinearForm.Of(_network.Unit(0, LinearForm.Of(dimension))) : LinearForm.Of(dimension);

    private Func<int, LinearForm> Categorical(int variable)
    {
        var slice = _layout.Slices[variable];
        return value =>
        {
            if (value >= 0) return Dimension(slice.Offset + value);
            var none = LinearForm.Const(1f);
            for (int k = 0; k < slice.Width; k++) none.Add(Dimension(slice.Offset + k), -1f);
            return none;
        };
    }

    private Func<int, LinearForm> Numerical(int variable)
    {
        RequireExpansion(variable);
        var slice = _layout.Slices[variable];
        var centres = slice.Centres;
        var steps = NumericalSteps.Build(centres, slice.IsHead);
        // step[i] = 1 when the value lies above boundary i; exact because K is a power of two (K x and K t
        // are exact) and the snapped values stay far from the boundaries compared to 1/K.
        var step = steps.Boundaries
            .Select(t => _network.Unit(0, LinearForm.Of(slice.Offset, steps.Gain).AddConstant(-steps.Gain * t)))
            .ToArray();
        LinearForm Bucket(int b)
        {
            var form = new LinearForm();
            if (b == 0) form.AddConstant(1f); else form.Add(step[b - 1], 1f);
            if (b < step.Length) form.Add(step[b], -1f);
            return form;
        }
        if (slice.Width == 1) return Bucket;

        // A head output: null is presence 0 with value 0, which the steps read as the bucket of 0.
        // "Present and in bucket b" is then linear: bucket(b), minus (1 - presence) for the bucket of 0.
        int presence = _network.Unit(0, LinearForm.Of(slice.Offset + 1));
        int zeroBucket = steps.Boundaries.Count(t => 0f > t);
        return value =>
        {
            if (value < 0) return LinearForm.Const(1f).Add(presence, -1f);
            var form = Bucket(value);
            if (value == zeroBucket) form.Add(presence, 1f).AddConstant(-1f);
            return form;
        };
    }

    private Func<int, LinearForm> Set(int variable)
    {
        RequireExpansion(variable);
        var slice = _layout.Slices[variable];
        return value =>
        {
            if (value < 0) return LinearForm.Const(0f);
            // 1 exactly when every bit of the set is on and every other bit off.
            var members = slice.Sets[value].Elements.Where(e => e < slice.Width).ToList();
            var form = LinearForm.Const(1f - members.Count);
            for (int e = 0; e < slice.Width; e++) form.Add(slice.Offset + e, members.Contains(e) ? 1f : -1f);
            return LinearForm.Of(_network.Unit(0, form));
        };
    }

    private void RequireExpansion(int variable)
    {
        if (!Expanded)
            throw new InvalidOperationException($"'{_layout.Model.Variables[variable].Name}' needs the expansion layer.");
    }
}

/// <summary>The step units of a numerical variable: boundaries (midpoints of neighbouring centres) and the gain K.</summary>
internal sealed class NumericalSteps(float[] boundaries, float gain)
{
    public float[] Boundaries { get; } = boundaries;

    /// <summary>A power of two. Ordinary variables hold centres, which lie at least half the smallest spacing
    /// from a boundary, so 8 / spacing saturates their steps. A head holds a float32 mean that may sit anywhere,
    /// even exactly on a boundary, so its gain is at least 1 / (distance from each boundary to the next float32
    /// above it): every float32 above the boundary gives a step of at least 1, and one at or below it exactly 0.
    /// The step is then exactly 0 or 1 for every mean, which is the rule <c>Buckets.OfMean</c> states.</summary>
    public float Gain { get; } = gain;

    public static NumericalSteps Build(EquatableArray<double> centres, bool isHead)
    {
        var boundaries = new float[Math.Max(0, centres.Count - 1)];
        double spacing = double.MaxValue, gap = double.MaxValue;
        for (int i = 0; i + 1 < centres.Count; i++)
        {
            boundaries[i] = (float)((centres[i] + centres[i + 1]) / 2);
            spacing = Math.Min(spacing, centres[i + 1] - centres[i]);
            gap = Math.Min(gap, (double)NextAbove(boundaries[i]) - boundaries[i]);
        }
        float gain = 1f;
        if (boundaries.Length > 0)
        {
            int exponent = (int)Math.Ceiling(Math.Log(8 / spacing, 2));
            if (isHead) exponent = Math.Max(exponent, (int)Math.Ceiling(Math.Log(1 / gap, 2)));
            // Keep K times the largest value far from float32's limit (about 2^128).
            gain = (float)Math.Pow(2, Math.Max(0, Math.Min(exponent, Limit(centres))));
        }
        return new NumericalSteps(boundaries, gain);
    }

    /// <summary>The smallest float32 above <paramref name="value"/> (MathF.BitIncrement, which netstandard2.0 lacks).</summary>
    private static float NextAbove(float value)
    {
        if (value == 0f) return float.Epsilon;
        int bits = BitConverter.ToInt32(BitConverter.GetBytes(value), 0);
        bits += value > 0f ? 1 : -1;
        return BitConverter.ToSingle(BitConverter.GetBytes(bits), 0);
    }

    /// <summary>The largest gain exponent that keeps K times every value (and every boundary) finite.</summary>
    public static int Limit(EquatableArray<double> centres)
    {
        double largest = Math.Max(1, centres.Max(c => Math.Abs(c)));
        return 100 - (int)Math.Ceiling(Math.Log(largest, 2));
    }
}
