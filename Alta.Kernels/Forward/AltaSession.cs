using System;
using Alta.Forward;
using Alta.Interpretation;

namespace Alta;

/// <summary>
/// A reusable workspace for the fast pass of one model. Buffers grow to the longest input seen and are
/// then reused, so steady-state runs allocate nothing but their result. Not thread-safe: use one per thread
/// (<see cref="AltaModel.RunBatch{T}"/> does).
/// </summary>
public sealed class AltaSession
{
    private readonly AltaModel _model;
    internal int Capacity;
    internal float[] X = [];
    internal float[] Q = [];
    internal float[] K = [];
    internal int[] QueryNonZero = [];
    internal int[] QueryNonZeroCount = [];
    internal int[] KeyNonZero = [];
    internal int[] KeyNonZeroCount = [];
    internal float[][] Values = [];
    internal int[][] ValueNonZero = [];
    internal int[][] ValueNonZeroCount = [];
    internal float[][] Mixed = [];
    internal int[][] MixNonZero = [];
    internal int[][] MixNonZeroCount = [];
    /// <summary>Per head and row whose mix is one selected position's lookup value: that value index and its weight.</summary>
    internal int[][] SingleValue = [];
    internal float[][] SingleWeight = [];
    /// <summary>Categorical slices per position in <see cref="RowStates"/>.</summary>
    internal readonly int StateWidth;
    internal int[][] RowOf = [];
    /// <summary>Every position's integer state, kept current as the residual changes (see <see cref="IntegerState.Add"/>).</summary>
    internal int[] RowStates = [];
    /// <summary>Per position, whether One is exactly 1 (else its state row is all -1).</summary>
    internal bool[] RowExact = [];
    internal SliceCount[] RowCounts = [];
    internal int[] Selected = [];
    /// <summary><see cref="Quiescence"/>: the written dimensions' bits per position at the start of the last layer,
    /// which positions changed in it, which are quiet in this one, and per kept row whether a selected position changed.</summary>
    internal int[] WrittenCopy = [];
    internal bool[] Changed = [];
    internal bool[] Quiet = [];
    internal bool[] RowChanged = [];
    /// <summary>The layer whose starting rows <see cref="WrittenCopy"/> holds (0: none).</summary>
    internal int CopiedLayer;
    /// <summary>Whether the last run that compared rows found a quiet position (initially true: look), and this run's
    /// findings so far; runs since one last looked (see <see cref="Quiescence.Looks"/>).</summary>
    internal bool QuietFound = true;
    internal bool QuietCompared;
    internal bool QuietSeen;
    internal int RunsNotLooking;
    /// <summary>While a categorical head's selector is computed: the lowest position that selected two or more
    /// positions (int.MaxValue: none yet; -1: the selector is not checked), and what it selected.</summary>
    internal int AmbiguousPosition = -1;
    internal int[] AmbiguousSelected = [];
    internal float[] SelectedWeight = [];
    internal float[] Logits = [];
    internal int[] Candidates = [];
    internal readonly QueryClasses Classes = new();
    internal readonly CountedSelection Counted;
    internal readonly KeyBuckets Buckets = new();
    internal readonly float[][] Hidden;
    internal readonly float[] Delta;
    internal readonly TouchedDimensions Touched;
    internal readonly TouchedDimensions[] HiddenTouched;
    internal readonly int[] Active;
    internal readonly ulong[] ActiveBits;
    internal readonly LookupTables Lookup;
    internal readonly DeltaMemo FeedForwardMemo;
    internal readonly int[] FeedForwardKey;
    /// <summary>Layers of the last run that finished (0 before the first).</summary>
    internal int LastRunLayers;
    /// <summary>Per selector group, its selections kept for the run's later layers (used where the group is stable).</summary>
    internal readonly SelectionCache[] Selections;
    /// <summary>Per head of a counts-only group (<see cref="SelectorGroup.CountsOnly"/>), its mixes by count; else null.</summary>
    internal readonly CountedMix?[] CountedMixes;

    internal AltaSession(AltaModel model)
    {
        _model = model;
        Hidden = Array.ConvertAll(model.Weights.FeedForward, l => new float[l.Width]);
        Delta = new float[model.Layout.ModelWidth];
        Touched = new TouchedDimensions(model.Layout.ModelWidth);
        HiddenTouched = Array.ConvertAll(model.Weights.FeedForward, l => new TouchedDimensions(l.Width));
        Active = new int[Math.Max(model.Layout.ModelWidth, model.Plan.MaxHidden)];
        ActiveBits = new ulong[(model.Plan.MaxHidden + 63) / 64];
        Lookup = new LookupTables(model.Plan.FirstLayer);
        StateWidth = model.Plan.State.Slices.Length;
        FeedForwardMemo = new DeltaMemo(model.Plan.FeedForwardKey.Length);
        FeedForwardKey = new int[model.Plan.FeedForwardKey.Length];
        Selections = Array.ConvertAll(model.Plan.Groups, _ => new SelectionCache());
        Counted = new CountedSelection(model.Plan);
        CountedMixes = Array.ConvertAll(model.Plan.Heads, h => model.Plan.Groups[h.Group].CountsOnly ? new CountedMix(h) : null);
    }

