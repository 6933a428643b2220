using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// Builds a feed-forward network of fixed depth unit by unit: <c>h_l = clip(h_(l-1) W_l + b_l)</c>, then
/// <c>h_last W_out</c> is added to the residual. Equal units are shared. A unit can write to the residual
/// from any layer: at the end it is carried to the last layer by pass-through units, which are exact
/// because every unit value lies in [0, 1] and the clipped ReLU is the identity there.
/// </summary>
internal sealed class NetworkBuilder
{
    private readonly List<LinearForm>[] _units;
    private readonly Dictionary<string, int>[] _index;
    private readonly Dictionary<(int Layer, int Unit, int Dimension), float> _outputs = new();
    private readonly int _modelWidth;
    private readonly WeightBudget? _budget;

    /// <param name="budget">Charged with every new unit's weights and bias and every output weight (see <see cref="WeightBudget"/>).</param>
    public NetworkBuilder(int depth, int modelWidth, WeightBudget? budget = null)
    {
        _budget = budget;
        _units = Enumerable.Range(0, depth).Select(_ => new List<LinearForm>()).ToArray();
        _index = Enumerable.Range(0, depth).Select(_ => new Dictionary<string, int>()).ToArray();
        _modelWidth = modelWidth;
    }

    public int Depth => _units.Length;

    /// <summary>The unit <c>clip(form)</c> in layer <paramref name="layer"/> (an existing one when equal).</summary>
    public int Unit(int layer, LinearForm form)
    {
        var key = form.Key;
        if (_index[layer].TryGetValue(key, out var unit)) return unit;
        _units[layer].Add(form);
        _budget?.Spend(form.Terms.Count() + 1);
        return _index[layer][key] = _units[layer].Count - 1;
    }

    /// <summary>The unit of layer <paramref name="toLayer"/> that carries unit <paramref name="unit"/> of <paramref name="layer"/>.</summary>
    public int Lift(int layer, int unit, int toLayer)
    {
        for (; layer < toLayer; layer++) unit = Unit(layer + 1, LinearForm.Of(unit));
        return unit;
    }

    /// <summary>When the unit is 1, add <paramref name="weight"/> to residual dimension <paramref name="dimension"/>.</summary>
    public void Output(int layer, int unit, int dimension, float weight)
    {
        var key = (layer, unit, dimension);
        if (_outputs.TryGetValue(key, out var old)) _outputs[key] = old + weight;
        else
        {
            _outputs[key] = weight;
            _budget?.Spend(1);
        }
    }

    public (CompiledLayer[] Layers, SparseWeights Output) Build()
    {
        int last = Depth - 1;
        var lifted = _outputs.Select(o => (Unit: Lift(o.Key.Layer, o.Key.Unit, last), o.Key.Dimension, o.Value)).ToList();
        var layers = new CompiledLayer[Depth];
        int inputs = _modelWidth;
        for (int l = 0; l < Depth; l++)
        {
            var units = _units[l];
            var weights = new SparseWeightsBuilder(inputs, units.Count);
            for (int u = 0; u < units.Count; u++)
                foreach (var term in units[u].Terms) weights.Add(term.Key, u, term.Value);
            layers[l] = new CompiledLayer(weights.Build(), units.Select(u => u.Constant).ToEquatableArray());
            inputs = units.Count;
        }
        var output = new SparseWeightsBuilder(inputs, _modelWidth);
        foreach (var (unit, dimension, value) in lifted) output.Add(unit, dimension, value);
        return (layers, output.Build());
    }
}
