using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// Blocks that compute the same table behind guards that differ only in a pair of values <c>X = x, Y = x + k</c>,
/// such as SUBLEQ's <c>if (Cell == B)</c> (one guard <c>Cell = c and B = c</c> per cell), written once in the rule
/// layer with the equality as an integer difference <c>d = X + k - Y</c> instead of one guard unit per pair in a
/// layer in front (<see cref="SharedGuards"/>, which needs that extra layer and a pass-through for everything the
/// rule layer reads). "d = 0" is not one clipped unit, but "d &gt;= 0" is, and so is "d &gt;= 0 and s &gt;= k": with
/// <c>g</c> the shared guard (exactly 1 when it holds, at most 0 otherwise) and M large,
/// <list type="bullet">
/// <item><c>clip(d + 1 + M (g - 1))</c> is <c>[g and d &gt;= 0]</c> and writes <c>enc(phi(s_min))</c>;</item>
/// <item><c>clip(s - k + 1 + M' d + M (g - 1))</c> is 0 for d &lt; 0, <c>[s &gt;= k]</c> for d = 0 and 1 for d &gt; 0,
/// and writes <c>enc(phi(k)) - enc(phi(previous))</c>: for d &gt; 0 they all fire and telescope to <c>enc(phi(s_max))</c>;</item>
/// <item><c>clip(d + M (g - 1))</c>, <c>[g and d &gt;= 1]</c>, writes <c>-enc(phi(s_max))</c>, which cancels that;</item>
/// <item>per old value a, <c>clip(d + 1 + M ([old is a] + g - 2))</c> subtracts <c>enc(a)</c> and
/// <c>clip(d + M ([old is a] + g - 2))</c> adds it back, so only d = 0 clears.</item>
/// </list>
/// Every unit is exactly 0 or 1 because d and s are integers. The table costs 2 + (changes of phi) + 2 (old values)
/// units in one layer, instead of a guard unit per pair and the extra layer.
/// </summary>
/// <param name="X">The first compared variable (value indices).</param>
/// <param name="Y">The second; the guards hold <c>Y = X + Offset</c>.</param>
/// <param name="Offset">k.</param>
/// <param name="XValues">The values of X the guards list (each with its Y = x + k).</param>
internal sealed record EqualityGuard(int X, int Y, int Offset, int[] XValues)
{
    /// <summary>The pair the guards of a group of equal tables differ in, when they differ in exactly such a pair and nothing else.</summary>
    public static EqualityGuard? Find(List<LinearBlock> blocks)
    {
        var first = blocks[0].Guard;
        var varying = first.Select(a => a.Variable)
            .Where(v => blocks.Any(b => !(b.Guard.FirstOrDefault(a => a.Variable == v)?.Values.Equals(first.First(a => a.Variable == v).Values) ?? false)))
            .ToList();
        if (varying.Count != 2 || blocks.Any(b => b.Guard.Count != first.Count)) return null;
        int x = varying[0], y = varying[1];
        if (blocks[0].Operands.Contains(x) || blocks[0].Operands.Contains(y)) return null;
        int? offset = null;
        var xs = new List<int>();
        foreach (var block in blocks)
        {
            var ax = block.Guard.FirstOrDefault(a => a.Variable == x);
            var ay = block.Guard.FirstOrDefault(a => a.Variable == y);
            if (ax is null || ay is null || ax.Values.Count != 1 || ay.Values.Count != 1 || ax.Values[0] < 0 || ay.Values[0] < 0) return null;
            int k = ay.Values[0] - ax.Values[0];
            if (offset is { } o && o != k) return null;
            offset = k;
            xs.Add(ax.Values[0]);
            // Every other atom must be the first block's.
            foreach (var atom in block.Guard)
                if (atom.Variable != x && atom.Variable != y && !(first.FirstOrDefault(a => a.Variable == atom.Variable)?.Values.Equals(atom.Values) ?? false))
                    return null;
        }
        if (xs.Distinct().Count() != xs.Count) return null;
        return new EqualityGuard(x, y, offset!.Value, xs.OrderBy(v => v).ToArray());
    }

