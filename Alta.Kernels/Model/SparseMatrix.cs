using System;

namespace Alta;

/// <summary>
/// A weight matrix in compressed sparse row form, in the <c>y = x W</c> convention of docs/design.md, "The residual stream":
/// a row per input dimension, a column per output dimension. Compiled weights are mostly zero
/// (one-hot slices, one unit per rule), so they are stored and emitted sparse; <see cref="ToDense"/>
/// gives the literal matrix that the reference pass multiplies.
/// </summary>
public sealed class SparseMatrix
{
    private readonly int[] _rowStarts;
    private readonly int[] _columns;
    private readonly float[] _values;

    /// <summary>Creates a matrix from CSR arrays (copied): row <c>r</c> holds entries <c>rowStarts[r] .. rowStarts[r+1]-1</c>.</summary>
    public SparseMatrix(int rows, int columns, ReadOnlySpan<int> rowStarts, ReadOnlySpan<int> columnIndices, ReadOnlySpan<float> values)
    {
        if (rows < 0 || columns < 0) throw new ArgumentOutOfRangeException(nameof(rows), "A matrix has non-negative dimensions.");
        if (rowStarts.Length != rows + 1) throw new ArgumentException($"rowStarts needs {rows + 1} entries, not {rowStarts.Length}.", nameof(rowStarts));
        if (columnIndices.Length != values.Length || rowStarts[rows] != values.Length || rowStarts[0] != 0)
            throw new ArgumentException("The CSR arrays do not agree in length.", nameof(values));
        for (int r = 0; r < rows; r++)
            if (rowStarts[r] > rowStarts[r + 1]) throw new ArgumentException("rowStarts must not decrease.", nameof(rowStarts));
        foreach (var c in columnIndices)
            if ((uint)c >= (uint)columns) throw new ArgumentException($"Column {c} is outside 0..{columns - 1}.", nameof(columnIndices));
        Rows = rows;
        Columns = columns;
        _rowStarts = rowStarts.ToArray();
        _columns = columnIndices.ToArray();
        _values = values.ToArray();
    }

    /// <summary>Input dimensions.</summary>
    public int Rows { get; }

    /// <summary>Output dimensions.</summary>
    public int Columns { get; }

    /// <summary>Stored (non-zero) entries.</summary>
    public int NonZeros => _values.Length;

    /// <summary>Where each row's entries start in <see cref="ColumnIndices"/> and <see cref="Values"/> (Rows + 1 entries).</summary>
    public ReadOnlySpan<int> RowStarts => _rowStarts;

    /// <summary>The column of each stored entry.</summary>
    public ReadOnlySpan<int> ColumnIndices => _columns;

    /// <summary>The value of each stored entry.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>The column indices of row <paramref name="row"/>'s entries.</summary>
    public ReadOnlySpan<int> RowColumns(int row) => _columns.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]);

    /// <summary>The values of row <paramref name="row"/>'s entries.</summary>
    public ReadOnlySpan<float> RowValues(int row) => _values.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]);

    /// <summary>Whether row <paramref name="row"/> has any entry.</summary>
    public bool HasRow(int row) => _rowStarts[row + 1] > _rowStarts[row];

    /// <summary>The entry at (row, column), zero when not stored.</summary>
    public float this[int row, int column]
    {
        get
        {
            var columns = RowColumns(row);
            int k = columns.IndexOf(column);
            return k < 0 ? 0f : RowValues(row)[k];
        }
    }

    /// <summary>The dense matrix, row-major (<c>[row * Columns + column]</c>).</summary>
    public float[] ToDense()
    {
        var dense = new float[Rows * Columns];
        for (int r = 0; r < Rows; r++)
        {
            var columns = RowColumns(r);
            var values = RowValues(r);
            for (int k = 0; k < columns.Length; k++) dense[r * Columns + columns[k]] = values[k];
        }
        return dense;
    }

    /// <summary>A matrix with the given dense content (row-major), storing only the non-zero entries.</summary>
    public static SparseMatrix FromDense(int rows, int columns, ReadOnlySpan<float> dense)
    {
        if (dense.Length != rows * columns) throw new ArgumentException("The dense matrix has the wrong size.", nameof(dense));
        var starts = new int[rows + 1];
        int count = 0;
        foreach (var v in dense) if (v != 0) count++;
        var cols = new int[count];
        var values = new float[count];
        int k = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                float v = dense[r * columns + c];
                if (v == 0) continue;
                cols[k] = c;
                values[k++] = v;
            }
            starts[r + 1] = k;
        }
        return new SparseMatrix(rows, columns, starts, cols, values);
    }

    /// <summary>Whether two matrices hold the same entries.</summary>
    public bool SameAs(SparseMatrix other) =>
        Rows == other.Rows && Columns == other.Columns
        && RowStarts.SequenceEqual(other.RowStarts) && ColumnIndices.SequenceEqual(other.ColumnIndices) && Values.SequenceEqual(other.Values);
}
