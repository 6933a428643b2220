using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Alta.Generators.Spec;

/// <summary>Where something is declared, as plain data, so later stages can point their diagnostics at it.</summary>
internal sealed record SourceLocation(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>No place in source (a diagnostic there has <see cref="Location.None"/>).</summary>
    public static SourceLocation None { get; } = new("", default, default);

    public static SourceLocation? From(Location? location) =>
        location?.SourceTree is null ? null : new(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);

    public static SourceLocation? Of(ISymbol symbol) => From(symbol.Locations.FirstOrDefault());

    /// <summary>
    /// The location in <paramref name="treeOf"/>'s tree for the path when there is one that still holds the span
    /// (suppressions such as <c>#pragma warning disable</c> apply only there), else a location by path and span.
    /// </summary>
    public Location ToLocation(System.Func<string, SyntaxTree?>? treeOf = null)
    {
        if (FilePath.Length == 0 && Span.IsEmpty) return Location.None;
        return treeOf?.Invoke(FilePath) is { } tree && Span.End <= tree.Length
            ? Location.Create(tree, Span)
            : Location.Create(FilePath, Span, LineSpan);
    }
}
