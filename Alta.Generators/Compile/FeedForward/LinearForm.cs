using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// <c>constant + sum of weight * input</c> over the inputs of one feed-forward layer (residual dimensions for
/// the first layer, the units of the previous layer after that): the pre-activation of a unit.
/// </summary>
internal sealed class LinearForm
{
    private readonly SortedDictionary<int, float> _terms = new();

    public float Constant { get; private set; }

    public IEnumerable<KeyValuePair<int, float>> Terms => _terms.Where(t => t.Value != 0);

    public static LinearForm Of(int input, float weight = 1f) => new LinearForm().Add(input, weight);

    public static LinearForm Const(float constant) => new LinearForm().AddConstant(constant);

    public LinearForm Add(int input, float weight)
    {
        _terms[input] = _terms.TryGetValue(input, out var old) ? old + weight : weight;
        return this;
    }

    public LinearForm Add(LinearForm other, float scale = 1f)
    {
        foreach (var term in other._terms) Add(term.Key, term.Value * scale);
        Constant += other.Constant * scale;
        return this;
    }

    public LinearForm AddConstant(float constant)
    {
        Constant += constant;
        return this;
    }

    /// <summary>A canonical text, so that equal units are built once and shared.</summary>
    public string Key
    {
        get
        {
            var text = new StringBuilder();
            foreach (var term in Terms)
                text.Append(term.Key.ToString(CultureInfo.InvariantCulture)).Append(':').Append(term.Value.ToString("R", CultureInfo.InvariantCulture)).Append(',');
            return text.Append('|').Append(Constant.ToString("R", CultureInfo.InvariantCulture)).ToString();
        }
    }
}
