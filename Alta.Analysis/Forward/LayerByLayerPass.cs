using System;
using System.Numerics.Tensors;
using Alta.Forward;

namespace Alta.Analysis.Forward;

/// <summary>
/// A compiled model run one layer at a time with a pluggable feed-forward block: the embeddings and
/// attention are the model's own (the reference pass's arithmetic, so with <see cref="CompiledFeedForward"/>
/// the residual stream equals <c>Run</c>'s to the bit, which the tests check), the feed-forward block is
/// whatever <see cref="IFeedForward"/> is given. An observer sees each layer's feed-forward input and
/// delta, which is what a trace records. It lives here, outside the kernels, so the shipped run time has
/// no hooks.
/// </summary>
public sealed class LayerByLayerPass
{
    readonly AltaModel model;
    readonly float[] tokenEmbedding;
    readonly float[]? positionEmbedding;
    readonly (float[] Q, float[] K, float[] V, float[] O)[] heads;

    public LayerByLayerPass(AltaModel model)
    {
        this.model = model;
        var w = model.Weights;
        tokenEmbedding = w.TokenEmbedding.ToDense();
        positionEmbedding = w.PositionEmbedding?.ToDense();
        heads = Array.ConvertAll(w.Heads, h => (h.Query.ToDense(), h.Key.ToDense(), h.Value.ToDense(), h.Output.ToDense()));
    }

    public AltaModel Model => model;

    /// <summary>
    /// Runs <paramref name="tokens"/> until every position holds the halting value or the layer budget
    /// (default the model's <c>MaxLayers</c>) runs out. <paramref name="observe"/> gets (layer from 1,
    /// feed-forward input, delta, positions) for every layer; its arrays are fresh each layer.
    /// </summary>
    public ModelRun Run(ReadOnlySpan<int> tokens, IFeedForward feedForward, int? maxLayers = null,
        Action<int, float[], float[], int>? observe = null)
    {
        if (tokens.Length == 0)
            throw new ArgumentException("The input is empty.", nameof(tokens));
        if (model.MaxLength > 0 && tokens.Length > model.MaxLength)
            throw new ArgumentException($"The input has {tokens.Length} tokens; {model.Name} takes at most {model.MaxLength}.", nameof(tokens));
        int budget = maxLayers ?? model.MaxLayers;
        if (budget < 1)
            throw new ArgumentOutOfRangeException(nameof(maxLayers), $"The layer budget must be at least 1, not {budget}.");
        int n = tokens.Length, d = model.Layout.ModelWidth;
        var x = new float[n * d];
        for (int i = 0; i < n; i++)
        {
            if ((uint)tokens[i] >= (uint)model.Vocabulary)
                throw new ArgumentException($"Token {tokens[i]} at position {i} is outside the vocabulary 0..{model.Vocabulary - 1}.", nameof(tokens));
            var row = x.AsSpan(i * d, d);
            TensorPrimitives.Add(row, tokenEmbedding.AsSpan(tokens[i] * d, d), row);
            if (positionEmbedding is { } pos)
                TensorPrimitives.Add(row, pos.AsSpan(i * d, d), row);
        }

        int layers = 0;
        bool halted = false;
        var attention = new float[n * d];
        while (layers < budget && !halted)
        {
            layers++;
            Array.Clear(attention);
            for (int h = 0; h < heads.Length; h++)
                Attend(h, x, attention, n);
            TensorPrimitives.Add(x, attention, x);
            var delta = new float[n * d];
            feedForward.Apply(x, delta, n);
            if (observe is not null)
                observe(layers, (float[])x.Clone(), delta, n);
            TensorPrimitives.Add(x, delta, x);
            halted = IsHalted(x, n);
        }
        var outputs = new double[n];
        for (int i = 0; i < n; i++)
            outputs[i] = model.Read(model.Output, x.AsSpan(i * d, d));
        return new ModelRun(outputs, layers, halted, x);
    }

    bool IsHalted(float[] x, int n)
    {
        if (model.HaltWhen < 0)
            return false;
        int d = model.Layout.ModelWidth;
        for (int i = 0; i < n; i++)
        {
            if (model.Read(model.HaltWhen, x.AsSpan(i * d, d)) != model.HaltValue)
                return false;
        }
        return true;
    }

    void Attend(int h, float[] x, float[] attention, int n)
    {
        var head = model.Weights.Heads[h];
        var (wq, wk, wv, wo) = heads[h];
        int d = model.Layout.ModelWidth, dk = head.Query.Columns, dv = head.Value.Columns;
        var q = new float[n * dk];
        var k = new float[n * dk];
        var v = new float[n * dv];
        DenseRows.Multiply(x, n, d, wq, dk, q);
        DenseRows.Multiply(x, n, d, wk, dk, k);
        DenseRows.Multiply(x, n, d, wv, dv, v);
        var mixed = new float[n * dv];
        var logits = new float[n + 1];
        for (int i = 0; i < n; i++)
        {
            logits[0] = head.SinkLogit;
            for (int j = 0; j < n; j++)
            {
                float score = 0;
                for (int c = 0; c < dk; c++)
                    score += q[i * dk + c] * k[j * dk + c];
                logits[j + 1] = score + (head.Allows(j - i) ? 0f : head.MaskBias);
            }
            SinkSoftmax.Apply(logits);
            var mix = mixed.AsSpan(i * dv, dv);
            for (int j = 0; j < n; j++)
            {
                if (logits[j + 1] != 0f)
                    TensorPrimitives.MultiplyAdd(v.AsSpan(j * dv, dv), logits[j + 1], mix, mix);
            }
        }
        var written = new float[n * d];
        DenseRows.Multiply(mixed, n, dv, wo, d, written);
        TensorPrimitives.Add(attention, written, attention);
    }
}
