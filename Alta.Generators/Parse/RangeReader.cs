using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Parse;

/// <summary>Reads a variable's range: implied (bool, enum), <c>[Categorical]</c>, <c>[Numerical]</c> or <c>[Set]</c>.</summary>
internal static class RangeReader
{
    public sealed record Result(int Range, EquatableArray<double> Centres, string? CentresFrom, string? ValuesFrom, EquatableArray<string> ValueNames);

    private static readonly Result HeadPlaceholder = new(0, EquatableArray<double>.Empty, null, null, EquatableArray<string>.Empty);

    public static Result? Read(IFieldSymbol field, ITypeSymbol type, ValueType valueType, bool isHead, Compilation compilation, List<DiagnosticInfo> diagnostics)
    {
        var location = field.Locations.FirstOrDefault();
        switch (valueType)
        {
            case ValueType.Bool:
                return new Result(2, EquatableArray<double>.Empty, null, null, EquatableArray.Create("false", "true"));
            case ValueType.Enum:
                var names = TypeClassifier.EnumNames(type);
                if (names is null)
                {
                    int count = type.GetMembers().OfType<IFieldSymbol>().Count(f => f.HasConstantValue);
                    diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadEnum, location, type.Name, field.Name, (count - 1).ToString()));
                    return null;
                }
                return new Result(names.Length, EquatableArray<double>.Empty, null, null, names.ToEquatableArray());
            case ValueType.Int:
                if (isHead) return HeadPlaceholder; // a head's range is its value's
                var categorical = AttributeReader.Find(field, "CategoricalAttribute");
                if (categorical is null)
                    return Fail(diagnostics, location, field, "is an int, so it needs [Categorical(range)] giving its values 0 .. range-1");
                int range = categorical.Constructor.Length > 0 && categorical.Constructor[0].Value is int r ? r : 0;
                if (range < 1 || range > 4096)
                    return Fail(diagnostics, categorical.ConstructorLocation(), field, $"has [Categorical({range})]; the range must be between 1 and 4096");
                return new Result(range, EquatableArray<double>.Empty, null, null, EquatableArray<string>.Empty);
            case ValueType.Double or ValueType.Float:
                return ReadNumerical(field, isHead, compilation, diagnostics);
            default:
                return ReadSet(field, compilation, diagnostics);
        }
    }

    private static Result? ReadNumerical(IFieldSymbol field, bool isHead, Compilation compilation, List<DiagnosticInfo> diagnostics)
    {
        var numerical = AttributeReader.Find(field, "NumericalAttribute");
        if (numerical is null)
            return isHead ? HeadPlaceholder
                : Fail(diagnostics, field.Locations.FirstOrDefault(), field, "is numerical, so it needs [Numerical(centres...)] or [Numerical(CentresFrom = nameof(M))]");
        var from = numerical.MethodName("CentresFrom", compilation);
        var centres = numerical.Constructor.Length > 0 && !numerical.Constructor[0].IsNull
            ? numerical.Constructor[0].Values.Select(v => System.Convert.ToDouble(v.Value)).ToArray()
            : new double[0];
        if (from is not null)
        {
            if (centres.Length > 0)
                return Fail(diagnostics, numerical.Location, field, "gives both literal centres and CentresFrom; keep one");
            if (!MethodChecks.IsProvider(field.ContainingType, from, "double[]"))
            {
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadMethod, numerical.LocationOf("CentresFrom"), "CentresFrom", from, field.ContainingType.Name, $"static double[] {from}()"));
                return null;
            }
            return new Result(0, EquatableArray<double>.Empty, from, null, EquatableArray<string>.Empty);
        }
        if (centres.Length == 0)
            return Fail(diagnostics, numerical.Location, field, "has [Numerical] without centres; list them ascending or use CentresFrom");
        for (int i = 0; i < centres.Length; i++)
        {
            if (double.IsNaN(centres[i]) || double.IsInfinity(centres[i]))
                return Fail(diagnostics, numerical.Location, field, "has a bucket centre that is not a finite number");
            if (i > 0 && centres[i] <= centres[i - 1])
                return Fail(diagnostics, numerical.Location, field, $"has bucket centres that are not strictly ascending ({centres[i - 1]} then {centres[i]})");
        }
        return new Result(centres.Length, centres.ToEquatableArray(), null, null, EquatableArray<string>.Empty);
    }

    private static Result? ReadSet(IFieldSymbol field, Compilation compilation, List<DiagnosticInfo> diagnostics)
    {
        var set = AttributeReader.Find(field, "SetAttribute");
        if (set is null)
            return Fail(diagnostics, field.Locations.FirstOrDefault(), field, "is an IndexSet, so it needs [Set(range, ValuesFrom = nameof(M))]");
        int range = set.Constructor.Length > 0 && set.Constructor[0].Value is int r ? r : 0;
        if (range < 1 || range > IndexSetCapacity)
            return Fail(diagnostics, set.ConstructorLocation(), field, $"has [Set({range})]; the range must be between 1 and {IndexSetCapacity}");
        var from = set.MethodName("ValuesFrom", compilation);
        if (from is null)
            return Fail(diagnostics, set.Location, field, "needs ValuesFrom = nameof(M), a static IndexSet[] M() listing every set it may hold");
        if (!MethodChecks.IsProvider(field.ContainingType, from, "Alta.IndexSet[]"))
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadMethod, set.LocationOf("ValuesFrom"), "ValuesFrom", from, field.ContainingType.Name, $"static IndexSet[] {from}()"));
            return null;
        }
        return new Result(range, EquatableArray<double>.Empty, null, from, EquatableArray<string>.Empty);
    }

    private const int IndexSetCapacity = 256;

    private static Result? Fail(List<DiagnosticInfo> diagnostics, Location? location, IFieldSymbol field, string problem)
    {
        diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadRange, location, field.Name, problem));
        return null;
    }
}
