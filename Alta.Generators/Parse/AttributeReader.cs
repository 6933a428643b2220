using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alta.Generators.Parse;

/// <summary>Reads attribute arguments and finds the source location of each, so diagnostics point at the argument.</summary>
internal sealed class AttributeReader
{
    private readonly AttributeData _data;

    private AttributeReader(AttributeData data) => _data = data;

    public static AttributeReader? Find(ISymbol symbol, string name)
    {
        var data = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "Alta." + name);
        return data is null ? null : new AttributeReader(data);
    }

    public Location? Location => _data.ApplicationSyntaxReference?.GetSyntax().GetLocation();

    public TypedConstant? Named(string name)
    {
        foreach (var argument in _data.NamedArguments)
            if (argument.Key == name) return argument.Value;
        return null;
    }

    public string? String(string name) => Named(name)?.Value as string;

    public int Int(string name, int fallback) => Named(name)?.Value is int value ? value : fallback;

    public ImmutableArray<TypedConstant> Constructor => _data.ConstructorArguments;

    /// <summary>The location of a named argument (<c>Output = nameof(X)</c>), or of the attribute.</summary>
    public Location? LocationOf(string name)
    {
        if (_data.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list })
            foreach (var argument in list.Arguments)
                if (argument.NameEquals?.Name.Identifier.ValueText == name) return argument.Expression.GetLocation();
        return Location;
    }

    /// <summary>
    /// A method name a named argument gives (<c>CentresFrom = nameof(M)</c>). For <c>nameof(Shared.M)</c>, a static
    /// method of another class of the compilation, it is that method's qualified name (<c>global::Ns.Shared.M</c>),
    /// which <see cref="MethodChecks"/> resolves and the generated code can call from anywhere.
    /// </summary>
    public string? MethodName(string name, Compilation compilation) => Qualify(String(name), ArgumentExpression(name), compilation);

    /// <summary><see cref="MethodName"/> for the first constructor argument (<c>[FromToken(nameof(F))]</c>).</summary>
    public string? ConstructorMethodName(Compilation compilation) =>
        Qualify(Constructor.Length > 0 ? Constructor[0].Value as string : null, ConstructorExpression(), compilation);

    private static string? Qualify(string? value, ExpressionSyntax? expression, Compilation compilation)
    {
        if (value is null || expression is not InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf
            || nameOf.ArgumentList.Arguments.Count != 1 || nameOf.ArgumentList.Arguments[0].Expression is not MemberAccessExpressionSyntax access)
            return value;
        var info = compilation.GetSemanticModel(access.SyntaxTree).GetSymbolInfo(access);
        var method = info.Symbol as IMethodSymbol ?? info.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault(m => m.IsStatic);
        return method is { IsStatic: true, ContainingType: { IsGenericType: false, DeclaringSyntaxReferences.Length: > 0 } owner }
            ? owner.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + value
            : value;
    }

    private ExpressionSyntax? ArgumentExpression(string name)
    {
        if (_data.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list })
            foreach (var argument in list.Arguments)
                if (argument.NameEquals?.Name.Identifier.ValueText == name) return argument.Expression;
        return null;
    }

    private ExpressionSyntax? ConstructorExpression()
    {
        if (_data.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list })
            foreach (var argument in list.Arguments)
                if (argument.NameEquals is null) return argument.Expression;
        return null;
    }

    /// <summary>The location of the first constructor argument, or of the attribute.</summary>
    public Location? ConstructorLocation()
    {
        if (_data.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list })
            foreach (var argument in list.Arguments)
                if (argument.NameEquals is null) return argument.Expression.GetLocation();
        return Location;
    }
}
