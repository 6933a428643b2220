using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Alta.Forward;
using Alta.Interpretation;

namespace Alta;

/// <summary>
/// A compiled Transformer: layout, weights and statistics, and the two forward passes over them
/// (the dense <see cref="RunReference"/>, which is the definition, and the structured fast <see cref="Run(ReadOnlySpan{int}, int?)"/>).
/// Generated <c>Model</c> properties build one from constant tables; it holds no reference to the program class.
/// </summary>
public sealed class AltaModel
{
    private readonly FastPlan _plan;
    private ReferenceWeights? _dense;
    // Idle sessions, one slot per core: Run and RunBatch take and return them, so a session's buffers and memo tables
    // (which fill as it meets new states) serve every later call instead of being built again per call.
    private readonly AltaSession?[] _spares = new AltaSession?[Environment.ProcessorCount];

    /// <summary>Creates a model; the arguments are checked against each other.</summary>
    public AltaModel(string name, int vocabulary, int maxLength, int maxLayers, int output, int haltWhen, int haltValue,
        ModelLayout layout, ModelWeights weights, ModelStatistics statistics)
    {
        if ((uint)output >= (uint)layout.Variables.Length) throw new ArgumentOutOfRangeException(nameof(output));
        if (haltWhen >= layout.Variables.Length) throw new ArgumentOutOfRangeException(nameof(haltWhen));
        if (weights.TokenEmbedding.Rows != vocabulary || weights.TokenEmbedding.Columns != layout.ModelWidth)
            throw new ArgumentException("E_tok must be Vocabulary x d_model.", nameof(weights));
        if (weights.PositionEmbedding is { } pos && pos.Rows != maxLength)
            throw new ArgumentException("E_pos must be MaxLength x d_model.", nameof(weights));
        if (weights.Readout is { } readout && (layout.Variables[output].Kind != VariableKind.Categorical
            || layout.Variables[output].ValueNames is { } labels && labels.Length != readout.Columns))
            throw new ArgumentException($"The read-out chooses one of {readout.Columns} labels, so the output '{layout.Variables[output].Name}' must be categorical with as many values.", nameof(weights));
        Name = name;
        Vocabulary = vocabulary;
        MaxLength = maxLength;
        MaxLayers = maxLayers;
        Output = output;
        HaltWhen = haltWhen;
        HaltValue = haltValue;
        Layout = layout;
        Weights = weights;
        Statistics = statistics;
        _plan = new FastPlan(this);
        LengthLimit = ComputeLengthLimit();
    }

    /// <summary>The program class's name.</summary>
    public string Name { get; }

    /// <summary>Token ids are 0 .. Vocabulary-1.</summary>
    public int Vocabulary { get; }

    /// <summary>Largest input length (the rows of E_pos), or 0 for any length.</summary>
    public int MaxLength { get; }

    /// <summary>Default layer budget.</summary>
    public int MaxLayers { get; }

    /// <summary>Index (in <see cref="ModelLayout.Variables"/>) of the output variable.</summary>
    public int Output { get; }

    /// <summary>Index of the halting variable, or -1.</summary>
    public int HaltWhen { get; }

    /// <summary>The halting variable's value (one-hot index) that means halted.</summary>
    public int HaltValue { get; }

    /// <summary>Where each variable lives in the residual stream.</summary>
    public ModelLayout Layout { get; }

    /// <summary>The weights.</summary>
    public ModelWeights Weights { get; }

    /// <summary>d_model, heads, FFN widths, rules, parameters, lambda, exactness bound, build time.</summary>
    public ModelStatistics Statistics { get; }

    /// <summary>The states in which the MLP fails (found at build time); checked before the feed-forward network.</summary>
    public ProgramGuard[] Guards { get; init; } = [];

    /// <summary>The longest input <see cref="Run(ReadOnlySpan{int}, int?)"/> accepts: at most <c>MaxLength</c> (when set) and
    /// <see cref="ModelStatistics.ExactUpToLength"/>, and short enough that n times the widest row (d_model) fits in one array.
    /// Longer inputs get an <see cref="ArgumentException"/> that states it, before anything is allocated.</summary>
    public int LengthLimit { get; }

    internal FastPlan Plan => _plan;

