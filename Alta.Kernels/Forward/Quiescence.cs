using System;

namespace Alta.Forward;

/// <summary>
/// Positions a layer would leave as they are. Every layer applies the same weights, so a position's row after a layer is
/// a function of its own row and the rows it selects, with the weights it selects them by. Where every selector group is
/// stable (<see cref="SelectorGroup.Stable"/>: the same selections in every layer, kept by <see cref="SelectionCache"/>),
/// a position whose row did not change in the last layer, and none of whose selected positions changed, meets exactly the
/// inputs it met then: this layer leaves its row as the last one did, that is, unchanged. Such a position is quiet: its
/// head outputs and feed-forward change are skipped, and its row stays bit for bit what the reference pass computes.
/// Whether a row changed is read from the dimensions some layer writes (<see cref="FastPlan.WrittenDimensions"/>),
/// compared bitwise with their copy from the start of the last layer.
/// </summary>
internal static class Quiescence
{
    /// <summary>Whether the run may skip quiet positions: every group stable (and at least one), no guards (they are
    /// checked on the row between attention and the feed-forward network).</summary>
    public static bool Applies(AltaModel model) => model.Plan.AllGroupsStable && model.Guards.Length == 0;

    /// <summary>At the start of layer <paramref name="layer"/>: records which positions changed in the last layer and
    /// copies the written dimensions for the next; marks the quiet positions in <c>s.Quiet</c>. Returns whether any
    /// position is quiet (false in the first layer, and while some group's selections are not kept yet).</summary>
    public static bool Mark(AltaModel model, AltaSession s, int n, int layer)
    {
        // A session whose last run had one layer keeps its selections in the second layer (SelectionCache), so nothing
        // can be quiet before the third: a one-layer program's runs then copy nothing.
        if (layer == 1 && s.LastRunLayers == 1)
        {
            s.CopiedLayer = 0;
            return false;
        }
        bool comparable = layer > 1 && s.CopiedLayer == layer - 1;
        s.CopiedLayer = layer;
        var plan = model.Plan;
        var written = plan.WrittenDimensions;
        int d = model.Layout.ModelWidth, w = written.Length;
        var x = s.X;
        var copy = s.WrittenCopy;
        var changed = s.Changed;
        bool anyChanged = false;
        for (int i = 0; i < n; i++)
        {
            bool moved = false;
            int row = i * d, kept = i * w;
            for (int k = 0; k < w; k++)
            {
                int bits = BitConverter.SingleToInt32Bits(x[row + written[k]]);
                moved |= copy[kept + k] != bits;
                copy[kept + k] = bits;
            }
            changed[i] = moved;
            anyChanged |= moved;
        }
        if (!comparable) return false;
        foreach (var selections in s.Selections)
            if (!selections.Ready) return false;
        var quiet = s.Quiet;
        for (int i = 0; i < n; i++) quiet[i] = !changed[i];
        var rowChanged = s.RowChanged;
        for (int g = 0; g < plan.Groups.Length; g++)
        {
            var kept = s.Selections[g];
            for (int k = 0; k < kept.Count; k++)
            {
                // A row kept as a count lists no positions: it counts as changed when any position did.
                bool moved = anyChanged;
                if (kept.CountOf(k) < 0)
                {
                    moved = false;
                    foreach (var j in kept.Positions(k))
                        if (changed[j]) { moved = true; break; }
                }
                rowChanged[kept.Row(k)] = moved;
            }
            var rowOf = s.RowOf[g];
            for (int i = 0; i < n; i++)
                if (rowChanged[rowOf[i]]) quiet[i] = false;
        }
        return quiet.AsSpan(0, n).Contains(true);
    }
}
