using System.Numerics.Tensors;

namespace Alta.Analysis.Training;

/// <summary>The ReLU <c>max(0, z)</c> and its gradient.</summary>
public static class Relu
{
    /// <summary>Applies the ReLU to every value, in place.</summary>
    public static void Apply(Matrix values) => TensorPrimitives.Max(values.Data, 0f, values.Data);

    /// <summary>Zeroes the gradient wherever the ReLU's output was zero (its derivative there is taken as 0), in place.</summary>
    public static void Backward(Matrix output, Matrix gradient)
    {
        var o = output.Data;
        var g = gradient.Data;
        for (int i = 0; i < g.Length; i++)
        {
            if (o[i] <= 0f)
                g[i] = 0f;
        }
    }
}
