using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Model;

namespace Alta.Generators.Compile;

/// <summary>
/// The residual stream's layout (docs/design.md, "The residual stream"): dimension 0 is the constant One, then one
/// slice per variable in declaration order, shaped by <see cref="SliceShape"/>.
/// </summary>
internal sealed class ResidualLayout
{
    public const int One = 0;

    public ResidualLayout(ProgramModel model, Evaluation evaluation)
    {
        Model = model;
        Evaluation = evaluation;
        int offset = 1;
        var slices = new List<CompiledSlice>();
        for (int v = 0; v < model.Variables.Count; v++)
        {
            var variable = model.Variables[v];
            var domain = evaluation.Domains[v];
            int width = SliceShape.Width(variable.Kind, variable.IsHead, values: domain.Size, elements: variable.Range);
            slices.Add(new CompiledSlice(variable.Name, variable.Kind, offset, width, variable.IsHead,
                variable.Kind == VariableKind.Numerical ? domain.Centres : EquatableArray<double>.Empty,
                variable.Kind == VariableKind.Set ? domain.Sets : EquatableArray<SetValue>.Empty,
                variable.Kind == VariableKind.Categorical ? variable.ValueNames : EquatableArray<string>.Empty));
            offset += width;
        }
        Slices = slices;
        ModelWidth = offset;
    }

    public ProgramModel Model { get; }

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
