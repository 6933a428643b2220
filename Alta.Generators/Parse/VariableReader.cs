using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Parse;

/// <summary>Reads every instance field as a variable (its kind, range and initialiser) and rejects other state.</summary>
internal static class VariableReader
{
    public static List<ParsedVariable> Read(INamedTypeSymbol type, Compilation compilation, int maxLength, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var variables = new List<ParsedVariable>();
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case IFieldSymbol { IsConst: true } or IFieldSymbol { IsImplicitlyDeclared: true }:
                    break;
                case IFieldSymbol { IsStatic: true } field:
                    if (!field.IsReadOnly)
                        diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.NotAVariable, field.Locations.FirstOrDefault(), field.Name, "a static mutable field"));
                    break;
                case IFieldSymbol { IsReadOnly: true } field:
                    diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.NotAVariable, field.Locations.FirstOrDefault(), field.Name, "a readonly instance field"));
                    break;
                case IFieldSymbol field:
                    var variable = ReadField(field, compilation, maxLength, diagnostics);
                    if (variable is not null) variables.Add(new ParsedVariable(variable, field));
                    break;
                case IPropertySymbol property when IsAutoProperty(type, property):
                    diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.NotAVariable, property.Locations.FirstOrDefault(), property.Name,
                        property.IsStatic ? "a static auto-property" : "an auto-property"));
                    break;
            }
        }
        return variables;
    }

    public static int IndexOf(IReadOnlyList<ParsedVariable> variables, string name)
    {
        for (int i = 0; i < variables.Count; i++)
            if (variables[i].Variable.Name == name) return i;
        return -1;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is state of the class that <see cref="Read"/> rejected (an instance field
    /// without a valid type, range or provider, a readonly field, an auto-property): its error is at its
    /// declaration, so a name that refers to it must not add "not a variable" as well.
    /// </summary>
    public static bool WasRejected(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).Any(m => m is IFieldSymbol { IsStatic: false, IsConst: false } || m is IPropertySymbol property && IsAutoProperty(type, property));

    private static bool IsAutoProperty(INamedTypeSymbol type, IPropertySymbol property) =>
        type.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    private static Variable? ReadField(IFieldSymbol field, Compilation compilation, int maxLength, List<DiagnosticInfo> diagnostics)
    {
        var location = field.Locations.FirstOrDefault();
        bool isHead = AttributeReader.Find(field, "AttendAttribute") is not null;
        var valueType = isHead ? TypeClassifier.UnderlyingOfNullable(field.Type) : field.Type;
        var classified = valueType is null ? null : TypeClassifier.Classify(valueType);
        if (isHead && classified is null)
        {
            // The head's type is checked against its value by HeadReader, which explains what it should be.
            return new Variable(field.Name, VariableKind.Categorical, ValueType.Int, TypeClassifier.FullName(field.Type), 0,
                EquatableArray<double>.Empty, null, null, EquatableArray<string>.Empty, Initialiser.Default, IsHead: true);
        }
        if (classified is not { } kindOfValue)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.UnsupportedType, location, field.Name, field.Type.ToDisplayString()));
            return null;
        }

        var range = RangeReader.Read(field, valueType!, kindOfValue, isHead, compilation, diagnostics);
        if (range is null) return null;
        var init = isHead
            ? HeadInitialiser(field, compilation, diagnostics)
            : InitialiserReader.Read(field, valueType!, kindOfValue, range, compilation, maxLength, diagnostics);
        return new Variable(field.Name, TypeClassifier.KindOf(kindOfValue), kindOfValue, TypeClassifier.FullName(valueType!),
            range.Range, range.Centres, range.CentresFrom, range.ValuesFrom, range.ValueNames, init ?? Initialiser.Default, isHead);
    }

    private static Initialiser HeadInitialiser(IFieldSymbol field, Compilation compilation, List<DiagnosticInfo> diagnostics)
    {
        bool initialised = AttributeReader.Find(field, "FromTokenAttribute") is not null
            || AttributeReader.Find(field, "FromPositionAttribute") is not null
            || InitialiserReader.FieldInitialiser(field) is not null;
        if (initialised)
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadHead, field.Locations.FirstOrDefault(), field.Name,
                "has an initial value, but head outputs are computed by attention and start null"));
        return Initialiser.Default;
    }
}
