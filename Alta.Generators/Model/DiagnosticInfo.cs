using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Alta.Generators.Model;

/// <summary>A diagnostic as plain data (no <see cref="Location"/>), so pipeline models stay equatable.</summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, Location? location, params string[] arguments)
    {
        var span = location?.SourceTree is null ? default : location.GetLineSpan();
        return new DiagnosticInfo(
            id,
            location?.SourceTree?.FilePath ?? "",
            location?.SourceSpan ?? default,
            span.Span,
            arguments.ToEquatableArray());
    }

    public static DiagnosticInfo Create(string id, SourceLocation? location, params string[] arguments) =>
        location is null
            ? Create(id, (Location?)null, arguments)
            : new DiagnosticInfo(id, location.FilePath, location.Span, location.LineSpan, arguments.ToEquatableArray());

    public Location ToLocation() =>
        FilePath.Length == 0 && Span.IsEmpty ? Location.None : Location.Create(FilePath, Span, LineSpan);
}
