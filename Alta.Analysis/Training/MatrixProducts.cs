using System;
using System.Numerics.Tensors;
using System.Threading.Tasks;

namespace Alta.Analysis.Training;

/// <summary>
/// The three matrix products a dense layer needs (forward, weight gradient, input gradient), vectorised
/// with <see cref="TensorPrimitives"/> along rows and split across the cores by output rows. Each output
/// row is computed by one thread in a fixed order, so the results do not depend on the scheduling: a
/// training run is reproducible for its seed.
/// </summary>
public static class MatrixProducts
{
    // Below this many multiply-adds a product runs on the calling thread: starting workers costs more.
    const long ParallelThreshold = 1 << 16;

    /// <summary><paramref name="result"/> = <paramref name="a"/> · <paramref name="b"/>.</summary>
    public static void Multiply(Matrix a, Matrix b, Matrix result)
    {
        Require(a.Columns == b.Rows && result.Rows == a.Rows && result.Columns == b.Columns, "A·B", a, b, result);
        ForRows(a.Rows, (long)a.Rows * a.Columns * b.Columns, i =>
        {
            var row = result.Row(i);
            row.Clear();
            var left = a.Row(i);
            for (int k = 0; k < left.Length; k++)
            {
                // Activations after a ReLU are mostly zero: skipping them is the cheap sparsity.
                if (left[k] != 0f)
                    TensorPrimitives.MultiplyAdd(b.Row(k), left[k], row, row);
            }
        });
    }

    /// <summary><paramref name="result"/> = <paramref name="a"/>ᵀ · <paramref name="b"/> (a weight gradient: inputs ᵀ · output gradients).</summary>
    public static void MultiplyTransposedLeft(Matrix a, Matrix b, Matrix result)
    {
        Require(a.Rows == b.Rows && result.Rows == a.Columns && result.Columns == b.Columns, "Aᵀ·B", a, b, result);
        ForRows(a.Columns, (long)a.Rows * a.Columns * b.Columns, k =>
        {
            var row = result.Row(k);
            row.Clear();
            for (int i = 0; i < a.Rows; i++)
            {
                float weight = a[i, k];
                if (weight != 0f)
                    TensorPrimitives.MultiplyAdd(b.Row(i), weight, row, row);
            }
        });
    }

    /// <summary><paramref name="result"/> = <paramref name="a"/> · <paramref name="b"/>ᵀ (an input gradient: output gradients · weightsᵀ).</summary>
    public static void MultiplyTransposedRight(Matrix a, Matrix b, Matrix result)
    {
        Require(a.Columns == b.Columns && result.Rows == a.Rows && result.Columns == b.Rows, "A·Bᵀ", a, b, result);
        ForRows(a.Rows, (long)a.Rows * a.Columns * b.Rows, i =>
        {
            var left = a.Row(i);
            var row = result.Row(i);
            for (int j = 0; j < b.Rows; j++)
                row[j] = TensorPrimitives.Dot(left, b.Row(j));
        });
    }

    /// <summary>Adds <paramref name="bias"/> to every row of <paramref name="matrix"/>.</summary>
    public static void AddToRows(Matrix matrix, ReadOnlySpan<float> bias)
    {
        if (bias.Length != matrix.Columns)
            throw new ArgumentException($"A bias of {bias.Length} values does not fit rows of {matrix.Columns}.", nameof(bias));
        for (int i = 0; i < matrix.Rows; i++)
            TensorPrimitives.Add(matrix.Row(i), bias, matrix.Row(i));
    }

    /// <summary><paramref name="result"/> = the sum of the rows of <paramref name="matrix"/> (a bias gradient).</summary>
    public static void SumRows(Matrix matrix, Span<float> result)
    {
        if (result.Length != matrix.Columns)
            throw new ArgumentException($"{result.Length} values cannot hold a row of {matrix.Columns}.", nameof(result));
        result.Clear();
        for (int i = 0; i < matrix.Rows; i++)
            TensorPrimitives.Add(result, matrix.Row(i), result);
    }

    static void ForRows(int rows, long work, Action<int> body)
    {
        int workers = Math.Min(Environment.ProcessorCount, rows);
        if (work < ParallelThreshold || workers <= 1)
        {
            for (int i = 0; i < rows; i++)
                body(i);
            return;
        }

        // One contiguous block of rows per core: fewer hand-offs than a task per row.
        Parallel.For(0, workers, w =>
        {
            int end = (int)((long)rows * (w + 1) / workers);
            for (int i = (int)((long)rows * w / workers); i < end; i++)
                body(i);
        });
    }

    static void Require(bool shapesFit, string product, Matrix a, Matrix b, Matrix result)
    {
        if (!shapesFit)
            throw new ArgumentException(
                $"{product} does not fit: A is {a.Rows} x {a.Columns}, B is {b.Rows} x {b.Columns}, the result is {result.Rows} x {result.Columns}.");
    }
}
