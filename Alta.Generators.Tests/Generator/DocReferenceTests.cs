using System.Text.RegularExpressions;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Tests.Generator;

/// <summary>
/// Every reference from code (comments and messages) to the documentation resolves: the file exists, and a
/// section named as <c>docs/language.md, "What the MLP may contain"</c> is a heading of it. Numbered sections
/// ("section 2") are not allowed, because they silently go stale when the docs are reorganised. Every help link
/// points at an anchor of docs/diagnostics.md. The sources and docs are embedded in the test assembly.
/// </summary>
public class DocReferenceTests
{
    private static readonly Regex Reference = new(@"\b([\w-]+)\.md(?:#[\w-]+)?(?:, \\?""([^""\\]+)\\?"")?");

    [Fact]
    public void EveryDocReferenceInTheSourcesResolves()
    {
        var docs = Resources("docs/").ToDictionary(r => Path.GetFileNameWithoutExtension(r.Name), r => Headings(r.Text));
        var sources = Resources("sources/").ToList();
        Assert.True(sources.Count > 100, $"only {sources.Count} sources are embedded");
        var broken = new List<string>();
        foreach (var (name, text) in sources)
        {
            foreach (Match match in Reference.Matches(text))
            {
                var file = match.Groups[1].Value;
                if (file.StartsWith("AnalyzerReleases", StringComparison.Ordinal)) continue; // the release tracking files, next to the generator
                if (!docs.TryGetValue(file, out var headings)) broken.Add($"{name}: {match.Value} (no such document)");
                else if (match.Groups[2].Success && !headings.Contains(match.Groups[2].Value))
                    broken.Add($"{name}: {match.Value} (no such heading)");
            }
            foreach (Match numbered in Regex.Matches(text, @"\.md,? sections? [0-9]"))
                broken.Add($"{name}: '{numbered.Value}' names a section by number; name it by its heading");
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void EveryHelpLinkHasAnAnchorInTheDiagnosticsDoc()
    {
        var diagnostics = Resources("docs/").Single(r => r.Name == "docs/diagnostics.md").Text;
        foreach (var descriptor in AltaDiagnostics.All)
        {
            Assert.StartsWith(Descriptors.HelpBase + "#", descriptor.HelpLinkUri);
            var anchor = descriptor.HelpLinkUri[(Descriptors.HelpBase.Length + 1)..];
            Assert.Contains($"<a id=\"{anchor}\"></a>", diagnostics);
        }
    }

    /// <summary>A document's headings without the hashes and without a leading number ("4. What the MLP may contain").</summary>
    private static HashSet<string> Headings(string markdown) =>
        markdown.Split('\n')
            .Where(line => line.StartsWith('#'))
            .Select(line => Regex.Replace(line.TrimStart('#').Trim(), @"^[0-9]+\.\s+", ""))
            .ToHashSet();

    private static IEnumerable<(string Name, string Text)> Resources(string prefix)
    {
        var assembly = typeof(DocReferenceTests).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (name, reader.ReadToEnd().Replace("\r\n", "\n"));
        }
    }
}
