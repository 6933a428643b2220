using System.Linq;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Parse;

/// <summary>Maps a C# field type to an ALTA value type (bool, enum, int, double, float, IndexSet), or null.</summary>
internal static class TypeClassifier
{
    public static ValueType? Classify(ITypeSymbol type) => type switch
    {
        { SpecialType: SpecialType.System_Boolean } => ValueType.Bool,
        { SpecialType: SpecialType.System_Int32 } => ValueType.Int,
        { SpecialType: SpecialType.System_Double } => ValueType.Double,
        { SpecialType: SpecialType.System_Single } => ValueType.Float,
        { TypeKind: TypeKind.Enum } => ValueType.Enum,
        _ when type.ToDisplayString() == "Alta.IndexSet" => ValueType.IndexSet,
        _ => null,
    };

    /// <summary>The T of <c>T?</c> for a nullable value type, else null.</summary>
    public static ITypeSymbol? UnderlyingOfNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : null;

    public static string FullName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    public static VariableKind KindOf(ValueType type) => type switch
    {
        ValueType.Bool or ValueType.Int or ValueType.Enum => VariableKind.Categorical,
        ValueType.Double or ValueType.Float => VariableKind.Numerical,
        ValueType.IndexSet => VariableKind.Set,
    };

    /// <summary>Enum member names by value when the members are exactly 0..n-1, else null.</summary>
    public static string[]? EnumNames(ITypeSymbol type)
    {
        var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
        var names = new string[members.Count];
        foreach (var member in members)
        {
            long value = System.Convert.ToInt64(member.ConstantValue);
            if (value < 0 || value >= names.Length || names[value] is not null) return null;
            names[value] = member.Name;
        }
        return names.Length == 0 ? null : names;
    }
}
