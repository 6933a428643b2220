using System;

namespace Alta;

/// <summary>
/// A state in which the program's MLP fails, found at build time (the paths behind the warnings ALTA012,
/// ALTA013 and ALTA032..ALTA035): when every atom holds, the MLP has no defined result. <c>Run</c> and
/// <c>Interpret</c> check the guards before the MLP at every position and throw the same
/// <see cref="AltaProgramException"/>, where the compiled rules would otherwise leave every variable unchanged.
/// </summary>
public sealed class ProgramGuard
{
    /// <summary>Describes a guard: atom k says that variable <c>variables[k]</c> holds one of the value indices
    /// <c>values[k]</c> (ascending; -1 is null; a numerical variable's index is its bucket).</summary>
    public ProgramGuard(string problem, string variable, int[] variables, int[][] values)
    {
        if (variables.Length != values.Length) throw new ArgumentException("Every atom needs its values.", nameof(values));
        Problem = problem;
        Variable = variable;
        Variables = variables;
        Values = values;
    }

    /// <summary>What goes wrong, without the position and layer.</summary>
    public string Problem { get; }

    /// <summary>The variable concerned, or "" when the failure is not about one variable.</summary>
    public string Variable { get; }

    /// <summary>The variable of each atom.</summary>
    public int[] Variables { get; }

    /// <summary>The value indices each atom accepts.</summary>
    public int[][] Values { get; }

    /// <summary>Whether every atom holds for a position whose value indices are <paramref name="valueIndices"/>.</summary>
    public bool Holds(ReadOnlySpan<int> valueIndices)
    {
        for (int k = 0; k < Variables.Length; k++)
            if (Array.BinarySearch(Values[k], valueIndices[Variables[k]]) < 0) return false;
        return true;
    }

    /// <summary>The first guard that holds, or null.</summary>
    public static ProgramGuard? First(ProgramGuard[] guards, ReadOnlySpan<int> valueIndices)
    {
        foreach (var guard in guards)
            if (guard.Holds(valueIndices)) return guard;
        return null;
    }

    /// <summary>The exception for this guard at a position and layer (the same text on both sides).</summary>
    public AltaProgramException ToException(int position, int layer) => ProgramErrors.Guard(Problem, Variable, position, layer);
}
