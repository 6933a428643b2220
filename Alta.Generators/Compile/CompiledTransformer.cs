using Alta.Generators.Spec;

namespace Alta.Generators.Compile;

/// <summary>
/// The compiled Transformer as plain equatable data: what <see cref="Emit.ModelEmitter"/> writes as constant
/// tables and what <c>Alta.AltaModel</c> is built from at run time. Matrices follow <c>y = x W</c>
/// (rows are inputs); dimension 0 of the residual is the constant One. <see cref="OutputType"/> is the
/// output field's C# type, which decides how <c>Run</c> decodes a raw output. <see cref="Readout"/> is the linear
/// read-out's matrix (d_model x labels) when the output is a <c>[Readout]</c>, else null.
/// </summary>
internal sealed record CompiledTransformer(
    string Name,
    int Vocabulary,
    int MaxLength,
    int MaxLayers,
    int Output,
    int HaltWhen,
    int HaltValue,
    ValueType OutputType,
    string OutputTypeName,
    int ModelWidth,
    EquatableArray<CompiledSlice> Slices,
    SparseWeights TokenEmbedding,
    SparseWeights? PositionEmbedding,
    EquatableArray<CompiledHead> Heads,
    EquatableArray<CompiledLayer> FeedForward,
    SparseWeights FeedForwardOutput,
    CompiledStatistics Statistics,
    SparseWeights? Readout = null);

/// <summary>A variable's slice of the residual stream (see <c>Alta.VariableSlice</c>).</summary>
internal sealed record CompiledSlice(
    string Name,
    VariableKind Kind,
    int Offset,
    int Width,
    bool IsHead,
    EquatableArray<double> Centres,
    EquatableArray<SetValue> Sets,
    EquatableArray<string> ValueNames);

/// <summary>One attention head's matrices, allowed offsets (empty = all), sink logit and mask bias.</summary>
internal sealed record CompiledHead(
    string Name,
    SparseWeights Query,
    SparseWeights Key,
    SparseWeights Value,
    SparseWeights Output,
    EquatableArray<int> Offsets,
    float SinkLogit,
    float MaskBias);

/// <summary>A hidden layer of the feed-forward network: <c>clip(h W + b)</c>.</summary>
internal sealed record CompiledLayer(SparseWeights Weights, EquatableArray<float> Bias);

/// <summary>A matrix in compressed sparse row form.</summary>
internal sealed record SparseWeights(
    int Rows,
    int Columns,
    EquatableArray<int> RowStarts,
    EquatableArray<int> ColumnIndices,
    EquatableArray<float> Values)
{
    public int NonZeros => Values.Count;

    /// <summary>The entry at (row, column), zero when not stored.</summary>
    public float this[int row, int column]
    {
        get
        {
            for (int k = RowStarts[row]; k < RowStarts[row + 1]; k++)
                if (ColumnIndices[k] == column) return Values[k];
            return 0f;
        }
    }
}

/// <summary>The figures of docs/design.md, "Statistics".</summary>
internal sealed record CompiledStatistics(
    int ModelWidth,
    int Heads,
    EquatableArray<int> FfnWidths,
    int Rules,
    long Parameters,
    long NonZeros,
    float AttentionScale,
    int ExactUpToLength);
