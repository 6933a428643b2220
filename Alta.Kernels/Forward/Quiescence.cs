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
    /// <summary>A session whose last comparing run found no quiet position looks again only every this many runs.</summary>
    public const int ProbeEvery = 32;

    /// <summary>Whether the model may skip quiet positions: every group stable (and at least one), no guards (they are
    /// checked on the row between attention and the feed-forward network).</summary>
    public static bool Applies(AltaModel model) => model.Plan.AllGroupsStable && model.Guards.Length == 0;

    /// <summary>Whether this run looks for quiet positions. Looking costs a copy and a comparison of the written
    /// dimensions per layer; where selections reach far (a prefix selector: Dyck1), nothing is ever quiet, so a session
    /// whose last comparing run found nothing looks only every <see cref="ProbeEvery"/>th run. Only speed depends on this.</summary>
    public static bool Looks(AltaModel model, AltaSession s)
    {
        if (!Applies(model)) return false;
        s.QuietCompared = s.QuietSeen = false;
        return s.QuietFound || ++s.RunsNotLooking % ProbeEvery == 0;
    }

    /// <summary>At the end of a run that looked: what it found decides whether the next runs look.</summary>
    public static void Finish(AltaSession s)
    {
        if (s.QuietCompared) s.QuietFound = s.QuietSeen;
    }

    /// <summary>At the start of layer <paramref name="layer"/>: records which positions changed in the last layer and
    /// copies the written dimensions for the next; marks the quiet positions in <c>s.Quiet</c>. Returns whether any
    /// position is quiet (false in the first layer, without a copy from the last layer, and while some group's selections
    /// are not kept yet).</summary>
    public static bool Mark(AltaModel model, AltaSession s, int n, int layer)
    {
        // The copy serves only a next layer: it is made where the session's last run went on past this layer (a
        // one- or two-layer program's runs then copy nothing). A wrong guess costs a skip or a copy, never a result:
        // rows are compared only with a copy from the start of the layer just run.
        bool comparable = layer > 1 && s.CopiedLayer == layer - 1;
        bool copying = s.LastRunLayers > layer;
        s.CopiedLayer = copying ? layer : 0;
        if (!comparable && !copying) return false;
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
                if (copying) copy[kept + k] = bits;
            }
            changed[i] = moved;
            anyChanged |= moved;
        }
        if (!comparable) return false;
        foreach (var selections in s.Selections)
            if (!selections.Ready) return false;
        s.QuietCompared = true;
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
        bool any = quiet.AsSpan(0, n).Contains(true);
        s.QuietSeen |= any;
        return any;
    }
}
