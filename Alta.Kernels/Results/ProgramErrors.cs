using System;
using System.Collections.Generic;

namespace Alta;

/// <summary>
/// The states a program leaves undefined, as exceptions with one wording: <c>Run</c> and <c>Interpret</c> both
/// build their <see cref="AltaProgramException"/> here, so the two throw the same message for the same state.
/// </summary>
public static class ProgramErrors
{
    /// <summary>A categorical head selected more than one position; the error with the lowest head (declaration
    /// order) and then the lowest position is the one reported, by both sides.</summary>
    public static AltaProgramException Ambiguous(string head, IReadOnlyList<int> selected, int position, int layer) =>
        new($"Categorical head '{head}' selected {selected.Count} positions ({string.Join(", ", selected)}) at position {position}, layer {layer}; it must select at most one.",
            head, position, layer);

    /// <summary>A path of the MLP that the build-time evaluator found to fail (ALTA012, ALTA013, ALTA032..ALTA035),
    /// reached at run time; <paramref name="problem"/> is the guard's description.</summary>
    public static AltaProgramException Guard(string problem, string variable, int position, int layer, Exception? inner = null) =>
        new($"{problem} at position {position}, layer {layer}.", variable, position, layer, inner);
}
