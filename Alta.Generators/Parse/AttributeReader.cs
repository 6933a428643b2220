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

    /// <summary>The location of the first constructor argument, or of the attribute.</summary>
    public Location? ConstructorLocation()
    {
        if (_data.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list })
            foreach (var argument in list.Arguments)
                if (argument.NameEquals is null) return argument.Expression.GetLocation();
        return Location;
    }
}
