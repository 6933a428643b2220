using System;

namespace Alta;

/// <summary>
/// The weights of one layer of the looped Transformer (applied up to MaxLayers times) and its embeddings.
/// Every matrix is in the <c>y = x W</c> convention: rows are inputs, columns outputs.
/// </summary>
public sealed class ModelWeights
{
    /// <summary>Creates the weights.</summary>
    public ModelWeights(SparseMatrix tokenEmbedding, SparseMatrix? positionEmbedding, AttentionHead[] heads,
        FeedForwardLayer[] feedForward, SparseMatrix feedForwardOutput)
    {
        TokenEmbedding = tokenEmbedding;
        PositionEmbedding = positionEmbedding;
        Heads = heads;
        FeedForward = feedForward;
        FeedForwardOutput = feedForwardOutput;
        if (feedForward.Length == 0) throw new ArgumentException("The feed-forward network needs at least one hidden layer.", nameof(feedForward));
        int width = tokenEmbedding.Columns;
        if (positionEmbedding is not null && positionEmbedding.Columns != width) throw new ArgumentException("E_pos has the wrong width.", nameof(positionEmbedding));
        int input = width;
        foreach (var layer in feedForward)
        {
            if (layer.Weights.Rows != input) throw new ArgumentException("A feed-forward layer does not fit the one before it.", nameof(feedForward));
            input = layer.Weights.Columns;
        }
        if (feedForwardOutput.Rows != input || feedForwardOutput.Columns != width)
            throw new ArgumentException("The feed-forward output does not fit.", nameof(feedForwardOutput));
    }

    /// <summary>E_tok: Vocabulary x d_model.</summary>
    public SparseMatrix TokenEmbedding { get; }

    /// <summary>E_pos: MaxLength x d_model, or null when no variable starts from the position.</summary>
    public SparseMatrix? PositionEmbedding { get; }

    /// <summary>One head per <c>[Attend]</c> field.</summary>
    public AttentionHead[] Heads { get; }

    /// <summary>The hidden layers of the feed-forward network: <c>h_k = clip(h_(k-1) W_k + b_k)</c>, <c>h_0 = x</c>.</summary>
    public FeedForwardLayer[] FeedForward { get; }

    /// <summary>W_out: last hidden layer x d_model; the feed-forward network adds <c>h_last W_out</c> to the residual.</summary>
    public SparseMatrix FeedForwardOutput { get; }

    /// <summary>W_U, the linear read-out of a <c>[Readout]</c> output: d_model x labels. The output at a position is the
    /// argmax of <c>x W_U</c> over the labels (the first on a tie); null when the output is read from its own slice.</summary>
    public SparseMatrix? Readout
    {
        get => _readout;
        init
        {
            if (value is not null && value.Rows != TokenEmbedding.Columns)
                throw new ArgumentException($"The read-out must have one row per residual dimension ({TokenEmbedding.Columns}), not {value.Rows}.", nameof(Readout));
            _readout = value;
        }
    }

    private readonly SparseMatrix? _readout;
}

/// <summary>
/// One attention head: <c>score(i,j) = (x_i W_Q) . (x_j W_K) + mask(j - i)</c>, an extra sink logit with a zero
/// value, a max-subtracted softmax, then <c>(sum_j p_ij x_j W_V) W_O</c> added to the residual.
/// </summary>
public sealed class AttentionHead
{
    /// <summary>Creates a head.</summary>
    public AttentionHead(string name, SparseMatrix query, SparseMatrix key, SparseMatrix value, SparseMatrix output,
        int[] offsets, float sinkLogit, float maskBias)
    {
        if (query.Columns != key.Columns) throw new ArgumentException("W_Q and W_K must map to the same space.", nameof(key));
        if (value.Columns != output.Rows) throw new ArgumentException("W_V and W_O do not fit.", nameof(output));
        Name = name;
        Query = query;
        Key = key;
        Value = value;
        Output = output;
        Offsets = offsets;
        SinkLogit = sinkLogit;
        MaskBias = maskBias;
    }

    /// <summary>The head output field's name.</summary>
    public string Name { get; }

    /// <summary>W_Q: d_model x d_key.</summary>
    public SparseMatrix Query { get; }

    /// <summary>W_K: d_model x d_key.</summary>
    public SparseMatrix Key { get; }

    /// <summary>W_V: d_model x d_value.</summary>
    public SparseMatrix Value { get; }

    /// <summary>W_O: d_value x d_model.</summary>
    public SparseMatrix Output { get; }

    /// <summary>Allowed relative positions <c>j - i</c>; empty = every position.</summary>
    public int[] Offsets { get; }

    /// <summary>The logit of the null sink (its value vector is zero): lambda squared over 2.</summary>
    public float SinkLogit { get; }

    /// <summary>The (negative) bias added to the scores of positions whose offset is not allowed.</summary>
    public float MaskBias { get; }

    /// <summary>Whether offset <paramref name="offset"/> is allowed.</summary>
    public bool Allows(int offset) => Offsets.Length == 0 || Array.IndexOf(Offsets, offset) >= 0;
}

/// <summary>One hidden layer of the feed-forward network, with the clipped ReLU <c>min(1, max(0, z))</c>.</summary>
public sealed class FeedForwardLayer
{
    /// <summary>Creates a layer.</summary>
    public FeedForwardLayer(SparseMatrix weights, float[] bias)
    {
        if (bias.Length != weights.Columns) throw new ArgumentException("The bias must have one entry per unit.", nameof(bias));
        Weights = weights;
        Bias = bias;
    }

    /// <summary>W: inputs x units.</summary>
    public SparseMatrix Weights { get; }

    /// <summary>b: one per unit.</summary>
    public float[] Bias { get; }

    /// <summary>Hidden units.</summary>
    public int Width => Bias.Length;
}
