using System;
using Alta.Interpretation;

namespace Alta;

/// <summary>
/// Where each variable lives in the residual stream (docs/design.md, "The residual stream"): dimension 0 is the constant <c>One</c>,
/// then one contiguous slice per variable in declaration order.
/// </summary>
public sealed class ModelLayout
{
    /// <summary>Creates a layout.</summary>
    public ModelLayout(int modelWidth, VariableSlice[] variables)
    {
        ModelWidth = modelWidth;
        Variables = variables;
        foreach (var v in variables)
            if (v.Offset < 1 || v.Offset + v.Width > modelWidth)
                throw new ArgumentException($"The slice of '{v.Name}' lies outside the residual (width {modelWidth}).", nameof(variables));
    }

    /// <summary>The constant dimension, always 1 (biases, offset-only heads, presence of numerical heads).</summary>
    public const int One = 0;

    /// <summary>d_model.</summary>
    public int ModelWidth { get; }

    /// <summary>Every variable, ordinary ones and head outputs, in declaration order.</summary>
    public VariableSlice[] Variables { get; }

    /// <summary>The name of residual dimension <paramref name="dimension"/>, e.g. <c>Carry=1</c>, <c>Mean</c>, <c>Mean?</c> (presence).</summary>
    public string DimensionName(int dimension)
    {
        if (dimension == One) return "One";
        foreach (var v in Variables)
        {
            if (dimension < v.Offset || dimension >= v.Offset + v.Width) continue;
            int k = dimension - v.Offset;
            return v.Kind switch
            {
                VariableKind.Categorical => v.Name + "=" + (v.ValueNames is { } names ? names[k] : k.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                VariableKind.Numerical => k == 0 ? v.Name : v.Name + "?",
                VariableKind.Set => v.Name + "[" + k.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]",
            };
        }
        throw new ArgumentOutOfRangeException(nameof(dimension));
    }
}

/// <summary>One variable's slice of the residual stream.</summary>
public sealed class VariableSlice
{
    /// <summary>Describes a slice.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="kind">Categorical (one-hot), numerical (value, plus presence for heads) or set (membership bits).</param>
    /// <param name="offset">First residual dimension.</param>
    /// <param name="width">Number of dimensions.</param>
    /// <param name="isHead">Whether this is a head output (null = all zero, reset after every layer).</param>
    /// <param name="centres">Numerical: bucket centres (exact doubles, for read-out).</param>
    /// <param name="sets">Set: the possible sets, each its ascending elements.</param>
    /// <param name="valueNames">Categorical: display names of the values, or null.</param>
    public VariableSlice(string name, VariableKind kind, int offset, int width, bool isHead, double[]? centres, int[][]? sets, string[]? valueNames)
    {
        Name = name;
        Kind = kind;
        Offset = offset;
        Width = width;
        IsHead = isHead;
        Centres = centres ?? Array.Empty<double>();
        Sets = sets ?? Array.Empty<int[]>();
        ValueNames = valueNames;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>Categorical, numerical or set.</summary>
    public VariableKind Kind { get; }

    /// <summary>First residual dimension.</summary>
    public int Offset { get; }

    /// <summary>Number of dimensions.</summary>
    public int Width { get; }

    /// <summary>Whether this is a head output.</summary>
    public bool IsHead { get; }

    /// <summary>Numerical: bucket centres.</summary>
    public double[] Centres { get; }

    /// <summary>Set: the possible sets.</summary>
    public int[][] Sets { get; }

    /// <summary>Categorical: display names of the values, or null.</summary>
    public string[]? ValueNames { get; }

    /// <summary>Numerical head outputs: the dimension that is 1 when the head selected something; else -1.</summary>
    public int PresenceDimension => !IsCount && SliceShape.Presence(Kind, IsHead) is var p and >= 0 ? Offset + p : -1;

    /// <summary>Whether this is a count head's output: the mean <c>w/(w+1)</c>, whose bucket among <see cref="Centres"/> is the count w.</summary>
    public bool IsCount => SliceShape.IsCount(Kind, IsHead, Width);
}
