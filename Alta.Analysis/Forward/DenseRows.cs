using System;
using System.Numerics.Tensors;

namespace Alta.Analysis.Forward;

/// <summary>
/// <c>Y = X W</c> row by row, accumulating the rows of <c>W</c> in order as the kernels' reference pass does
/// (so results agree with it to the bit), but skipping the zero entries of <c>X</c>: the compiled residual is
/// mostly one-hot, and adding <c>0 · w</c> changes nothing.
/// </summary>
internal static class DenseRows
{
    public static void Multiply(ReadOnlySpan<float> x, int rows, int inner, float[] w, int columns, Span<float> y)
    {
        y.Slice(0, rows * columns).Clear();
        for (int i = 0; i < rows; i++)
        {
            var acc = y.Slice(i * columns, columns);
            var input = x.Slice(i * inner, inner);
            for (int r = 0; r < inner; r++)
            {
                if (input[r] != 0f)
                    TensorPrimitives.MultiplyAdd(w.AsSpan(r * columns, columns), input[r], acc, acc);
            }
        }
    }
}
