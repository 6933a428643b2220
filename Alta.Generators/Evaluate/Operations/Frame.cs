using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>One inlined call: its locals and parameters, and the paths that returned with what.</summary>
internal sealed class Frame
{
    public Frame(IMethodSymbol? method, int returned, int returnValue)
    {
        Method = method;
        Returned = returned;
        ReturnValue = returnValue;
    }

    public IMethodSymbol? Method { get; }

    /// <summary>Locals and parameters: each a decision diagram over the variables read.</summary>
    public Dictionary<ISymbol, int> Locals { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>The paths that executed <c>return</c> (a boolean diagram).</summary>
    public int Returned { get; set; }

    /// <summary>What they returned (meaningful on <see cref="Returned"/> only).</summary>
    public int ReturnValue { get; set; }

    /// <summary>Paths waiting at a loop's or switch's exit or continue label, by label.</summary>
    public Dictionary<ILabelSymbol, int> Pending { get; } = new(SymbolEqualityComparer.Default);
}
