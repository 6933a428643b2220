namespace Alta;

/// <summary>The outcome of <c>Run</c> or <c>Interpret</c>: the output variable at every position, and how the run ended.</summary>
/// <typeparam name="T">The output variable's C# type.</typeparam>
public sealed class AltaResult<T>
{
    /// <summary>Creates a result.</summary>
    public AltaResult(T[] outputs, int layers, bool halted)
    {
        Outputs = outputs;
        Layers = layers;
        Halted = halted;
    }

    /// <summary>The output variable's value at each position.</summary>
    public T[] Outputs { get; }

    /// <summary>How many layers ran.</summary>
    public int Layers { get; }

    /// <summary>Whether the halting variable held its halting value everywhere (false when the layer budget ran out or the program has no <c>HaltWhen</c>).</summary>
    public bool Halted { get; }

    /// <summary>A one-line summary, e.g. <c>[0, 1, 1] (layers 3, halted)</c>.</summary>
    public override string ToString() =>
        "[" + string.Join(", ", Outputs) + "] (layers " + Layers + (Halted ? ", halted)" : ", not halted)");
}