    private int ComputeLengthLimit()
    {
        int widest = Math.Max(Layout.ModelWidth, Math.Max(_plan.MaxKeyWidth, _plan.MaxValueWidth));
        int limit = Array.MaxLength / Math.Max(1, widest);
        if (MaxLength > 0) limit = Math.Min(limit, MaxLength);
        if (Statistics.ExactUpToLength > 0) limit = Math.Min(limit, Statistics.ExactUpToLength);
        return limit;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="length"/> exceeds <see cref="LengthLimit"/>.</summary>
    internal void CheckLength(int length)
    {
        if (length > LengthLimit)
            throw new ArgumentException(
                $"The input has {length} tokens but {Name} runs at most {LengthLimit} (softmax weights are exact up to {Statistics.ExactUpToLength} positions, and n x d_model = {Layout.ModelWidth} floats must fit in one array).",
                "tokens");
    }

    internal ReferenceWeights Dense => _dense ??= new ReferenceWeights(this);

    /// <summary>A reusable workspace: runs through it allocate nothing once it has seen the longest input.</summary>
    public AltaSession CreateSession() => new(this);

    /// <summary>Runs the fast pass; outputs are raw values as the interpreter reports them (NaN = null).</summary>
    public ModelRun Run(ReadOnlySpan<int> tokens, int? maxLayers = null)
    {
        var session = TakeSession();
        var outputs = new double[tokens.Length];
        var (layers, halted) = session.Run(tokens, maxLayers, outputs);
        var residual = session.Residual(tokens.Length).ToArray();
        ReturnSession(session);
        return new ModelRun(outputs, layers, halted, residual);
    }

    /// <summary>Runs the dense reference pass: the literal matrix products of docs/design.md, "Two forward passes over the same weights".</summary>
    public ModelRun RunReference(ReadOnlySpan<int> tokens, int? maxLayers = null) => ReferencePass.Run(this, tokens, maxLayers);

    /// <summary>Runs the fast pass and converts each position's raw output with <paramref name="decode"/>;
    /// in steady state it allocates only the result.</summary>
    public AltaResult<T> Run<T>(ReadOnlySpan<int> tokens, int? maxLayers, Func<double, T> decode)
    {
        var session = TakeSession();
        try
        {
            return session.Run(tokens, maxLayers, decode);
        }
        finally
        {
            ReturnSession(session);
        }
    }

    /// <summary>Runs many inputs on every core, one workspace per worker; results are in input order.</summary>
    public AltaResult<T>[] RunBatch<T>(IReadOnlyList<int[]> inputs, int? maxLayers, Func<double, T> decode)
    {
        // Every input is checked first, so a bad one throws ArgumentException (naming it) before anything runs.
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(decode);
        InputValidation.LayerBudget(maxLayers, MaxLayers);
        for (int k = 0; k < inputs.Count; k++)
        {
            if (inputs[k] is null) throw new ArgumentException($"Input {k} is null.", nameof(inputs));
            try
            {
                InputValidation.Check(inputs[k], Vocabulary, MaxLength);
                CheckLength(inputs[k].Length);
            }
            catch (ArgumentException e)
            {
                var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "");
                throw new ArgumentException($"Input {k}: {message}", nameof(inputs), e);
            }
        }
        var results = new AltaResult<T>[inputs.Count];
        int longest = 0;
        foreach (var input in inputs) longest = Math.Max(longest, input.Length);

        // One worker per core, each with one session sized for the longest input, taking the next input from a
        // shared counter: no per-item scheduling, no session growth, and uneven run lengths balance themselves.
        int next = -1;
        void Work()
        {
            var session = TakeSession();
            try
            {
                session.Ensure(longest);
                int k;
                while ((k = Interlocked.Increment(ref next)) < results.Length)
                    results[k] = session.Run(inputs[k], maxLayers, decode);
            }
            finally
            {
                ReturnSession(session);
            }
        }
        int workers = Math.Min(Environment.ProcessorCount, results.Length);
        var helpers = new Task[Math.Max(0, workers - 1)];
        for (int w = 0; w < helpers.Length; w++) helpers[w] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Work();
        Task.WaitAll(helpers);
        return results;
    }

    // Lock-free: a caller takes any idle session or makes one; more concurrent callers than slots just make more.
    private AltaSession TakeSession()
    {
        for (int k = 0; k < _spares.Length; k++)
            if (Interlocked.Exchange(ref _spares[k], null) is { } session) return session;
        return new AltaSession(this);
    }

    private void ReturnSession(AltaSession session)
    {
        for (int k = 0; k < _spares.Length; k++)
            if (Interlocked.CompareExchange(ref _spares[k], session, null) is null) return;
    }

    /// <summary>Reads variable <paramref name="variable"/> from one position's residual row, as the interpreter encodes it.</summary>
    public double Read(int variable, ReadOnlySpan<float> row)
    {
        if ((uint)variable >= (uint)Layout.Variables.Length)
            throw new ArgumentOutOfRangeException(nameof(variable), variable, $"The model has variables 0..{Layout.Variables.Length - 1}.");
        if (row.Length < Layout.ModelWidth)
            throw new ArgumentException($"A residual row has {Layout.ModelWidth} dimensions; this one has {row.Length}.", nameof(row));
        return Readout.Decode(this, variable, row);
    }

    /// <summary>Saves every weight as a dense float32 tensor in the safetensors format (names in <see cref="Interop.ModelTensors"/>),
    /// with the JSON config in the header's metadata, for numpy or PyTorch.</summary>
    public void SaveSafetensors(System.IO.Stream stream) => Interop.Safetensors.Write(this, stream);

    /// <summary>Writes the JSON config: architecture, residual layout, tensor names and statistics.</summary>
    public void SaveConfig(System.IO.Stream stream) => Interop.ModelConfig.Write(this, stream);

    /// <summary>A one-line description.</summary>
    public override string ToString() => Name + ": " + Statistics;
}

/// <summary>The raw outcome of a forward pass: outputs encoded as the interpreter does (value index, value, NaN = null),
/// the number of layers, whether it halted, and the final residual stream (<c>[position * d_model + dimension]</c>).</summary>
public sealed class ModelRun
{
    /// <summary>Creates a result.</summary>
    public ModelRun(double[] outputs, int layers, bool halted, float[] residual)
    {
        Outputs = outputs;
        Layers = layers;
        Halted = halted;
        Residual = residual;
    }

    /// <summary>The output variable per position.</summary>
    public double[] Outputs { get; }

    /// <summary>Layers run.</summary>
    public int Layers { get; }

    /// <summary>Whether every position held the halting value.</summary>
    public bool Halted { get; }

    /// <summary>The residual stream after the last layer.</summary>
    public float[] Residual { get; }
}
