using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Evaluate.Diagrams;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate.Operations;

/// <summary>
/// Arrays with C#'s reference semantics. A C# array is an object that every name for it shares: a helper that
/// fills an array passed as a parameter changes the caller's array, and a second local for it sees the writes.
/// So an array value is a <see cref="ValueKind.Reference"/> to a heap cell, and the cell holds a diagram of the
/// contents (the elements may differ per path). A write updates the contents of every cell the reference may
/// name, on the paths where it names it.
/// </summary>
internal sealed partial class SymbolicExecutor
{
    private readonly List<int> _heap = new();

    /// <summary>The cells of <c>static readonly</c> tables: shared by every run, so a write to one is rejected.</summary>
    private readonly HashSet<int> _readOnly = new();

    /// <summary>A new array holding <paramref name="contents"/> (a diagram of <see cref="ValueKind.Array"/> leaves); errors stay errors.</summary>
    private int Allocate(int contents)
    {
        int cell = _heap.Count;
        _heap.Add(contents);
        var reference = Value.Reference(cell);
        return D.Apply(contents, v => v.IsError ? v : reference);
    }

    /// <summary>What the array <paramref name="reference"/> holds now, per path: its cell's contents (errors and null pass through).</summary>
    private int Contents(int reference)
    {
        int contents = reference;
        foreach (var cell in Cells(reference))
            contents = D.Ite(D.Test(reference, v => v.Kind == ValueKind.Reference && v.Integer == cell), _heap[cell], contents);
        return contents;
    }

    private IEnumerable<int> Cells(int reference) =>
        D.Leaves(reference).Select(D.ValueOf).Where(v => v.Kind == ValueKind.Reference).Select(v => (int)v.Integer).Distinct();

    /// <summary>A value as code outside the executor sees it: arrays become their contents on the paths of <paramref name="assignment"/>.</summary>
    public Value Materialize(Value value, IReadOnlyList<int> assignment)
    {
        if (value.Kind != ValueKind.Reference) return value;
        var contents = D.Evaluate(_heap[(int)value.Integer], assignment);
        return contents.Kind == ValueKind.Array
            ? Value.Array(contents.Elements!.Select(e => Materialize(e, assignment)).ToArray())
            : contents;
    }

    private int CreateArray(IArrayCreationOperation creation)
    {
        if (creation.DimensionSizes.Length != 1)
            throw NotSupported(creation, "multi-dimensional array", "use one-dimensional arrays");
        var elementType = ((IArrayTypeSymbol)creation.Type!).ElementType;
        if (creation.Initializer is { } initializer)
        {
            int array = D.Constant(Value.Array([]));
            foreach (var element in initializer.ElementValues)
            {
                var value = Consume(Evaluate(element));
                array = D.Apply(array, value, static (a, v) => v.IsError ? v : Value.Array([.. a.Elements!, v]));
            }
            return Allocate(array);
        }
        var size = Consume(Evaluate(creation.DimensionSizes[0]));
        var failure = FailureAt(creation, EvaluationDiagnostics.ArraySize, () => creation.Syntax.ToString());
        var zero = Conversions.Default(elementType);
        return Allocate(D.Apply(size, v => v.IsError ? v
            : v.Integer < 0 || v.Integer > 65536 ? Value.Error(failure)
            : Value.Array(Enumerable.Repeat(zero, (int)v.Integer).ToArray())));
    }

    private int ReadElement(IArrayElementReferenceOperation element)
    {
        if (element.Indices.Length != 1)
            throw NotSupported(element, "multi-dimensional array", "use one-dimensional arrays");
        var array = Contents(Evaluate(element.ArrayReference));
        var index = Evaluate(element.Indices[0]);
        var failure = FailureAt(element, EvaluationDiagnostics.IndexOutOfRange, () => element.Syntax.ToString());
        var isNull = NullArrayFailure(element.ArrayReference);
        return D.Apply(array, index, (a, i) => a.IsError ? a : i.IsError ? i : a.IsNull ? Value.Error(isNull)
            : i.Integer < 0 || i.Integer >= a.Elements!.Length ? Value.Error(failure) : a.Elements[i.Integer]);
    }

    private int ArrayLength(IOperation array) =>
        D.Apply(Contents(Evaluate(array)), v => v.IsError ? v : v.IsNull ? Value.Error(NullArrayFailure(array)) : Value.Int(v.Elements!.Length));

    /// <summary>Stores <paramref name="value"/> into an element of whichever array the reference names on each running path.</summary>
    private int AssignElement(IArrayElementReferenceOperation element, int value)
    {
        if (element.Indices.Length != 1)
            throw NotSupported(element, "multi-dimensional array", "use one-dimensional arrays");
        var reference = Consume(Evaluate(element.ArrayReference));
        var index = Consume(Evaluate(element.Indices[0]));
        var failure = FailureAt(element, EvaluationDiagnostics.IndexOutOfRange, () => element.Syntax.ToString());
        var isNull = NullArrayFailure(element.ArrayReference);
        Consume(D.Apply(D.And(Alive, D.Test(reference, static v => v.IsNull)), v => v.AsBool ? Value.Error(isNull) : Value.Null));
        foreach (var cell in Cells(reference).ToList())
        {
            var where = D.And(Alive, D.Test(reference, v => v.Kind == ValueKind.Reference && v.Integer == cell));
            if (where == D.False) continue;
            if (_readOnly.Contains(cell))
                throw NotSupported(element, element.Syntax.ToString(), "a static readonly table is shared by every position and every run, so it cannot be changed; copy it into a local array first");
            var updated = D.Apply(_heap[cell], index, value, (a, i, v) =>
            {
                if (a.IsError) return a;
                if (i.IsError) return i;
                if (v.IsError) return v;
                if (i.Integer < 0 || i.Integer >= a.Elements!.Length) return Value.Error(failure);
                var copy = (Value[])a.Elements.Clone();
                copy[i.Integer] = v;
                return Value.Array(copy);
            });
            var saved = Alive;
            Alive = where;
            Consume(updated);
            Alive = D.And(saved, D.Not(Faulted));
            _heap[cell] = D.Ite(D.And(where, D.Not(Faulted)), updated, _heap[cell]);
        }
        return value;
    }

    private Failure NullArrayFailure(IOperation array) =>
        FailureAt(array, EvaluationDiagnostics.NullValue, () => array.Syntax.ToString());

    /// <summary>Marks a table and every array inside it as read-only (a jagged table's rows are shared too).</summary>
    private void Freeze(int reference)
    {
        foreach (var cell in Cells(reference).ToList())
        {
            if (!_readOnly.Add(cell)) continue;
            foreach (var leaf in D.Leaves(_heap[cell]))
                if (D.ValueOf(leaf).Elements is { } elements)
                    foreach (var inner in elements.Where(e => e.Kind == ValueKind.Reference))
                        Freeze(D.Constant(inner));
        }
    }
}
