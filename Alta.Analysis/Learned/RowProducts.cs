using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Alta.Analysis.Learned;

/// <summary>
/// The two products the relaxed pass is made of, over rows stored one after another (<c>stride</c> apart):
/// a weighted sum of rows into one row, and the dot products of one row with many. Its rows are short (a
/// variable's Width, or Width squared for an MLP table), so one <c>TensorPrimitives</c> call per row spends
/// about as long entering and leaving as computing; here four rows share each load and store of the other
/// operand. The weighted sum adds the rows in their order, exactly as a plain loop over them would.
/// </summary>
static class RowProducts
{
    /// <summary><c>target += sum over r of weights[r] * rows[r * stride ..][.. target.Length]</c>, row after row.</summary>
    public static void AddWeighted(Span<double> target, ReadOnlySpan<double> weights, ReadOnlySpan<double> rows, int stride)
    {
        int length = target.Length, count = weights.Length;
        if (count == 0 || length == 0) return;
        RequireRows(rows.Length, count, length, stride);
        ref double t = ref MemoryMarshal.GetReference(target);
        ref double x = ref MemoryMarshal.GetReference(rows);
        int width = Vector<double>.Count, vectorEnd = length - length % width;
        int r = 0;
        for (; r + 4 <= count; r += 4)
        {
            double w0 = weights[r], w1 = weights[r + 1], w2 = weights[r + 2], w3 = weights[r + 3];
            Vector<double> v0 = new(w0), v1 = new(w1), v2 = new(w2), v3 = new(w3);
            ref double x0 = ref Unsafe.Add(ref x, r * stride);
            ref double x1 = ref Unsafe.Add(ref x0, stride);
            ref double x2 = ref Unsafe.Add(ref x1, stride);
            ref double x3 = ref Unsafe.Add(ref x2, stride);
            int k = 0;
            for (; k < vectorEnd; k += width)
            {
                nuint at = (nuint)k;
                var sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref x0, at), v0, Vector.LoadUnsafe(ref t, at));
                sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref x1, at), v1, sum);
                sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref x2, at), v2, sum);
                sum = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref x3, at), v3, sum);
                sum.StoreUnsafe(ref t, at);
            }
            for (; k < length; k++)
                Unsafe.Add(ref t, k) = Unsafe.Add(ref t, k) + Unsafe.Add(ref x0, k) * w0 + Unsafe.Add(ref x1, k) * w1 + Unsafe.Add(ref x2, k) * w2 + Unsafe.Add(ref x3, k) * w3;
        }
        for (; r < count; r++)
        {
            double w = weights[r];
            if (w == 0) continue;
            var vw = new Vector<double>(w);
            ref double row = ref Unsafe.Add(ref x, r * stride);
            int k = 0;
            for (; k < vectorEnd; k += width)
            {
                nuint at = (nuint)k;
                Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, at), vw, Vector.LoadUnsafe(ref t, at)).StoreUnsafe(ref t, at);
            }
            for (; k < length; k++) Unsafe.Add(ref t, k) += Unsafe.Add(ref row, k) * w;
        }
    }

    /// <summary>Both products read <paramref name="count"/> rows of <paramref name="length"/> values, <paramref name="stride"/> apart.</summary>
    static void RequireRows(int available, int count, int length, int stride)
    {
        int needed = (count - 1) * stride + length;
        if (available < needed) throw new ArgumentException($"{count} rows of {length} at stride {stride} need {needed} values, not {available}.", "rows");
    }

    /// <summary><c>results[r] = x . rows[r * stride ..][.. x.Length]</c> for every r of <paramref name="results"/>.</summary>
    public static void Dots(ReadOnlySpan<double> x, ReadOnlySpan<double> rows, int stride, Span<double> results)
    {
        int length = x.Length, count = results.Length;
        if (count == 0) return;
        RequireRows(rows.Length, count, length, stride);
        ref double a = ref MemoryMarshal.GetReference(x);
        ref double b = ref MemoryMarshal.GetReference(rows);
        int width = Vector<double>.Count, vectorEnd = length - length % width;
        int r = 0;
        for (; r + 4 <= count; r += 4)
        {
            ref double b0 = ref Unsafe.Add(ref b, r * stride);
            ref double b1 = ref Unsafe.Add(ref b0, stride);
            ref double b2 = ref Unsafe.Add(ref b1, stride);
            ref double b3 = ref Unsafe.Add(ref b2, stride);
            Vector<double> s0 = default, s1 = default, s2 = default, s3 = default;
            int k = 0;
            for (; k < vectorEnd; k += width)
            {
                nuint at = (nuint)k;
                var v = Vector.LoadUnsafe(ref a, at);
                s0 = Vector.MultiplyAddEstimate(v, Vector.LoadUnsafe(ref b0, at), s0);
                s1 = Vector.MultiplyAddEstimate(v, Vector.LoadUnsafe(ref b1, at), s1);
                s2 = Vector.MultiplyAddEstimate(v, Vector.LoadUnsafe(ref b2, at), s2);
                s3 = Vector.MultiplyAddEstimate(v, Vector.LoadUnsafe(ref b3, at), s3);
            }
            double d0 = Vector.Sum(s0), d1 = Vector.Sum(s1), d2 = Vector.Sum(s2), d3 = Vector.Sum(s3);
            for (; k < length; k++)
            {
                double v = Unsafe.Add(ref a, k);
                d0 += v * Unsafe.Add(ref b0, k);
                d1 += v * Unsafe.Add(ref b1, k);
                d2 += v * Unsafe.Add(ref b2, k);
                d3 += v * Unsafe.Add(ref b3, k);
            }
            results[r] = d0;
            results[r + 1] = d1;
            results[r + 2] = d2;
            results[r + 3] = d3;
        }
        for (; r < count; r++)
        {
            ref double row = ref Unsafe.Add(ref b, r * stride);
            Vector<double> s = default;
            int k = 0;
            for (; k < vectorEnd; k += width)
            {
                nuint at = (nuint)k;
                s = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref a, at), Vector.LoadUnsafe(ref row, at), s);
            }
            double dot = Vector.Sum(s);
            for (; k < length; k++) dot += Unsafe.Add(ref a, k) * Unsafe.Add(ref row, k);
            results[r] = dot;
        }
    }
}
