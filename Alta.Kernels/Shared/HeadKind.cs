// Shared by the kernels and the generator (linked into Alta.Generators, which defines ALTA_GENERATOR).
#if ALTA_GENERATOR
namespace Alta.Generators.Spec;
#else
namespace Alta.Interpretation;
#endif

/// <summary>
/// How an attention head combines the values at the positions it selects. Every switch over it is exhaustive
/// (no default branch), so a new kind is a compile error at each place that must learn it.
/// </summary>
#if ALTA_GENERATOR
internal
#else
public
#endif
enum HeadKind
{
    /// <summary>Reads a categorical variable: the one value at the one selected position (more than one is an error).</summary>
    Categorical,

    /// <summary>Reads a numerical variable: the mean of the selected values, with a presence flag.</summary>
    Numerical,

    /// <summary>Reads no variable: counts the selected positions (RASP's selector width), a categorical int in
    /// 0 .. MaxLength that is 0, never null, when nothing is selected. Compiled as the mean w/(w+1) against an
    /// always-selected sink, held in one residual dimension (<see cref="SliceShape.CountWidth"/>).</summary>
    Count,
}