    /// <summary>The model this session runs.</summary>
    public AltaModel Model => _model;

    /// <summary>Runs the fast pass, writing the raw output per position (NaN = null) into <paramref name="outputs"/>;
    /// allocates nothing once the buffers fit.</summary>
    public (int Layers, bool Halted) Run(ReadOnlySpan<int> tokens, int? maxLayers, Span<double> outputs)
    {
        InputValidation.Check(tokens, _model.Vocabulary, _model.MaxLength);
        // Within the capacity the length was checked when the buffers grew (Grow checks before it allocates).
        if (tokens.Length > Capacity) _model.CheckLength(tokens.Length);
        int budget = InputValidation.LayerBudget(maxLayers, _model.MaxLayers);
        if (outputs.Length < tokens.Length) throw new ArgumentException("The output span is shorter than the input.", nameof(outputs));
        var result = FastPass.Run(_model, this, tokens, budget);
        StateReadout.Outputs(this, tokens.Length, outputs);
        return result;
    }

    /// <summary>Runs the fast pass and converts each raw output with <paramref name="decode"/>.</summary>
    public AltaResult<T> Run<T>(ReadOnlySpan<int> tokens, int? maxLayers, Func<double, T> decode)
    {
        InputValidation.Check(tokens, _model.Vocabulary, _model.MaxLength);
        _model.CheckLength(tokens.Length);
        int budget = InputValidation.LayerBudget(maxLayers, _model.MaxLayers);
        var (layers, halted) = FastPass.Run(_model, this, tokens, budget);
        var outputs = new T[tokens.Length];
        for (int i = 0; i < outputs.Length; i++) outputs[i] = decode(StateReadout.Decode(this, _model.Output, i));
        return new AltaResult<T>(outputs, layers, halted);
    }

    internal ReadOnlySpan<float> Residual(int n) => X.AsSpan(0, n * _model.Layout.ModelWidth);

    internal void Ensure(int n)
    {
        if (n > Capacity) Grow(n);
    }

    // Every buffer is linear in n (the attention keeps no n x n matrix); the model's LengthLimit keeps n times the
    // widest row within one array. Separate from Ensure: the lambdas below capture n, and a closure is allocated on
    // entry to the method that declares the captured variable, even on paths that never reach the lambda.
    private void Grow(int n)
    {
        _model.CheckLength(n);
        var plan = _model.Plan;
        int d = _model.Layout.ModelWidth;
        X = new float[n * d];
        Q = new float[n * plan.MaxKeyWidth];
        K = new float[n * plan.MaxKeyWidth];
        QueryNonZero = new int[n * plan.MaxKeyWidth];
        QueryNonZeroCount = new int[n];
        KeyNonZero = new int[n * plan.MaxKeyWidth];
        KeyNonZeroCount = new int[n];
        Values = Array.ConvertAll(plan.Heads, h => new float[n * h.Head.Value.Columns]);
        ValueNonZero = Array.ConvertAll(plan.Heads, h => new int[n * h.Head.Value.Columns]);
        ValueNonZeroCount = Array.ConvertAll(plan.Heads, _ => new int[n]);
        Mixed = Array.ConvertAll(plan.Heads, h => new float[n * h.Head.Value.Columns]);
        MixNonZero = Array.ConvertAll(plan.Heads, h => new int[n * h.Head.Value.Columns]);
        MixNonZeroCount = Array.ConvertAll(plan.Heads, _ => new int[n]);
        SingleValue = Array.ConvertAll(plan.Heads, _ => new int[n]);
        SingleWeight = Array.ConvertAll(plan.Heads, _ => new float[n]);
        RowOf = Array.ConvertAll(plan.Groups, _ => new int[n]);
        RowStates = new int[n * plan.State.Slices.Length];
        RowExact = new bool[n];
        RowCounts = new SliceCount[n * plan.State.Slices.Length];
        Selected = new int[n];
        WrittenCopy = new int[n * plan.WrittenDimensions.Length];
        Changed = new bool[n];
        Quiet = new bool[n];
        RowChanged = new bool[n];
        SelectedWeight = new float[n];
        Logits = new float[n];
        Candidates = new int[n];
        Classes.Ensure(n);
        Counted.Ensure(n);
        Buckets.Ensure(n, plan.MaxKeyWidth);
        foreach (var mixes in CountedMixes) mixes?.Ensure(n);
        Capacity = n;
    }
}
