using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Alta.Generators.Spec;

/// <summary>
/// A diagnostic as plain data (no <see cref="Location"/>, which holds a syntax tree), so pipeline models stay
/// equatable. It carries its descriptor, as System.Text.Json's generator does: there is no id to mistype.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments)
{
    public string Id => Descriptor.Id;

    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
    {
        var span = location?.SourceTree is null ? default : location.GetLineSpan();
        return new DiagnosticInfo(
            descriptor,
            location?.SourceTree?.FilePath ?? "",
            location?.SourceSpan ?? default,
            span.Span,
            arguments.ToEquatableArray());
    }

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceLocation? location, params string[] arguments) =>
        location is null
            ? Create(descriptor, (Location?)null, arguments)
            : new DiagnosticInfo(descriptor, location.FilePath, location.Span, location.LineSpan, arguments.ToEquatableArray());

    /// <summary>
    /// The location in <paramref name="treeOf"/>'s tree for the path when there is one that still holds the span
    /// (suppressions apply only there), else a location by path and span.
    /// </summary>
    public Location ToLocation(System.Func<string, SyntaxTree?>? treeOf = null)
    {
        if (FilePath.Length == 0 && Span.IsEmpty) return Location.None;
        return treeOf?.Invoke(FilePath) is { } tree && Span.End <= tree.Length
            ? Location.Create(tree, Span)
            : Location.Create(FilePath, Span, LineSpan);
    }

    public Diagnostic ToDiagnostic(System.Func<string, SyntaxTree?>? treeOf = null) =>
        Diagnostic.Create(Descriptor, ToLocation(treeOf), Arguments.Select(a => (object)a).ToArray());
}
