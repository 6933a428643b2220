using System;

namespace Alta.Interpretation;

/// <summary>
/// One <c>[Votes]</c> method of a program whose output is a linear read-out: the variable whose value votes, and the
/// class's own method, called with the value and a label (both in the interpreter's double encoding).
/// </summary>
public sealed class InterpretedVotes
{
    /// <summary>Describes a <c>[Votes]</c> method.</summary>
    public InterpretedVotes(int variable, Func<double, double, int> votes)
    {
        Variable = variable;
        Votes = votes;
    }

    /// <summary>Index of the variable whose value votes.</summary>
    public int Variable { get; }

    /// <summary>The vote of a value for a label.</summary>
    public Func<double, double, int> Votes { get; }
}
