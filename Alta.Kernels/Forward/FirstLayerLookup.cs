using System;
using System.Collections.Generic;
using System.Linq;
using Alta.Interpretation;

namespace Alta.Forward;

/// <summary>
/// The first feed-forward layer as lookups, planned from its weights. Each unit reads a few residual rows; where
/// all of them lie in categorical slices (or the constant One), the unit's activation is a function of those
/// variables' value indices alone. Units are grouped by the variables they read, and a session tabulates, per
/// combination of values, the units that fire and their activations (<see cref="LookupTables"/>). Units that read
/// a numerical or set dimension stay on the arithmetic path (<see cref="Arithmetic"/>, the same matrix restricted
/// to their columns). Nothing is trusted from the program: the plan reads the weights, and the run checks that
/// each slice is exactly one-hot (or all zero) before it looks anything up.
/// </summary>
internal sealed class FirstLayerLookup
{
    public FirstLayerLookup(ModelLayout layout, IntegerState state, FeedForwardLayer layer)
    {
        var w = layer.Weights;
        // Which categorical slice each residual row belongs to (-1: One; -2: anything else).
        var sliceOfRow = new int[w.Rows];
        sliceOfRow.AsSpan().Fill(-2);
        sliceOfRow[ModelLayout.One] = -1;
        var categorical = state.Slices;
        for (int s = 0; s < categorical.Length; s++)
            for (int k = 0; k < categorical[s].Width; k++) sliceOfRow[categorical[s].Offset + k] = s;

        // Each unit's rows, ascending (the order in which the arithmetic path adds them).
        var rowsOfUnit = new List<(int Row, float Weight)>[layer.Width];
        for (int u = 0; u < layer.Width; u++) rowsOfUnit[u] = [];
        for (int r = 0; r < w.Rows; r++)
        {
            var columns = w.RowColumns(r);
            var values = w.RowValues(r);
            for (int k = 0; k < columns.Length; k++) rowsOfUnit[columns[k]].Add((r, values[k]));
        }

        var groups = new Dictionary<string, List<int>>();
        var arithmetic = new bool[layer.Width];
        for (int u = 0; u < layer.Width; u++)
        {
            var slices = rowsOfUnit[u].Select(e => sliceOfRow[e.Row]).Where(s => s != -1).Distinct().OrderBy(s => s).ToArray();
            if (slices.Any(s => s == -2) || Combinations(slices.Select(s => categorical[s].Width + 1)) > MaxCombinations)
            {
                arithmetic[u] = true;
                continue;
            }
            var key = string.Join(",", slices);
            if (!groups.TryGetValue(key, out var units)) groups[key] = units = [];
            units.Add(u);
        }

        Used = groups.Keys.SelectMany(k => k.Length == 0 ? [] : k.Split(',').Select(int.Parse)).Distinct().OrderBy(s => s).ToArray();
        Groups = groups.Select(g =>
        {
            var slices = g.Key.Length == 0 ? [] : g.Key.Split(',').Select(int.Parse).ToArray();
            return new LookupGroup(
                slices,
                slices.Select(s => categorical[s]).ToArray(),
                g.Value.ToArray(),
                g.Value.Select(u => rowsOfUnit[u].ToArray()).ToArray(),
                g.Value.Select(u => layer.Bias[u]).ToArray());
        }).ToArray();
        Arithmetic = Restrict(w, arithmetic);
        ArithmeticAlwaysOn = new AlwaysOnUnits(layer, arithmetic);
        LookupUnits = layer.Width - arithmetic.Count(a => a);
    }

    /// <summary>A group whose variables have more value combinations than this stays arithmetic.</summary>
    public const long MaxCombinations = 1L << 40;

    /// <summary>The categorical slices (indices into <see cref="IntegerState.Slices"/>) that any group reads.</summary>
    public int[] Used { get; }

    public LookupGroup[] Groups { get; }

    /// <summary>The layer's weights with only the columns of the units that are not looked up.</summary>
    public SparseMatrix Arithmetic { get; }

    /// <summary>The arithmetic units that are on with no input.</summary>
    public AlwaysOnUnits ArithmeticAlwaysOn { get; }

    public int LookupUnits { get; }

    private static long Combinations(IEnumerable<int> radices)
    {
        long product = 1;
        foreach (var r in radices)
        {
            product *= r;
            if (product > MaxCombinations) return long.MaxValue;
        }
        return product;
    }

    private static SparseMatrix Restrict(SparseMatrix w, bool[] keep)
    {
        var starts = new int[w.Rows + 1];
        var columns = new List<int>();
        var values = new List<float>();
        for (int r = 0; r < w.Rows; r++)
        {
            var rowColumns = w.RowColumns(r);
            var rowValues = w.RowValues(r);
            for (int k = 0; k < rowColumns.Length; k++)
            {
                if (!keep[rowColumns[k]]) continue;
                columns.Add(rowColumns[k]);
                values.Add(rowValues[k]);
            }
            starts[r + 1] = columns.Count;
        }
        return new SparseMatrix(w.Rows, w.Columns, starts, columns.ToArray(), values.ToArray());
    }
}

/// <summary>Units of the first layer that read the same categorical variables.</summary>
internal sealed class LookupGroup
{
    public LookupGroup(int[] state, VariableSlice[] slices, int[] units, (int Row, float Weight)[][] rows, float[] bias)
    {
        State = state;
        Slices = slices;
        Units = units;
        Rows = rows;
        Bias = bias;
        Strides = new long[slices.Length];
        long stride = 1;
        for (int s = slices.Length - 1; s >= 0; s--)
        {
            Strides[s] = stride;
            stride *= slices[s].Width + 1;
        }
        Combinations = stride;
    }

    /// <summary>Where each variable's value index is in the position's <see cref="IntegerState"/>.</summary>
    public int[] State { get; }

    public VariableSlice[] Slices { get; }

    /// <summary>Mixed-radix strides of the key (a variable's value index, or its width for null).</summary>
    public long[] Strides { get; }

    public long Combinations { get; }

    /// <summary>The units, ascending.</summary>
    public int[] Units { get; }

    /// <summary>Each unit's input rows and weights, ascending by row.</summary>
    public (int Row, float Weight)[][] Rows { get; }

    public float[] Bias { get; }
}
