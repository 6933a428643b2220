// Shared by the kernels and the generator (linked into Alta.Generators, which defines ALTA_GENERATOR): the
// build-time evaluator tabulates, the compiler checks and the interpreter applies this one relation.
#if ALTA_GENERATOR
using Alta.Generators.Spec;

namespace Alta.Generators.Shared;
#else
namespace Alta.Interpretation;
#endif

/// <summary>
/// What a selector without a <c>Where</c> predicate selects (docs/language.md, "`[Attend]`: attention heads"): a categorical query
/// selects the keys equal to it, a set query the keys it contains. A numerical query has no such relation
/// (the parser rejects it).
/// </summary>
internal static class SelectorRelation
{
    /// <summary>Whether query value <paramref name="query"/> (for a set query: <paramref name="querySet"/>) selects key value <paramref name="key"/>.</summary>
    public static bool Selects(VariableKind queryKind, int query, IndexSet querySet, int key) => queryKind switch
    {
        VariableKind.Categorical => query == key,
        VariableKind.Set => querySet.Contains(key),
        VariableKind.Numerical => throw new System.ArgumentException("A numerical query has no default relation.", nameof(queryKind)),
    };
}
