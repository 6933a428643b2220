using System.Collections.Generic;

namespace Alta.Analysis.Coverage;

/// <summary>
/// One rule of a compiled feed-forward block, read back from the weights: a hidden unit that fires
/// exactly when every atom holds and that (through the later layers and <c>W_out</c>) writes values.
/// In one-stage variables the compiler makes one unit per rule and old value, so the old value is one of
/// the atoms.
/// </summary>
/// <param name="Layer">The hidden layer of the unit (0-based).</param>
/// <param name="Unit">The unit within its layer.</param>
/// <param name="Atoms">The conditions, e.g. <c>UnderA=9</c> or <c>UnderA in {0, 1}</c> or <c>Share is null</c>.</param>
/// <param name="Writes">What the rule sets, e.g. <c>Carry=true</c>.</param>
/// <param name="Variables">The variables it writes (for coverage per variable).</param>
public sealed record Rule(int Layer, int Unit, IReadOnlyList<string> Atoms, IReadOnlyList<string> Writes, IReadOnlyList<string> Variables)
{
    /// <summary>In the program's own terms: <c>Carry=true when UnderA=9, UnderB=1, Carry=false</c>.</summary>
    public override string ToString() =>
        string.Join(", ", Writes) + (Atoms.Count == 0 ? " always" : " when " + string.Join(", ", Atoms));
}
