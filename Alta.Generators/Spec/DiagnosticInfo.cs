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

    /// <summary>Where it points, placed in its syntax tree when <paramref name="treeOf"/> has it (<see cref="SourceLocation.ToLocation"/>).</summary>
    public Location ToLocation(System.Func<string, SyntaxTree?>? treeOf = null) => new SourceLocation(FilePath, Span, LineSpan).ToLocation(treeOf);

    public Diagnostic ToDiagnostic(System.Func<string, SyntaxTree?>? treeOf = null) =>
        Diagnostic.Create(Descriptor, ToLocation(treeOf), Arguments.Select(a => (object)a).ToArray());
}
