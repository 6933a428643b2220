using Alta.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Tests.Generator;

/// <summary>Each id has one descriptor, a title, and an entry in docs/diagnostics.md.</summary>
public class DiagnosticCatalogTests
{
    private static string Docs()
    {
        using var stream = typeof(DiagnosticCatalogTests).Assembly.GetManifestResourceStream("docs/diagnostics.md")!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public void EveryIdIsDocumentedWithAnExample()
    {
        var docs = Docs();
        foreach (var descriptor in AltaDiagnostics.All)
        {
            var heading = $"### {descriptor.Id}: {descriptor.Title}";
            Assert.Contains(heading, docs);
            var section = docs[docs.IndexOf(heading, StringComparison.Ordinal)..];
            var next = section.IndexOf("\n### ", 4, StringComparison.Ordinal);
            if (next > 0) section = section[..next];
            if (descriptor.Id != "ALTA999") Assert.Contains("```csharp", section);
        }
    }

    [Fact]
    public void IdsAreUniqueAndWellFormed()
    {
        var ids = AltaDiagnostics.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^ALTA[0-9]{3}$", id));
        Assert.All(AltaDiagnostics.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString())));
    }

    [Fact]
    public void StructuralFindingsAreErrors() =>
        Assert.All(StructuralDiagnostics.All, d => Assert.Equal(DiagnosticSeverity.Error, d.DefaultSeverity));
}
