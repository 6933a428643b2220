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
        if (SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, _programType.OriginalDefinition) || IsSharedHelper(method))
        {
            if (invocation.Instance is not null and not IInstanceReferenceOperation)
                throw NotSupported(invocation, Display(method), "only this instance's methods can be called");
            var arguments = new List<int>();
            foreach (var argument in invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
                arguments.Add(Consume(Evaluate(argument.Value)));
            return Call(method, arguments, invocation);
        }
        throw NotSupported(invocation, Display(method),
            CallableMethods);
    }

    /// <summary>What the subset lets a method call, for messages.</summary>
    private const string CallableMethods = "only the class's own methods, static methods declared in this compilation, Math.Abs/Min/Max/Clamp/Round/Floor/Ceiling/Sign, IndexSet and Nullable members can be called";

    /// <summary>
    /// A static method declared in source in this compilation (a helper class shared by several programs): it is
    /// inlined like the class's own methods, and its body must stay within the same subset. Instance methods of
    /// other types would need an object, which an ALTA program never has.
    /// </summary>
    private static bool IsSharedHelper(IMethodSymbol method) => method.IsStatic && method.DeclaringSyntaxReferences.Length > 0;

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
                return D.Apply(Contents(arguments[0]), v =>
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
                return Allocate(D.Apply(instance, static s => s.IsError ? s : Value.Array(s.Set.Elements().Select(e => Value.Int(e)).ToArray())));
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
        if (property.GetMethod is { } shared && IsSharedHelper(shared) && reference.Arguments.IsEmpty)
            return Call(shared, [], reference); // a static computed property of a helper class
        if (reference.Instance is { Type: IArrayTypeSymbol } array && property.Name is "Length")
            return ArrayLength(array);
        throw NotSupported(reference, Display(property), "only HasValue and Value of nullables, IndexSet.Count/IsEmpty/Empty and array Length are supported");
    }

    /// <summary>Whether an IndexSet may hold the element (its methods throw outside 0..255, which the evaluator reports).</summary>
    private static bool IsElement(long element) => element >= 0 && element < IndexSet.Capacity;
}
