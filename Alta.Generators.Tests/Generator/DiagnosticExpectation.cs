namespace Alta.Generators.Tests.Generator;

/// <summary>The check behind the diagnostic tests: a source gives exactly the expected ALTA diagnostics
/// (<c>"ALTA001@3: message"</c>), and the generated part adds no compiler error of its own.</summary>
internal static class DiagnosticExpectation
{
    public static void Expect(string source, params string[] expected)
    {
        var result = GeneratorHarness.Run(source);
        Assert.Equal(expected, result.Alta);
        // The generated part never adds compiler errors of its own.
        Assert.DoesNotContain(result.CompilationErrors, d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
    }

    /// <summary>The source with <paramref name="from"/> replaced; the test fails if the source does not contain it.</summary>
    public static string Edit(string source, string from, string to)
    {
        Assert.Contains(from, source);
        return source.Replace(from, to);
    }
}
