using System;
using Alta.Interpretation;

namespace Alta.Analysis.Traces;

/// <summary>
/// The interpreter's variable values (doubles: a categorical value, a numerical value, a set's index, NaN
/// for null) as the compiled residual row holds them: One = 1, one-hot slices, numerical values snapped
/// to their bucket centre as float32, a head's mean with its presence dimension, a set's membership bits.
/// </summary>
internal sealed class ResidualEncoding
{
    readonly InterpretedProgram program;
    readonly ModelLayout layout;

    public ResidualEncoding(InterpretedProgram program, ModelLayout layout)
    {
        if (program.Variables.Length != layout.Variables.Length)
            throw new ArgumentException($"The program has {program.Variables.Length} variables but the layout {layout.Variables.Length}.", nameof(layout));
        this.program = program;
        this.layout = layout;
    }

    /// <param name="headsNull">Encode every head output as null, as the feed-forward block leaves them.</param>
    public float[] Encode(double[] values, bool headsNull)
    {
        var row = new float[layout.ModelWidth];
        row[ModelLayout.One] = 1f;
        for (int v = 0; v < values.Length; v++)
        {
            var variable = program.Variables[v];
            var slice = layout.Variables[v];
            double value = values[v];
            if (double.IsNaN(value) || (headsNull && variable.IsHead)) continue;
            if (slice.IsCount)
            {
                row[slice.Offset] = (float)(value / (value + 1)); // the compiled count's mean against its sink
                continue;
            }
            switch (variable.Kind)
            {
                case VariableKind.Categorical:
                    row[slice.Offset + (int)value] = 1f;
                    break;
                case VariableKind.Numerical:
                    row[slice.Offset] = variable.IsHead ? (float)value : (float)variable.Centres[Buckets.Of(variable.Centres, value)];
                    if (slice.PresenceDimension >= 0) row[slice.PresenceDimension] = 1f;
                    break;
                default:
                    foreach (var element in variable.Sets[(int)value].Elements())
                        row[slice.Offset + element] = 1f;
                    break;
            }
        }
        return row;
    }
}
