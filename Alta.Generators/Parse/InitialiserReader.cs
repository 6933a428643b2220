using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Parse;

/// <summary>Reads where a variable starts: <c>[FromToken]</c>, <c>[FromPosition]</c>, a constant initialiser, or the default.</summary>
internal static class InitialiserReader
{
    public static Initialiser? Read(IFieldSymbol field, ITypeSymbol type, ValueType valueType, RangeReader.Result range,
        Compilation compilation, int maxLength, List<DiagnosticInfo> diagnostics)
    {
        var intType = compilation.GetSpecialType(SpecialType.System_Int32);
        var location = field.Locations.FirstOrDefault();
        if (AttributeReader.Find(field, "FromTokenAttribute") is { } token)
            return FromInput(field, type, valueType, token, InitKind.Token, "FromToken", "token", compilation, diagnostics);
        if (AttributeReader.Find(field, "FromPositionAttribute") is { } position)
        {
            if (maxLength <= 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.PositionWithoutMaxLength, location, field.Name));
                return null;
            }
            return FromInput(field, type, valueType, position, InitKind.Position, "FromPosition", "position", compilation, diagnostics);
        }
        if (FieldInitialiser(field) is not { } initialiser) return Initialiser.Default;

        var semantic = compilation.GetSemanticModel(initialiser.SyntaxTree);
        var constant = semantic.GetConstantValue(initialiser.Value);
        if (!constant.HasValue || constant.Value is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.NonConstantInitialiser, initialiser.Value.GetLocation(), field.Name));
            return null;
        }
        double value = constant.Value is bool b ? (b ? 1 : 0) : System.Convert.ToDouble(constant.Value);
        if (valueType is ValueType.Int or ValueType.Enum && (value < 0 || value >= range.Range))
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadInitialValue, initialiser.Value.GetLocation(), field.Name,
                $"starts as {value}, outside its range 0..{range.Range - 1}"));
            return null;
        }
        return new Initialiser(InitKind.Constant, null, value);
    }

    public static EqualsValueClauseSyntax? FieldInitialiser(IFieldSymbol field) =>
        field.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>()
            .Select(d => d.Initializer).FirstOrDefault(i => i is not null);

    private static Initialiser? FromInput(IFieldSymbol field, ITypeSymbol type, ValueType valueType, AttributeReader attribute,
        InitKind kind, string attributeName, string parameter, Compilation compilation, List<DiagnosticInfo> diagnostics)
    {
        var intType = compilation.GetSpecialType(SpecialType.System_Int32);
        var method = attribute.ConstructorMethodName(compilation);
        if (method is null)
        {
            if (valueType is ValueType.Bool or ValueType.IndexSet)
            {
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadInitialValue, attribute.Location, field.Name,
                    $"is a {type.ToDisplayString()}, so it cannot start as the {parameter} itself; name a method: [{attributeName}(nameof(F))]"));
                return null;
            }
            return new Initialiser(kind, null, 0);
        }
        if (!MethodChecks.Has(field.ContainingType, method, type, intType))
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadMethod, attribute.ConstructorLocation(), $"[{attributeName}] on '{field.Name}'", method,
                field.ContainingType.Name, $"static {type.ToDisplayString()} {method}(int {parameter})"));
            return null;
        }
        return new Initialiser(kind, method, 0);
    }
}
