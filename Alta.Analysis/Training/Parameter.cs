using System;

namespace Alta.Analysis.Training;

/// <summary>
/// Trainable values with their gradient (same length). A layer's backward pass writes
/// <see cref="Gradient"/>; an optimiser such as <see cref="Adam"/> reads it and updates <see cref="Value"/>.
/// </summary>
public sealed class Parameter
{
    public Parameter(string name, float[] value)
    {
        Name = name;
        Value = value;
        Gradient = new float[value.Length];
    }

    /// <summary>For messages and saved files, e.g. <c>layer1.weight</c>.</summary>
    public string Name { get; }

    public float[] Value { get; }

    public float[] Gradient { get; }

    public void ClearGradient() => Array.Clear(Gradient);
}
