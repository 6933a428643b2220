using System.Linq;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// Writes a <see cref="LinearBlock"/> in the rule layer. With <c>g</c> the guard's linear form (the guard atoms and
/// the operands' rectangle, exactly 1 when all hold and at most 0 otherwise) and <c>s</c> the integer linear form:
/// <list type="bullet">
/// <item>a guard unit <c>clip(g)</c> writes <c>enc(phi(s_min))</c>;</item>
/// <item>for each attained <c>k</c> where phi changes, a threshold unit <c>clip(s - k + 1 + M (g - 1))</c>, which is
/// exactly <c>[g = 1 and s &gt;= k]</c> because s is an integer and M exceeds the range of s, writes
/// <c>enc(phi(k)) - enc(phi(previous))</c>;</item>
/// <item>a clear unit per old value <c>a</c> the block can meet (<see cref="OldValues"/>), <c>clip([old is a] + g - 1)</c>, subtracts <c>enc(a)</c>.</item>
/// </list>
/// When the guard holds, the written one-hot telescopes to <c>enc(phi(s)) - enc(old)</c>; otherwise nothing fires.
/// </summary>
internal static class LinearBlockWriter
{
    public static void Write(ResidualLayout layout, OldValues olds, NetworkBuilder network, AtomReader reader, int layer, LinearBlock block)
    {
        var guard = LinearForm.Const(1f - block.Guard.Count - block.Operands.Length);
        foreach (var atom in block.Guard) guard.Add(reader.Atom(atom.Variable, atom.Values));
        for (int i = 0; i < block.Operands.Length; i++) guard.Add(reader.Atom(block.Operands[i], block.OperandValues[i]));
        Write(layout, olds, network, reader, layer, block, guard);
    }

    /// <summary>Writes the block behind a given guard form (1 when it holds and the operands lie in the rectangle, at most 0 otherwise).</summary>
    public static void Write(ResidualLayout layout, OldValues olds, NetworkBuilder network, AtomReader reader, int layer, LinearBlock block, LinearForm guard)
    {
        var (sum, big) = Sum(reader, block);

        int variable = block.Variable;
        int guardUnit = network.Unit(layer, new LinearForm().Add(guard));
        int previous = -1;
        foreach (var entry in block.Phi)
        {
            if (previous < 0) Output(layout, network, layer, guardUnit, variable, entry.Value, 1f);
            else if (entry.Value != previous)
            {
                var form = new LinearForm().Add(sum).AddConstant(1 - entry.Key).Add(guard, big).AddConstant(-big);
                int unit = network.Unit(layer, form);
                Output(layout, network, layer, unit, variable, entry.Value, 1f);
                Output(layout, network, layer, unit, variable, previous, -1f);
            }
            previous = entry.Value;
        }

        foreach (var old in olds.Of(block))
        {
            int clear = network.Unit(layer, new LinearForm().Add(reader.Indicator(variable, old)).Add(guard).AddConstant(-1f));
            Output(layout, network, layer, clear, variable, old, -1f);
        }
    }

    /// <summary>
    /// The block's integer linear form <c>s</c> over its operands' one-hots, and <c>M = max - min + 1</c> over the
    /// operands' rectangle with 0 included (a null operand contributes 0): a big-M that exceeds every range of s.
    /// </summary>
    public static (LinearForm Sum, float Big) Sum(AtomReader reader, LinearBlock block)
    {
        var sum = new LinearForm();
        long low = 0, high = 0;
        for (int i = 0; i < block.Operands.Length; i++)
        {
            var side = block.OperandValues[i];
            foreach (var value in side) sum.Add(reader.Indicator(block.Operands[i], value), block.Weights[i] * value);
            long a = (long)block.Weights[i] * side[0], b = (long)block.Weights[i] * side[side.Length - 1];
            low += System.Math.Min(0, System.Math.Min(a, b));
            high += System.Math.Max(0, System.Math.Max(a, b));
        }
        return (sum, high - low + 1);
    }

    /// <summary>Adds <paramref name="sign"/> times the encoding of <paramref name="value"/> to the unit's output row.</summary>
    public static void Output(ResidualLayout layout, NetworkBuilder network, int layer, int unit, int variable, int value, float sign)
    {
        foreach (var (dimension, entry) in layout.Encode(variable, value)) network.Output(layer, unit, dimension, sign * entry);
    }
}
