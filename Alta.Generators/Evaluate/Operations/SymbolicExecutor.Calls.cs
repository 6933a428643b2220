using System;
using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate.Operations;

internal sealed partial class SymbolicExecutor
{
    private static readonly string[] MathMethods = ["Abs", "Min", "Max", "Clamp", "Round", "Floor", "Ceiling", "Sign"];

    private int Invoke(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type?.ToDisplayString() == "System.Math" && MathMethods.Contains(method.Name))
            return MathCall(invocation);
        if (ScalarTypes.Of(type) == ScalarType.IndexSet && !ScalarTypes.IsNullable(type))
            return SetCall(invocation);
        if (ScalarTypes.IsNullable(type) && method.Name == "GetValueOrDefault")
        {
            var nullable = Evaluate(invocation.Instance!);
            var fallback = invocation.Arguments.Length == 1
                ? Evaluate(invocation.Arguments[0].Value)
                : D.Constant(Conversions.Default(invocation.Type));
            return D.Apply(nullable, fallback, static (v, f) => v.IsNull ? f : v);
        }
        if (SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, _programType.OriginalDefinition))
        {
            if (invocation.Instance is not null and not IInstanceReferenceOperation)
                throw NotSupported(invocation, Display(method), "only this instance's methods can be called");
            var arguments = new List<int>();
            foreach (var argument in invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
                arguments.Add(Consume(Evaluate(argument.Value)));
            return Call(method, arguments, invocation);
        }
        throw NotSupported(invocation, Display(method),
            "only the class's own methods, Math.Abs/Min/Max/Clamp/Round/Floor/Ceiling/Sign, IndexSet and Nullable members can be called");
    }

    private int MathCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var arguments = invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => Evaluate(a.Value)).ToArray();
        var type = ScalarTypes.Of(invocation.Type);
        var argumentType = ScalarTypes.Of(method.Parameters[0].Type);
        var failure = FailureAt(invocation, EvaluationDiagnostics.MathFailure, () => invocation.Syntax.ToString());
        switch (method.Name)
        {
            case "Abs":
                return D.Apply(arguments[0], v => v.IsError ? v
                    : argumentType.IsReal() ? Arithmetic.Round(Math.Abs(v.Number), argumentType)
                    : v.Integer == (argumentType == ScalarType.Int64 ? long.MinValue : int.MinValue) && argumentType is ScalarType.Int32 or ScalarType.Int64 ? Value.Error(failure)
                    : Value.Int(Math.Abs(v.Integer)));
            case "Sign":
                return D.Apply(arguments[0], v => v.IsError ? v
                    : argumentType.IsReal() ? (double.IsNaN(v.Number) ? Value.Error(failure) : Value.Int(Math.Sign(v.Number)))
                    : Value.Int(Math.Sign(v.Integer)));
            case "Min":
            case "Max":
                bool min = method.Name == "Min";
                return D.Apply(arguments[0], arguments[1], (a, b) => a.IsError ? a : b.IsError ? b
                    : argumentType.IsReal() ? Arithmetic.Round(min ? Math.Min(a.Number, b.Number) : Math.Max(a.Number, b.Number), argumentType)
                    : Value.Int(min ? Math.Min(a.Integer, b.Integer) : Math.Max(a.Integer, b.Integer)));
            case "Clamp":
                return D.Apply(arguments[0], arguments[1], arguments[2], (v, lo, hi) =>
                    v.IsError ? v : lo.IsError ? lo : hi.IsError ? hi
                    : argumentType.IsReal()
                        ? lo.Number > hi.Number ? Value.Error(failure) : Arithmetic.Round(Math.Min(Math.Max(v.Number, lo.Number), hi.Number), argumentType)
                        : lo.Integer > hi.Integer ? Value.Error(failure) : Value.Int(Math.Min(Math.Max(v.Integer, lo.Integer), hi.Integer)));
            case "Floor":
            case "Ceiling":
                bool floor = method.Name == "Floor";
                return D.Apply(arguments[0], v => v.IsError ? v : Arithmetic.Round(floor ? Math.Floor(v.Number) : Math.Ceiling(v.Number), type));
            default: // Round
                return Round(invocation, arguments, type);
        }
    }

    private int Round(IInvocationOperation invocation, int[] arguments, ScalarType type)
    {
        var parameters = invocation.TargetMethod.Parameters;
        if (parameters.Any(p => p.Type.SpecialType == SpecialType.System_Decimal))
            throw NotSupported(invocation, "Math.Round(decimal)", "decimal is not a build-time type");
        int digits = -1, mode = -1;
        for (int i = 1; i < parameters.Length; i++)
        {
            if (parameters[i].Type.TypeKind == TypeKind.Enum) mode = i;
            else digits = i;
        }
        var digitsValue = digits < 0 ? D.Constant(Value.Int(0)) : arguments[digits];
        var modeValue = mode < 0 ? D.Constant(Value.Int((int)MidpointRounding.ToEven)) : arguments[mode];
        return D.Apply(arguments[0], digitsValue, modeValue, (v, d, m) =>
            v.IsError ? v : d.IsError ? d : m.IsError ? m
            : Arithmetic.Round(Math.Round(v.Number, (int)Math.Max(0, Math.Min(15, d.Integer)), (MidpointRounding)m.Integer), type));
    }

    private int SetCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var arguments = invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => Evaluate(a.Value)).ToArray();
        var failure = FailureAt(invocation, EvaluationDiagnostics.SetElementOutOfRange, () => invocation.Syntax.ToString());
        int instance = invocation.Instance is null ? D.Constant(Value.Null) : Evaluate(invocation.Instance);
        switch (method.Name)
        {
            case "Of":
                return D.Apply(arguments[0], v =>
                {
                    if (v.IsError) return v;
                    IndexSet set = default;
                    foreach (var e in v.Elements!)
                    {
                        if (!IsElement(e.Integer)) return Value.Error(failure);
                        set = set.Add((int)e.Integer);
                    }
                    return Value.OfSet(set);
                });
            case "Range":
                return D.Apply(arguments[0], arguments[1], (start, count) =>
                {
                    if (start.IsError) return start;
                    if (count.IsError) return count;
                    if (count.Integer < 0 || count.Integer > IndexSet.Capacity) return Value.Error(failure);
                    IndexSet set = default;
                    for (long i = 0; i < count.Integer; i++)
                    {
                        if (!IsElement(start.Integer + i)) return Value.Error(failure);
                        set = set.Add((int)(start.Integer + i));
                    }
                    return Value.OfSet(set);
                });
            case "Contains":
                return D.Apply(instance, arguments[0], static (s, e) => s.IsError ? s : e.IsError ? e : Value.Bool(IsElement(e.Integer) && s.Set.Contains((int)e.Integer)));
            case "Add":
            case "Remove":
                bool add = method.Name == "Add";
                return D.Apply(instance, arguments[0], (s, e) =>
                    s.IsError ? s : e.IsError ? e
                    : !IsElement(e.Integer) ? Value.Error(failure) // IndexSet throws outside 0..255
                    : Value.OfSet(add ? s.Set.Add((int)e.Integer) : s.Set.Remove((int)e.Integer)));
            case "Union":
            case "Intersect":
                bool union = method.Name == "Union";
                return D.Apply(instance, arguments[0], (a, b) =>
                    a.IsError ? a : b.IsError ? b : Value.OfSet(union ? a.Set.Union(b.Set) : a.Set.Intersect(b.Set)));
            case "Equals" when arguments.Length == 1 && ScalarTypes.Of(method.Parameters[0].Type) == ScalarType.IndexSet:
                return D.Apply(instance, arguments[0], static (a, b) => a.IsError ? a : b.IsError ? b : Value.Bool(a.Set.Equals(b.Set)));
            case "Elements":
                return D.Apply(instance, static s => s.IsError ? s : Value.Array(s.Set.Elements().Select(e => Value.Int(e)).ToArray()));
            default:
                throw NotSupported(invocation, Display(method), "IndexSet supports Of, Range, Empty, Contains, Add, Remove, Union, Intersect, Count, IsEmpty and Elements");
        }
    }

    private int Property(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        var type = property.ContainingType;
        if (ScalarTypes.IsNullable(type))
        {
            var nullable = Evaluate(reference.Instance!);
            if (property.Name == "HasValue") return D.Apply(nullable, static v => v.IsError ? v : Value.Bool(!v.IsNull));
            if (property.Name == "Value")
            {
                var failure = NullValueFailure(reference.Instance!, reference);
                return D.Apply(nullable, v => v.IsNull ? Value.Error(failure) : v);
            }
        }
        if (ScalarTypes.Of(type) == ScalarType.IndexSet)
        {
            switch (property.Name)
            {
                case "Empty": return D.Constant(Value.OfSet(default));
                case "Count": return D.Apply(Evaluate(reference.Instance!), static s => s.IsError ? s : Value.Int(s.Set.Count));
                case "IsEmpty": return D.Apply(Evaluate(reference.Instance!), static s => s.IsError ? s : Value.Bool(s.Set.IsEmpty));
            }
        }
        if (SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, _programType.OriginalDefinition) && property.GetMethod is { } getter
            && reference.Arguments.IsEmpty && reference.Instance is null or IInstanceReferenceOperation)
            return Call(getter, [], reference); // the class's own computed property, inlined like a method
        if (reference.Instance is { Type: IArrayTypeSymbol } array && property.Name is "Length")
            return D.Apply(Evaluate(array), static a => a.IsError ? a : Value.Int(a.Elements!.Length));
        throw NotSupported(reference, Display(property), "only HasValue and Value of nullables, IndexSet.Count/IsEmpty/Empty and array Length are supported");
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
            return array;
        }
        var size = Consume(Evaluate(creation.DimensionSizes[0]));
        var failure = FailureAt(creation, EvaluationDiagnostics.ArraySize, () => creation.Syntax.ToString());
        var zero = Conversions.Default(elementType);
        return D.Apply(size, v => v.IsError ? v
            : v.Integer < 0 || v.Integer > 65536 ? Value.Error(failure)
            : Value.Array(Enumerable.Repeat(zero, (int)v.Integer).ToArray()));
    }

    private int ReadElement(IArrayElementReferenceOperation element)
    {
        if (element.Indices.Length != 1)
            throw NotSupported(element, "multi-dimensional array", "use one-dimensional arrays");
        var array = Evaluate(element.ArrayReference);
        var index = Evaluate(element.Indices[0]);
        var failure = FailureAt(element, EvaluationDiagnostics.IndexOutOfRange, () => element.Syntax.ToString());
        return D.Apply(array, index, (a, i) => a.IsError ? a : i.IsError ? i
            : i.Integer < 0 || i.Integer >= a.Elements!.Length ? Value.Error(failure) : a.Elements[i.Integer]);
    }

    private int AssignElement(IArrayElementReferenceOperation element, int value)
    {
        if (element.Indices.Length != 1 || element.ArrayReference is not ILocalReferenceOperation local)
            throw NotSupported(element, element.Syntax.ToString(), "only elements of a local array can be assigned");
        var array = Evaluate(element.ArrayReference);
        var index = Consume(Evaluate(element.Indices[0]));
        var failure = FailureAt(element, EvaluationDiagnostics.IndexOutOfRange, () => element.Syntax.ToString());
        var updated = Consume(D.Apply(array, index, value, (a, i, v) =>
        {
            if (a.IsError) return a;
            if (i.IsError) return i;
            if (v.IsError) return v;
            if (i.Integer < 0 || i.Integer >= a.Elements!.Length) return Value.Error(failure);
            var copy = (Value[])a.Elements.Clone();
            copy[i.Integer] = v;
            return Value.Array(copy);
        }));
        AssignLocal(local.Local, updated);
        return value;
    }

    /// <summary>Whether an IndexSet may hold the element (its methods throw outside 0..255, which the evaluator reports).</summary>
    private static bool IsElement(long element) => element >= 0 && element < IndexSet.Capacity;
}
