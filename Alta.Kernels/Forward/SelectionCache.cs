using System;

namespace Alta.Forward;

/// <summary>
/// One selector group's softmax results for the rest of a run, where the group's queries and keys read only dimensions
/// that no layer writes (<see cref="SelectorGroup.Stable"/>: positional selectors, selectors over the input tokens).
/// Then every layer selects the same positions with the same weights, so one layer of a run (the first, or the second
/// where the session's last run had one layer) keeps them and the later layers mix their values from here, skipping projections, classes, key buckets and softmax. Kept per row
/// (a class representative, or a position under an offset mask) in the order the rows were computed, and bounded:
/// past <see cref="MaxEntries"/> selected positions the group is computed every layer, as without the cache.
/// </summary>
internal sealed class SelectionCache
{
    /// <summary>Selected positions kept at most per group (prefix selectors select O(n^2) in all).</summary>
    public const int MaxEntries = 1 << 16;

    private int[] _rows = [];
    private int[] _starts = [];
    private int[] _counts = [];
    private float[] _countWeights = [];
    private int[] _positions = new int[16];
    private float[] _weights = new float[16];
    private bool _overflowed;

    /// <summary>Rows stored since <see cref="Begin"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Whether this run's selections are all stored (set by <see cref="Complete"/>, cleared by <see cref="Begin"/>
    /// and <see cref="Forget"/>).</summary>
    public bool Ready { get; private set; }

    /// <summary>Whether a layer is storing its selections (between <see cref="Begin"/> and <see cref="Complete"/>).</summary>
    public bool Storing { get; private set; }

    /// <summary>Forgets the stored selections (a new run's input).</summary>
    public void Forget() => Ready = Storing = false;

    /// <summary>Starts storing the selections of a layer's rows for an input of <paramref name="n"/> positions.</summary>
    public void Begin(int n)
    {
        if (_rows.Length < n)
        {
            _rows = new int[n];
            _starts = new int[n + 1];
            _counts = new int[n];
            _countWeights = new float[n];
        }
        Count = 0;
        _starts[0] = 0;
        _overflowed = false;
        Ready = false;
        Storing = true;
    }

    /// <summary>Stores row <paramref name="row"/>'s selected positions and their weights (ascending positions).</summary>
    public void Store(int row, ReadOnlySpan<int> positions, ReadOnlySpan<float> weights)
    {
        if (_overflowed) return;
        int used = _starts[Count];
        if (used + positions.Length > MaxEntries)
        {
            _overflowed = true;
            return;
        }
        if (used + positions.Length > _positions.Length)
        {
            int size = Math.Min(MaxEntries, Math.Max(2 * _positions.Length, used + positions.Length));
            Array.Resize(ref _positions, size);
            Array.Resize(ref _weights, size);
        }
        // Mostly one selected position: a loop, not a call to copy.
        for (int t = 0; t < positions.Length; t++)
        {
            _positions[used + t] = positions[t];
            _weights[used + t] = weights[t];
        }
        _rows[Count] = row;
        _counts[Count++] = -1;
        _starts[Count] = used + positions.Length;
    }

    /// <summary>Stores a counts-only row (<see cref="SelectorGroup.CountsOnly"/>): how many positions it selected, all of
    /// weight <paramref name="weight"/>, at positions that are all exact; the positions themselves are not needed.</summary>
    public void StoreCount(int row, int count, float weight)
    {
        if (_overflowed) return;
        _rows[Count] = row;
        _countWeights[Count] = weight;
        _counts[Count++] = count;
        _starts[Count] = _starts[Count - 1];
    }

    /// <summary>Ends a layer's storing: the cache is ready unless it overflowed.</summary>
    public void Complete()
    {
        Ready = !_overflowed;
        Storing = false;
    }

    /// <summary>The <paramref name="k"/>-th stored row.</summary>
    public int Row(int k) => _rows[k];

    /// <summary>How many positions the <paramref name="k"/>-th row selected when it was stored by <see cref="StoreCount"/>;
    /// -1 when its positions were stored.</summary>
    public int CountOf(int k) => _counts[k];

    /// <summary>The weight of each position selected by a row stored by <see cref="StoreCount"/>.</summary>
    public float CountWeight(int k) => _countWeights[k];

    public ReadOnlySpan<int> Positions(int k) => _positions.AsSpan(_starts[k], _starts[k + 1] - _starts[k]);

    public ReadOnlySpan<float> Weights(int k) => _weights.AsSpan(_starts[k], _starts[k + 1] - _starts[k]);
}
