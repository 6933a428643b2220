using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile;

/// <summary>Collects the entries of a matrix (summing repeated ones) and freezes them into CSR form.</summary>
internal sealed class SparseWeightsBuilder(int rows, int columns)
{
    private readonly Dictionary<(int Row, int Column), float> _entries = new();

    public int Rows { get; } = rows;

    public int Columns { get; } = columns;

    public SparseWeightsBuilder Add(int row, int column, float value)
    {
        if (row < 0 || row >= Rows || column < 0 || column >= Columns)
            throw new System.ArgumentOutOfRangeException(nameof(row), $"Entry ({row}, {column}) is outside {Rows} x {Columns}.");
        _entries[(row, column)] = _entries.TryGetValue((row, column), out var old) ? old + value : value;
        return this;
    }

    public SparseWeights Build()
    {
        var entries = _entries.Where(e => e.Value != 0).OrderBy(e => e.Key.Row).ThenBy(e => e.Key.Column).ToList();
        var starts = new int[Rows + 1];
        foreach (var e in entries) starts[e.Key.Row + 1]++;
        for (int r = 0; r < Rows; r++) starts[r + 1] += starts[r];
        return new SparseWeights(Rows, Columns, starts.ToEquatableArray(),
            entries.Select(e => e.Key.Column).ToEquatableArray(), entries.Select(e => e.Value).ToEquatableArray());
    }
}