    /// <summary>Writes the table of <paramref name="block"/> (any member of the group) behind the shared guard and <c>X + k = Y</c>.</summary>
    public void Write(ResidualLayout layout, OldValues olds, NetworkBuilder network, AtomReader reader, int layer, LinearBlock block)
    {
        // g: the common atoms, X and Y among the listed pairs, and the operands in the table's rectangle.
        var rest = block.Guard.Where(a => a.Variable != X && a.Variable != Y).ToList();
        var guard = LinearForm.Const(1f - rest.Count - 2 - block.Operands.Length);
        foreach (var atom in rest) guard.Add(reader.Atom(atom.Variable, atom.Values));
        guard.Add(reader.Atom(X, XValues));
        guard.Add(reader.Atom(Y, XValues.Select(v => v + Offset)));
        for (int i = 0; i < block.Operands.Length; i++) guard.Add(reader.Atom(block.Operands[i], block.OperandValues[i]));

        // d = X + k - Y over the one-hots (a null contributes 0; g is at most 0 then, and the bounds include it).
        var difference = new LinearForm();
        foreach (var v in layout.Values(X)) difference.Add(reader.Indicator(X, v), v + Offset);
        foreach (var v in layout.Values(Y)) difference.Add(reader.Indicator(Y, v), -v);
        int xHigh = Math.Max(0, layout.ValueCount(X) - 1 + Offset), xLow = Math.Min(0, Offset);
        int dHigh = Math.Max(1, xHigh), dLow = Math.Min(-1, xLow - (layout.ValueCount(Y) - 1));

        // M' lifts "s >= k" to 1 for every d >= 1 and sinks it below 0 for every d <= -1; M sinks everything when g fails.
        var (sum, spread) = LinearBlockWriter.Sum(reader, block);
        float guardBig = dHigh + 1;
        float thresholdBig = spread + spread * dHigh + 1;
        if (thresholdBig + spread * -dLow >= 1 << 24) throw new InvalidOperationException("The equality guard's weights would not be exact in float32.");

        int variable = block.Variable;
        int atOrAbove = network.Unit(layer, new LinearForm().Add(difference).AddConstant(1f).Add(guard, guardBig).AddConstant(-guardBig));
        int above = network.Unit(layer, new LinearForm().Add(difference).Add(guard, guardBig).AddConstant(-guardBig));
        int previous = -1;
        foreach (var entry in block.Phi)
        {
            if (previous < 0) Output(layout, network, layer, atOrAbove, variable, entry.Value, 1f);
            else if (entry.Value != previous)
            {
                var form = new LinearForm().Add(sum).AddConstant(1 - entry.Key).Add(difference, spread).Add(guard, thresholdBig).AddConstant(-thresholdBig);
                int unit = network.Unit(layer, form);
                Output(layout, network, layer, unit, variable, entry.Value, 1f);
                Output(layout, network, layer, unit, variable, previous, -1f);
            }
            previous = entry.Value;
        }
        Output(layout, network, layer, above, variable, previous, -1f);

        foreach (var old in olds.Of(block))
        {
            var both = new LinearForm().Add(reader.Indicator(variable, old), guardBig).Add(guard, guardBig).AddConstant(-2 * guardBig).Add(difference);
            Output(layout, network, layer, network.Unit(layer, new LinearForm().Add(both).AddConstant(1f)), variable, old, -1f);
            Output(layout, network, layer, network.Unit(layer, both), variable, old, 1f);
        }
    }

    private static void Output(ResidualLayout layout, NetworkBuilder network, int layer, int unit, int variable, int value, float sign) =>
        LinearBlockWriter.Output(layout, network, layer, unit, variable, value, sign);
}
