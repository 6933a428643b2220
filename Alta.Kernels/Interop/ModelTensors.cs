using System.Collections.Generic;

namespace Alta.Interop;

/// <summary>
/// The names of a model's weights as dense tensors, shared by the safetensors file and the JSON config:
/// <c>embed.token</c> [vocabulary, d_model], <c>embed.position</c> [max_length, d_model],
/// <c>attn.{head}.W_Q</c> / <c>W_K</c> [d_model, d_key], <c>attn.{head}.W_V</c> [d_model, d_value],
/// <c>attn.{head}.W_O</c> [d_value, d_model], <c>ffn.{k}.W</c> [inputs, width], <c>ffn.{k}.b</c> [width],
/// <c>ffn.out.W</c> [width, d_model], and for a <c>[Readout]</c> output <c>readout.W_U</c> [d_model, labels]. Every matrix
/// is in the <c>y = x @ W</c> convention.
/// </summary>
public static class ModelTensors
{
    /// <summary>A named tensor: its shape and row-major float32 data.</summary>
    public readonly record struct Tensor(string Name, int[] Shape, float[] Data);

    /// <summary>Every weight of the model, dense, in a fixed order.</summary>
    public static IEnumerable<Tensor> All(AltaModel model)
    {
        var w = model.Weights;
        yield return Matrix("embed.token", w.TokenEmbedding);
        if (w.PositionEmbedding is { } positions) yield return Matrix("embed.position", positions);
        foreach (var head in w.Heads)
        {
            yield return Matrix(HeadTensor(head, "W_Q"), head.Query);
            yield return Matrix(HeadTensor(head, "W_K"), head.Key);
            yield return Matrix(HeadTensor(head, "W_V"), head.Value);
            yield return Matrix(HeadTensor(head, "W_O"), head.Output);
        }
        for (int k = 0; k < w.FeedForward.Length; k++)
        {
            yield return Matrix(FeedForwardWeight(k), w.FeedForward[k].Weights);
            yield return new Tensor(FeedForwardBias(k), [w.FeedForward[k].Width], (float[])w.FeedForward[k].Bias.Clone());
        }
        yield return Matrix(FeedForwardOutput, w.FeedForwardOutput);
        if (w.Readout is { } readout) yield return Matrix(Readout, readout);
    }

    /// <summary>The tensor name of one of a head's matrices.</summary>
    public static string HeadTensor(AttentionHead head, string matrix) => "attn." + head.Name + "." + matrix;

    /// <summary>The weight of hidden layer <paramref name="layer"/>.</summary>
    public static string FeedForwardWeight(int layer) => "ffn." + layer.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".W";

    /// <summary>The bias of hidden layer <paramref name="layer"/>.</summary>
    public static string FeedForwardBias(int layer) => "ffn." + layer.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".b";

    /// <summary>The feed-forward output matrix.</summary>
    public const string FeedForwardOutput = "ffn.out.W";

    /// <summary>The linear read-out W_U of a <c>[Readout]</c> output.</summary>
    public const string Readout = "readout.W_U";

    private static Tensor Matrix(string name, SparseMatrix matrix) => new(name, [matrix.Rows, matrix.Columns], matrix.ToDense());
}
