using System;

namespace Alta.Analysis.Training;

/// <summary>
/// A dense row-major float matrix: a batch of vectors (one row each) or a weight matrix in the
/// <c>y = x W</c> convention the compiled models use (rows are inputs). It is only a shape over an array,
/// so callers may fill <see cref="Data"/> directly.
/// </summary>
public sealed class Matrix
{
    public Matrix(int rows, int columns)
        : this(rows, columns, new float[checked(rows * columns)])
    {
    }

    public Matrix(int rows, int columns, float[] data)
    {
        if (rows < 0 || columns < 0)
            throw new ArgumentOutOfRangeException(nameof(rows), $"A matrix cannot be {rows} x {columns}.");
        if (data.Length != rows * columns)
            throw new ArgumentException($"A {rows} x {columns} matrix needs {rows * columns} values, not {data.Length}.", nameof(data));
        Rows = rows;
        Columns = columns;
        Data = data;
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>The values, row after row.</summary>
    public float[] Data { get; }

    public float this[int row, int column]
    {
        get => Data[row * Columns + column];
        set => Data[row * Columns + column] = value;
    }

    public Span<float> Row(int row) => Data.AsSpan(row * Columns, Columns);

    /// <summary>A new matrix made of the given rows of this one, in that order (a minibatch).</summary>
    public Matrix SelectRows(ReadOnlySpan<int> rows)
    {
        var result = new Matrix(rows.Length, Columns);
        for (int i = 0; i < rows.Length; i++)
            Row(rows[i]).CopyTo(result.Row(i));
        return result;
    }
}
