using System;
using System.Runtime.CompilerServices;

namespace Alta.Forward;

/// <summary>
/// Every embedded residual row a run can start from, with its integer state: one per (token, position) pair (one per
/// token when there is no position embedding), each computed once from the weights by the embedding's own additions
/// (<see cref="SparseRows.AddRow"/> of the token's row and then the position's on a cleared row) and read by
/// <see cref="IntegerState.ReadRow"/>. A run's embedding is then three copies per position instead of a copy, a sparse
/// addition and a count per slice: on a one-layer run of a few tokens the embedding was a quarter of the time.
/// Kept only while the rows stay small (<see cref="MaxFloats"/>); else <see cref="FastPass"/> embeds as before.
/// </summary>
internal sealed class EmbeddedRows
{
    /// <summary>Floats kept at most for the rows: the budget of <see cref="FastPlan.TokenRows"/> (256 KB).</summary>
    public const int MaxFloats = FastPlan.MaxTokenRowFloats;

    private readonly float[] _rows;
    private readonly int[] _states;
    private readonly SliceCount[] _counts;
    private readonly bool[] _exact;
    private readonly int _width;
    private readonly int _stateWidth;

    private EmbeddedRows(ModelWeights weights, IntegerState state, int width, int positions)
    {
        _width = width;
        _stateWidth = state.Slices.Length;
        Positions = positions;
        int pairs = weights.TokenEmbedding.Rows * positions;
        _rows = new float[pairs * width];
        _states = new int[pairs * _stateWidth];
        _counts = new SliceCount[pairs * _stateWidth];
        _exact = new bool[pairs];
        for (int t = 0; t < weights.TokenEmbedding.Rows; t++)
            for (int p = 0; p < positions; p++)
            {
                int pair = t * positions + p;
                var row = _rows.AsSpan(pair * width, width);
                SparseRows.AddRow(weights.TokenEmbedding, t, 1f, row);
                if (weights.PositionEmbedding is { } position) SparseRows.AddRow(position, p, 1f, row);
                _exact[pair] = state.ReadRow(row, _states.AsSpan(pair * _stateWidth, _stateWidth), _counts.AsSpan(pair * _stateWidth, _stateWidth));
            }
    }

    /// <summary>Positions tabulated per token: the position embedding's rows, or 1 (every position embeds alike).</summary>
    public int Positions { get; }

    /// <summary>The rows for <paramref name="weights"/>, or null when they would take more than <see cref="MaxFloats"/>.</summary>
    public static EmbeddedRows? For(ModelWeights weights, IntegerState state, int width)
    {
        int positions = weights.PositionEmbedding?.Rows ?? 1;
        if ((long)weights.TokenEmbedding.Rows * positions * width > MaxFloats) return null;
        return new EmbeddedRows(weights, state, width, positions);
    }

    /// <summary>Writes the embedded row of <paramref name="token"/> at position <paramref name="position"/> and its
    /// state and slice counts; returns whether its One is exactly 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Write(int token, int position, Span<float> row, Span<int> state, Span<SliceCount> counts)
    {
        int pair = token * Positions + (Positions == 1 ? 0 : position);
        _rows.AsSpan(pair * _width, _width).CopyTo(row);
        _states.AsSpan(pair * _stateWidth, _stateWidth).CopyTo(state);
        _counts.AsSpan(pair * _stateWidth, _stateWidth).CopyTo(counts);
        return _exact[pair];
    }
}
