using System;
using System.Collections.Generic;
using Alta.Analysis.Training;

namespace Alta.Analysis.Learned;

/// <summary>
/// The trainable parameters of a Transformer Program: for every module the logits of its variable choices,
/// of its predicate (per query value, which key value matches) and of its table (per pair of input values,
/// which output value), plus the read-out, a linear classifier over the whole final residual. Every discrete
/// choice is a row of logits relaxed by <see cref="GumbelSoftmax"/>; the read-out is not a choice.
/// </summary>
public sealed class RelaxedProgram
{
    public RelaxedProgram(ProgramLayout layout, int seed)
    {
        Layout = layout;
        var random = new Random(seed);
        int d = layout.Width;
        foreach (var layer in layout.Layers)
        {
            for (int h = 0; h < layer.CategoricalHeads + layer.CountHeads; h++)
            {
                string name = layout.Variables[layer.HeadVariable(h)].Name;
                bool counts = h >= layer.CategoricalHeads;
                Modules.Add(new RelaxedModule(name, counts ? ModuleKind.Count : ModuleKind.Head, layer.HeadInputs,
                    Reads(name, counts ? ["query", "key"] : ["query", "key", "value"], layer.HeadInputs, random),
                    Table(name + ".predicate", d * d, d, random)));
            }
            for (int m = 0; m < layer.Mlps; m++)
            {
                string name = layout.Variables[layer.MlpVariable(m)].Name;
                Modules.Add(new RelaxedModule(name, ModuleKind.Mlp, layer.MlpInputs, Reads(name, ["first", "second"], layer.MlpInputs, random),
                    Table(name + ".table", d * d * d, d, random)));
            }
        }
        Readout = Table("Readout", layout.Variables.Count * d * layout.Classes, layout.Classes, random);
    }

    /// <summary>
    /// The paper's read-out: a linear classifier over every variable of the residual, per (variable, value) a
    /// row of class scores (<c>[(variable * Width + value) * Classes + class]</c>). Every variable feeds it, so
    /// every module gets a gradient from the labels from the first step.
    /// </summary>
    public Parameter Readout { get; }

    public ProgramLayout Layout { get; }

    /// <summary>In the order they run; module <c>m</c> writes variable <c>m + 2</c>.</summary>
    public List<RelaxedModule> Modules { get; } = [];

    public IReadOnlyList<Parameter> Parameters()
    {
        var list = new List<Parameter>();
        foreach (var module in Modules)
        {
            list.AddRange(module.Reads);
            list.Add(module.Table);
        }
        list.Add(Readout);
        return list;
    }

    static Parameter[] Reads(string module, string[] names, int choices, Random random)
    {
        var reads = new Parameter[names.Length];
        for (int r = 0; r < names.Length; r++) reads[r] = Table($"{module}.{names[r]}", choices, choices, random);
        return reads;
    }

    /// <summary>Normal(0, 1/columns) logits, as the paper initialises its choices.</summary>
    static Parameter Table(string name, int length, int columns, Random random)
    {
        var value = new float[length];
        double scale = 1 / Math.Sqrt(columns);
        for (int i = 0; i < length; i++)
        {
            double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
            value[i] = (float)(scale * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }
        return new Parameter(name, value);
    }
}

public enum ModuleKind { Head, Count, Mlp }

/// <summary>
/// One module: its variable choices (rows over the first <see cref="Inputs"/> variables) and its table: the
/// predicate for heads (query value x key value), the output choice for MLPs (first x second x output value).
/// </summary>
public sealed record RelaxedModule(string Name, ModuleKind Kind, int Inputs, Parameter[] Reads, Parameter Table);
