using System;
using System.Numerics.Tensors;
using Alta.Interpretation;

namespace Alta.Forward;

/// <summary>Every weight matrix of a model, dense and row-major: what the reference pass multiplies.</summary>
internal sealed class ReferenceWeights
{
    public ReferenceWeights(AltaModel model)
    {
        var w = model.Weights;
        TokenEmbedding = w.TokenEmbedding.ToDense();
        PositionEmbedding = w.PositionEmbedding?.ToDense();
        Heads = Array.ConvertAll(w.Heads, h => (h.Query.ToDense(), h.Key.ToDense(), h.Value.ToDense(), h.Output.ToDense()));
        FeedForward = Array.ConvertAll(w.FeedForward, l => l.Weights.ToDense());
        FeedForwardOutput = w.FeedForwardOutput.ToDense();
        Readout = w.Readout?.ToDense();
    }

    public float[] TokenEmbedding { get; }
    public float[]? PositionEmbedding { get; }
    public (float[] Q, float[] K, float[] V, float[] O)[] Heads { get; }
    public float[][] FeedForward { get; }
    public float[] FeedForwardOutput { get; }
    public float[]? Readout { get; }
}

/// <summary>
/// The reference forward pass: the dense linear algebra of docs/design.md, "One layer, applied up to MaxLayers times", literally (embedding lookup,
/// <c>Q = X W_Q</c>, <c>K = X W_K</c>, <c>V = X W_V</c>, scores with the offset mask and the sink, softmax,
/// <c>W_O</c>, the feed-forward matrices), with no knowledge of the weights' structure. It is the
/// definition that the fast pass must match; it is slow on purpose.
/// </summary>
internal static class ReferencePass
{
    public static ModelRun Run(AltaModel model, ReadOnlySpan<int> tokens, int? maxLayers)
    {
        InputValidation.Check(tokens, model.Vocabulary, model.MaxLength);
        model.CheckLength(tokens.Length);
        int budget = InputValidation.LayerBudget(maxLayers, model.MaxLayers);
        var dense = model.Dense;
        int n = tokens.Length, d = model.Layout.ModelWidth;
        var x = new float[n * d];
        for (int i = 0; i < n; i++)
        {
            var row = x.AsSpan(i * d, d);
            TensorPrimitives.Add(row, dense.TokenEmbedding.AsSpan(tokens[i] * d, d), row);
            if (dense.PositionEmbedding is { } pos) TensorPrimitives.Add(row, pos.AsSpan(i * d, d), row);
        }

        int layers = 0;
        bool halted = false;
        while (layers < budget && !halted)
        {
            layers++;
            var attention = new float[n * d];
            for (int h = 0; h < model.Weights.Heads.Length; h++) Attend(model, dense, h, x, attention, n, layers);
            TensorPrimitives.Add(x, attention, x);
            if (model.Guards.Length > 0) Readout.CheckGuards(model, x, n, layers);
            FeedForward(model, dense, x, n);
            halted = Readout.IsHalted(model, x, n);
        }
        var outputs = new double[n];
        Readout.Outputs(model, x, n, outputs);
        return new ModelRun(outputs, layers, halted, x);
    }

    private static void Attend(AltaModel model, ReferenceWeights dense, int h, float[] x, float[] attention, int n, int layer)
    {
        bool selectsOne = model.Plan.Heads[h].SelectsOne;
        var head = model.Weights.Heads[h];
        var (wq, wk, wv, wo) = dense.Heads[h];
        int d = model.Layout.ModelWidth, dk = head.Query.Columns, dv = head.Value.Columns;
        var q = MatMul(x, n, d, wq, dk);
        var k = MatMul(x, n, d, wk, dk);
        var v = MatMul(x, n, d, wv, dv);
        var mixed = new float[n * dv];
        var logits = new float[n + 1];
        for (int i = 0; i < n; i++)
        {
            logits[0] = head.SinkLogit;
            for (int j = 0; j < n; j++)
            {
                float score = 0;
                for (int c = 0; c < dk; c++) score += q[i * dk + c] * k[j * dk + c];
                logits[j + 1] = score + (head.Allows(j - i) ? 0f : head.MaskBias);
            }
            SinkSoftmax.Apply(logits);
            if (selectsOne) CheckSelectsOne(head.Name, logits, i, layer);
            // The sink's value vector is zero, so only the positions contribute.
            var mix = mixed.AsSpan(i * dv, dv);
            for (int j = 0; j < n; j++) TensorPrimitives.MultiplyAdd(v.AsSpan(j * dv, dv), logits[j + 1], mix, mix);
        }
        var written = MatMul(mixed, n, dv, wo, d);
        TensorPrimitives.Add(attention, written, attention);
    }

    /// <summary>A categorical head that gives weight to two or more positions averages one-hots: undefined.
    /// (Heads are checked in declaration order and positions in order, so the first error is the interpreter's.)</summary>
    private static void CheckSelectsOne(string head, float[] weights, int position, int layer)
    {
        var selected = new System.Collections.Generic.List<int>();
        for (int j = 1; j < weights.Length; j++)
            if (weights[j] != 0) selected.Add(j - 1);
        if (selected.Count > 1) throw ProgramErrors.Ambiguous(head, selected, position, layer);
    }

    private static void FeedForward(AltaModel model, ReferenceWeights dense, float[] x, int n)
    {
        int d = model.Layout.ModelWidth;
        float[] input = x;
        int inputWidth = d;
        for (int l = 0; l < model.Weights.FeedForward.Length; l++)
        {
            var layer = model.Weights.FeedForward[l];
            var hidden = MatMul(input, n, inputWidth, dense.FeedForward[l], layer.Width);
            for (int i = 0; i < n; i++)
            {
                var row = hidden.AsSpan(i * layer.Width, layer.Width);
                ClippedRelu.AddBiasAndClip(row, layer.Bias);
            }
            input = hidden;
            inputWidth = layer.Width;
        }
        var delta = MatMul(input, n, inputWidth, dense.FeedForwardOutput, d);
        TensorPrimitives.Add(x, delta, x);
    }

    /// <summary><c>Y = X W</c> for X (rows x inner) and W (inner x columns), accumulating rows of W in order.</summary>
    private static float[] MatMul(float[] x, int rows, int inner, float[] w, int columns)
    {
        var y = new float[rows * columns];
        for (int i = 0; i < rows; i++)
        {
            var acc = y.AsSpan(i * columns, columns);
            for (int r = 0; r < inner; r++) TensorPrimitives.MultiplyAdd(w.AsSpan(r * columns, columns), x[i * inner + r], acc, acc);
        }
        return y;
    }
}
