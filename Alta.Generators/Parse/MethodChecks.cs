using System.Linq;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Parse;

/// <summary>Finds the static methods that attributes name (initialisers, providers, predicates) and checks their signatures.</summary>
internal static class MethodChecks
{
    public static IMethodSymbol? Find(INamedTypeSymbol type, string name, System.Func<IMethodSymbol, bool> matches)
    {
        var (owner, simple) = Owner(type, name);
        return owner?.GetMembers(simple).OfType<IMethodSymbol>().FirstOrDefault(m => m.IsStatic && !m.IsGenericMethod && matches(m));
    }

    /// <summary>
    /// The class a method name refers to, and the method's own name: the program class for a plain name, or for a
    /// qualified one (<c>global::Ns.Shared.M</c>, see <see cref="AttributeReader.MethodName"/>) that class, found in
    /// the program's assembly (a helper shared by several programs of the same compilation).
    /// </summary>
    public static (INamedTypeSymbol? Owner, string Name) Owner(INamedTypeSymbol type, string name)
    {
        const string Global = "global::";
        if (!name.StartsWith(Global, System.StringComparison.Ordinal)) return (type, name);
        var parts = name.Substring(Global.Length).Split('.');
        INamespaceOrTypeSymbol? scope = type.ContainingAssembly.GlobalNamespace;
        for (int i = 0; i < parts.Length - 1 && scope is not null; i++)
            scope = scope.GetMembers(parts[i]).OfType<INamespaceOrTypeSymbol>().FirstOrDefault();
        return (scope as INamedTypeSymbol, parts[parts.Length - 1]);
    }

    public static bool IsProvider(INamedTypeSymbol type, string name, string returnType) =>
        Find(type, name, m => m.Parameters.Length == 0 && m.ReturnType.ToDisplayString() == returnType) is not null;

    /// <summary>Whether <c>static TReturn name(T0 p0, ...)</c> exists with exactly these types.</summary>
    public static bool Has(INamedTypeSymbol type, string name, ITypeSymbol returnType, params ITypeSymbol[] parameters) =>
        Find(type, name, m => SymbolEqualityComparer.Default.Equals(m.ReturnType, returnType)
            && m.Parameters.Length == parameters.Length
            && m.Parameters.Select(p => p.Type).Zip(parameters, (a, b) => SymbolEqualityComparer.Default.Equals(a, b)).All(x => x)
            && m.Parameters.All(p => p.RefKind == RefKind.None)) is not null;
}
