using System.Globalization;
using System.Linq;
using Alta.Generators.Compile;
using Alta.Generators.Spec;

namespace Alta.Generators.Emit;

/// <summary>The readable comment above the weights: the statistics, the residual layout and the shape of each part.</summary>
internal static class ModelHeader
{
    public static void Write(IndentedWriter writer, CompiledTransformer model)
    {
        var s = model.Statistics;
        string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        writer.Line($"// The compiled Transformer of {model.Name} (see docs/design.md).");
        writer.Line(Invariant($"//   ModelWidth={s.ModelWidth} Heads={s.Heads} FfnWidths=[{string.Join(", ", s.FfnWidths)}] Rules={s.Rules} Parameters={s.Parameters} NonZeros={s.NonZeros}"));
        writer.Line(Invariant($"//   AttentionScale={s.AttentionScale} (largest selected score {s.AttentionScale * s.AttentionScale}) ExactUpToLength={s.ExactUpToLength}"));
        writer.Line(Invariant($"//   vocabulary={model.Vocabulary} max_length={model.MaxLength} max_layers={model.MaxLayers} output={model.Slices[model.Output].Name}")
            + (model.HaltWhen >= 0 ? Invariant($" halt_when={model.Slices[model.HaltWhen].Name}=={model.HaltValue}") : ""));
        writer.Line("// Residual layout (dimension: variable):");
        writer.Line("//   0        One (always 1)");
        foreach (var slice in model.Slices)
        {
            if (slice.Width == 0)
            {
                writer.Line(Invariant($"//   -        {slice.Name}: no slice; the read-out computes it from the residual"));
                continue;
            }
            var range = slice.Width == 1 ? Invariant($"{slice.Offset}") : Invariant($"{slice.Offset}..{slice.Offset + slice.Width - 1}");
            writer.Line(Invariant($"//   {range,-8} {slice.Name}{(slice.IsHead ? " (head)" : "")}: {Describe(slice)}"));
        }
        writer.Line("// Heads (score = lambda^2 when selected, sink at lambda^2/2):");
        foreach (var head in model.Heads)
            writer.Line(Invariant($"//   {head.Name}: d_key={head.Query.Columns} d_value={head.Value.Columns} offsets={(head.Offsets.Count == 0 ? "all" : "[" + string.Join(", ", head.Offsets) + "]")}"));
        writer.Line(Invariant($"// Feed-forward: {model.FeedForward.Count} hidden layer(s) of widths [{string.Join(", ", s.FfnWidths)}], clipped ReLU min(1, max(0, z)), then W_out into the residual."));
        if (model.Readout is { } readout)
            writer.Line(Invariant($"// Read-out: {model.Slices[model.Output].Name} = argmax over {readout.Columns} labels of x W_U (d_model x labels, {readout.NonZeros} non-zeros), the first label on a tie."));
    }

    private static string Describe(CompiledSlice slice) => slice.Name.StartsWith("@", System.StringComparison.Ordinal)
        ? "set by the position embedding, read by heads with Prefer"
        : slice.Kind switch
    {
        VariableKind.Categorical => "one-hot over " + (slice.ValueNames.Count > 0 && slice.ValueNames.Count <= 12
            ? string.Join(", ", slice.ValueNames)
            : "0.." + (slice.Width - 1).ToString(CultureInfo.InvariantCulture)),
        VariableKind.Numerical => (slice.IsHead ? "value, presence; " : "value; ") + slice.Centres.Count.ToString(CultureInfo.InvariantCulture) + " bucket(s) "
            + (slice.Centres.Count <= 6 ? "{" + string.Join(", ", slice.Centres.Select(c => c.ToString("G6", CultureInfo.InvariantCulture))) + "}" : "from " + slice.Centres[0].ToString("G6", CultureInfo.InvariantCulture) + " to " + slice.Centres[slice.Centres.Count - 1].ToString("G6", CultureInfo.InvariantCulture)),
        VariableKind.Set => "membership bits; " + slice.Sets.Count.ToString(CultureInfo.InvariantCulture) + " possible set(s)",
    };
}
