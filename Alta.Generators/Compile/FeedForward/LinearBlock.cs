using System.Collections.Generic;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// A group of one variable's rules that say "when the guard holds, the variable becomes phi(s)", where
/// <c>s = sum of Weights[i] * (value index of Operands[i])</c> is an integer linear form of categorical variables
/// (value indices are the values of categorical ints, 0/1 of bools, the ordinals of enums) and phi is any function
/// of the integer s. Addition's <c>(a + b + carry) % 10</c> and <c>/ 10</c>, SUBLEQ's <c>Clamp(mem - sub, 0, 32)</c>
/// and a comparison <c>x - y &lt;= k</c> are such blocks. They compile to one threshold unit per value of s at
/// which phi changes, instead of one unit per rule (see <see cref="LinearBlockWriter"/>).
/// </summary>
/// <param name="Variable">The written variable.</param>
/// <param name="Guard">The atoms (on other variables than the operands) shared by every replaced rule.</param>
/// <param name="Operands">The variables of s, each non-null in every replaced rule.</param>
/// <param name="Weights">The integer weight of each operand.</param>
/// <param name="OperandValues">Per operand: the value indices the block covers (the rectangle of the block).</param>
/// <param name="Phi">The value index written for each attained s, ascending in s.</param>
/// <param name="Replaced">The rules the block stands for.</param>
internal sealed record LinearBlock(
    int Variable,
    IReadOnlyList<Atom> Guard,
    int[] Operands,
    int[] Weights,
    int[][] OperandValues,
    SortedDictionary<int, int> Phi,
    IReadOnlyList<Rule> Replaced)
{
    /// <summary>How many values of s change phi: one threshold unit each.</summary>
    public int Changes
    {
        get
        {
            int changes = 0, previous = -1;
            bool first = true;
            foreach (var value in Phi.Values)
            {
                if (!first && value != previous) changes++;
                previous = value;
                first = false;
            }
            return changes;
        }
    }

    /// <summary>Whether the variable is one of its own operands (then only its covered old values need clearing).</summary>
    public int OwnOperand => System.Array.IndexOf(Operands, Variable);
}
