using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile;

/// <summary>
/// The residual stream's layout (docs/design.md, "The residual stream"): dimension 0 is the constant One, then one
/// slice per variable in declaration order, shaped by <see cref="SliceShape"/>. A count head's output is one
/// numerical dimension (see <see cref="CountCentres"/>). Programs whose heads prefer a position also hold the
/// position (and its square) in slices after the variables. A read-out output (<c>[Readout]</c>) has an empty slice.
/// </summary>
internal sealed class ResidualLayout
{
    public const int One = 0;

    public ResidualLayout(ProgramSpec model, Evaluation evaluation)
    {
        Model = model;
        Evaluation = evaluation;
        int offset = 1;
        var slices = new List<CompiledSlice>();
        foreach (var head in model.Heads)
            if (head.Kind == HeadKind.Count) _counts.Add(head.Output);
        for (int v = 0; v < model.Variables.Count; v++)
        {
            var variable = model.Variables[v];
            var domain = evaluation.Domains[v];
            if (_counts.Contains(v))
            {
                // A count is held as the mean w/(w+1) of a sink-selecting head (CountCentres): one numerical dimension.
                slices.Add(new CompiledSlice(variable.Name, VariableKind.Numerical, offset, SliceShape.CountWidth, true, CountCentres.Of(model.MaxLength),
                    EquatableArray<SetValue>.Empty, EquatableArray<string>.Empty));
                offset += SliceShape.CountWidth;
                continue;
            }
            // A read-out output is computed from the residual where it is read, never stored in it: an empty slice.
            int width = model.HasReadout && v == model.Output ? 0
                : SliceShape.Width(variable.Kind, variable.IsHead, values: domain.Size, elements: variable.Range);
            slices.Add(new CompiledSlice(variable.Name, variable.Kind, offset, width, variable.IsHead,
                variable.Kind == VariableKind.Numerical ? domain.Centres : EquatableArray<double>.Empty,
                variable.Kind == VariableKind.Set ? domain.Sets : EquatableArray<SetValue>.Empty,
                variable.Kind == VariableKind.Categorical ? variable.ValueNames : EquatableArray<string>.Empty));
            offset += width;
        }
        // After the variables: the position features that heads with a preference read (PreferenceScores).
        foreach (var feature in PreferenceScores.FeaturesOf(model.Selectors))
        {
            _features[feature] = offset;
            slices.Add(new CompiledSlice(FeatureName(feature), VariableKind.Numerical, offset++, 1, false,
                EquatableArray<double>.Empty, EquatableArray<SetValue>.Empty, EquatableArray<string>.Empty));
        }
        Slices = slices;
        ModelWidth = offset;
    }

    private readonly Dictionary<PreferenceScores.Feature, int> _features = new();
    private readonly HashSet<int> _counts = new();

    /// <summary>Whether a variable is the output of a count head: categorical to the MLP, a mean in the residual.</summary>
    public bool IsCount(int variable) => _counts.Contains(variable);

    /// <summary>Whether the feed-forward network reads the variable through step units (numerical values and counts).</summary>
    public bool ReadsThroughSteps(int variable) => Model.Variables[variable].Kind != VariableKind.Categorical || IsCount(variable);

    public ProgramSpec Model { get; }

    /// <summary>The residual dimension of a position feature (the One dimension for One).</summary>
    public int FeatureDimension(PreferenceScores.Feature feature) =>
        feature == PreferenceScores.Feature.One ? One : _features[feature];

    /// <summary>The position features in the residual, with their dimensions.</summary>
    public IReadOnlyDictionary<PreferenceScores.Feature, int> Features => _features;

    /// <summary>The slice name of a position feature; '@' keeps it apart from every field name.</summary>
    public static string FeatureName(PreferenceScores.Feature feature) => feature switch
    {
        PreferenceScores.Feature.Position => "@position",
        PreferenceScores.Feature.PositionSquared => "@position^2",
        _ => throw new System.ArgumentOutOfRangeException(nameof(feature), feature, "One has no slice."),
    };

    public Evaluation Evaluation { get; }

    public IReadOnlyList<CompiledSlice> Slices { get; }

    public int ModelWidth { get; }

    public int Offset(int variable) => Slices[variable].Offset;

    /// <summary>How many values a variable has: categorical values, numerical buckets, possible sets.</summary>
    public int ValueCount(int variable) => Evaluation.Domains[variable].Size;

    /// <summary>The residual entries that hold value index <paramref name="value"/> of a variable (zero entries left out).</summary>
    public IEnumerable<(int Dimension, float Value)> Encode(int variable, int value)
    {
        var slice = Slices[variable];
        if (slice.Width == 0) throw new System.InvalidOperationException($"'{slice.Name}' is a read-out and has no slice to write.");
        return slice.Kind switch
        {
            VariableKind.Categorical => [(slice.Offset + value, 1f)],
            VariableKind.Numerical => (float)slice.Centres[value] is var centre && centre != 0 ? [(slice.Offset, centre)] : [],
            VariableKind.Set => slice.Sets[value].Elements.Where(e => e < slice.Width).Select(e => (slice.Offset + e, 1f)).ToList(),
        };
    }

    /// <summary>All of a variable's value indices (not null).</summary>
    public IEnumerable<int> Values(int variable) => Enumerable.Range(0, ValueCount(variable));
}
