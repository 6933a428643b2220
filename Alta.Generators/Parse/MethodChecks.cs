using System.Linq;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Parse;

/// <summary>Finds the static methods that attributes name (initialisers, providers, predicates) and checks their signatures.</summary>
internal static class MethodChecks
{
    public static IMethodSymbol? Find(INamedTypeSymbol type, string name, System.Func<IMethodSymbol, bool> matches) =>
        type.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault(m => m.IsStatic && !m.IsGenericMethod && matches(m));

    public static bool IsProvider(INamedTypeSymbol type, string name, string returnType) =>
        Find(type, name, m => m.Parameters.Length == 0 && m.ReturnType.ToDisplayString() == returnType) is not null;

    /// <summary>Whether <c>static TReturn name(T0 p0, ...)</c> exists with exactly these types.</summary>
    public static bool Has(INamedTypeSymbol type, string name, ITypeSymbol returnType, params ITypeSymbol[] parameters) =>
        Find(type, name, m => SymbolEqualityComparer.Default.Equals(m.ReturnType, returnType)
            && m.Parameters.Length == parameters.Length
            && m.Parameters.Select(p => p.Type).Zip(parameters, (a, b) => SymbolEqualityComparer.Default.Equals(a, b)).All(x => x)
            && m.Parameters.All(p => p.RefKind == RefKind.None)) is not null;
}
