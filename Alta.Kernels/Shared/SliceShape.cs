// Shared by the kernels and the generator (linked into Alta.Generators, which defines ALTA_GENERATOR): the
// compiler lays slices out with it and the read-out finds values with it, so the two agree by construction.
#if ALTA_GENERATOR
namespace Alta.Generators.Spec;
#else
namespace Alta.Interpretation;
#endif

/// <summary>
/// The shape of a variable's slice of the residual stream (docs/design.md, "The residual stream"): a dimension per
/// categorical value, the value of a numerical variable (plus a presence dimension for a numerical head output,
/// so a mean of 0 is not mistaken for null), a membership bit per set element.
/// </summary>
internal static class SliceShape
{
    /// <summary>How many residual dimensions the slice has.</summary>
    /// <param name="kind">The variable's kind.</param>
    /// <param name="isHead">Whether it is a head output.</param>
    /// <param name="values">Categorical: how many values.</param>
    /// <param name="elements">Set: the element range.</param>
    public static int Width(VariableKind kind, bool isHead, int values, int elements) => kind switch
    {
        VariableKind.Categorical => values,
        VariableKind.Numerical => isHead ? 2 : 1,
        VariableKind.Set => elements,
    };

    /// <summary>The width of a count head's slice: one numerical dimension holding <c>w/(w+1)</c>, no presence (a count is never null).</summary>
    public const int CountWidth = 1;

    /// <summary>Whether a slice holds a count head's output: the one numerical head slice without a presence dimension.</summary>
    public static bool IsCount(VariableKind kind, bool isHead, int width) =>
        kind == VariableKind.Numerical && isHead && width == CountWidth;

    /// <summary>The presence dimension's place within the slice, or -1 when the slice has none (counts have none).</summary>
    public static int Presence(VariableKind kind, bool isHead) => kind switch
    {
        VariableKind.Categorical => -1,
        VariableKind.Numerical => isHead ? 1 : -1,
        VariableKind.Set => -1,
    };
}
