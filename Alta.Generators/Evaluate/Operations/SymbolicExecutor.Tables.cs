using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Evaluate.Diagrams;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>
/// <c>static readonly</c> fields (lookup tables, shared constants that C# cannot make <c>const</c>): evaluated once
/// from their initialisers at build time, like a provider, and read-only from then on. Reading one is exact only
/// if nothing changes it at run time, so the evaluator rejects writes into a table's arrays and types whose
/// static constructor could rewrite it.
/// </summary>
internal sealed partial class SymbolicExecutor
{
    private readonly Dictionary<IFieldSymbol, int> _tables = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IFieldSymbol> _evaluatingTables = new(SymbolEqualityComparer.Default);

    private int StaticTable(IFieldSymbol field, IOperation site)
    {
        if (_tables.TryGetValue(field, out var known)) return known;
        var initializer = MethodBodies.For(_compilation).Initializer(field, _cancellation);
        if (initializer is null)
            throw NotSupported(site, Display(field), "a static readonly field is read at build time from its initialiser, and this one has none in this compilation");
        if (field.ContainingType.StaticConstructors.Any(c => !c.IsImplicitlyDeclared))
            throw NotSupported(site, Display(field), "its type has a static constructor, which could change the field after its initialiser; initialise it in its declaration only");
        if (!_evaluatingTables.Add(field))
            throw NotSupported(site, Display(field), "its initialiser reads the field itself");
        var (frame, alive, fault, faulted) = (_frame, Alive, Fault, Faulted);
        _frame = new Frame(null, D.False, D.Constant(Value.Null));
        (Alive, Fault, Faulted) = (D.True, D.Constant(Value.Null), D.False);
        int value;
        try
        {
            value = Evaluate(initializer);
            if (Faulted == D.False && D.HasError(value)) Consume(value);
            if (Faulted != D.False)
            {
                // The initialiser reads no variable, so it fails everywhere or nowhere.
                var failure = D.ValueOf(D.Leaves(Fault).First(l => D.ValueOf(l).IsError)).Failure!;
                throw new UnsupportedException(EvaluationDiagnostics.BuildTimeFailure, failure.Location ?? site.Syntax.GetLocation(), field.Name, "its initialiser", failure.Text);
            }
        }
        finally
        {
            (_frame, Alive, Fault, Faulted) = (frame, alive, fault, faulted);
            _evaluatingTables.Remove(field);
        }
        Freeze(value);
        _tables[field] = value;
        return value;
    }
}
