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

    public Location ToLocation() => FilePath.Length == 0 && Span.IsEmpty ? Location.None : Location.Create(FilePath, Span, LineSpan);
}
