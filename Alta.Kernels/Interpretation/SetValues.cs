using System;

namespace Alta.Interpretation;

/// <summary>Set variables travel as the index of their value in the variable's list of possible sets.</summary>
public static class SetValues
{
    /// <summary>The index of <paramref name="value"/> in <paramref name="sets"/>, or -1 when it is not a possible set.</summary>
    public static int IndexOf(IndexSet[] sets, IndexSet value) => Array.IndexOf(sets, value);
}
