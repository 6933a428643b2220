// Shared by the kernels and the generator (linked into Alta.Generators, which defines ALTA_GENERATOR), so that
// build time and run time use one enum: the generator writes its members' names into generated code.
#if ALTA_GENERATOR
namespace Alta.Generators.Spec;
#else
namespace Alta.Interpretation;
#endif

/// <summary>The kind of a variable: how it is held in the residual stream (docs/design.md, "The residual stream").</summary>
#if ALTA_GENERATOR
internal
#else
public
#endif
enum VariableKind
{
    /// <summary>bool, enum or <c>[Categorical(r)]</c> int: one-hot over <c>0 .. Range-1</c>.</summary>
    Categorical,

    /// <summary>double or float with bucket centres.</summary>
    Numerical,

    /// <summary>IndexSet over <c>0 .. Range-1</c>, one of a declared list of possible sets.</summary>
    Set,
}
