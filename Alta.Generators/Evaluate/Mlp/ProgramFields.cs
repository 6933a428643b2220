using System.Collections.Generic;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Evaluate.Operations;
using Microsoft.CodeAnalysis;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate.Mlp;

/// <summary>The program's variables during an MLP exploration: what each holds now, which were written and where.</summary>
internal sealed class ProgramFields : IFieldStore
{
    private readonly DiagramLayout _layout;
    private readonly DecisionDiagram _diagram;
    private readonly Dictionary<string, int> _byName = new();

    public ProgramFields(DiagramLayout layout, DecisionDiagram diagram)
    {
        _layout = layout;
        _diagram = diagram;
        for (int v = 0; v < layout.VariableCount; v++) _byName[layout.Model.Variables[v].Name] = v;
        Current = new int?[layout.VariableCount];
        WriteSites = new Location?[layout.VariableCount];
    }

    /// <summary>Per variable: its diagram now (null until first read or written).</summary>
    public int?[] Current { get; }

    /// <summary>Per variable: where it was last assigned (null when the MLP never writes it).</summary>
    public Location?[] WriteSites { get; }

    /// <summary>The variables in the order the MLP first reads them (a good diagram order to try).</summary>
    public List<int> ReadOrder { get; } = new();

    public int? Read(IFieldSymbol field, IOperation site)
    {
        if (!_byName.TryGetValue(field.Name, out var v)) return null;
        if (Current[v] is { } now) return now;
        ReadOrder.Add(v);
        var initial = _layout.Initial(_diagram, v);
        Current[v] = initial;
        return initial;
    }

    public void Write(IFieldSymbol field, int value, IOperation site)
    {
        if (!_byName.TryGetValue(field.Name, out var v))
            throw new UnsupportedException(EvaluationDiagnostics.Unsupported, site.Syntax.GetLocation(), $"'{field.Name}'", "it is not a variable of the program");
        if (_layout.Model.Variables[v].IsHead)
            throw new UnsupportedException(EvaluationDiagnostics.HeadWrite, site.Syntax.GetLocation(), field.Name);
        Current[v] = value;
        WriteSites[v] = site.Syntax.GetLocation();
    }
}
