using Microsoft.CodeAnalysis;

namespace Alta.Generators.Diagnostics;

/// <summary>How every ALTA descriptor is made: one category, and a help link to its entry in docs/diagnostics.md.</summary>
internal static class Descriptors
{
    /// <summary>Where docs/diagnostics.md is published; each id has an anchor there (<c>#alta001</c>). The one place to
    /// change when the documentation moves.</summary>
    public const string HelpBase = "https://github.com/alta-dotnet/alta/blob/main/docs/diagnostics.md";

    public const string Category = "Alta";

    public static string HelpLink(string id) => HelpBase + "#" + id.ToLowerInvariant();

    public static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    public static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink(id));
}
