using System;

namespace Alta;

/// <summary>
/// A program did something at run time that has no compiled meaning: a categorical head selected more
/// than one position, a variable was assigned a value outside its range, or the MLP read <c>.Value</c> of a
/// null head output. The message names the variable, the position and the layer.
/// </summary>
public sealed class AltaProgramException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AltaProgramException(string message, string variable, int position, int layer, Exception? inner = null)
        : base(message, inner)
    {
        Variable = variable;
        Position = position;
        Layer = layer;
    }

    /// <summary>The variable concerned.</summary>
    public string Variable { get; }

    /// <summary>The position (0-based) where it happened.</summary>
    public int Position { get; }

    /// <summary>The layer (1-based) where it happened.</summary>
    public int Layer { get; }
}
