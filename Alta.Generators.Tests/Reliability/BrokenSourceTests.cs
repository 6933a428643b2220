using Alta.Generators.Tests.Generator;

namespace Alta.Generators.Tests.Reliability;

/// <summary>
/// Issue 10, findings 6 and 7: a source the generator cannot handle gets an ALTA diagnostic or, where C# itself
/// reports the error, nothing from the generator; never ALTA999 and never an error inside the generated file.
/// </summary>
public class BrokenSourceTests
{
    [Theory]
    [InlineData("static bool BitOf(int token) => token == 1;", "static bool BitOf(int token) { int x = (bool)1.0 - 1; return token == 1; }")]
    [InlineData("[Mlp] void Step() {", "[Mlp] void Step() { for (bool t = 0; t < 3; t++) { } ")]
    [InlineData("Offsets = new[] { -1 })] public bool? ParityLeft;", "Offsets = new[] { -int.MinValue })] public bool? ParityLeft;")]
    [InlineData("Offsets = new[] { -1 })] public bool? ParityLeft;", "Offsets = new[] { -1, ")]
    public void CSharpErrorsGetNoInternalError(string find, string replace)
    {
        var source = TestSources.Parity.Replace(find, replace);
        Assert.NotEqual(TestSources.Parity, source);
        var result = GeneratorHarness.Run(source);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "ALTA999");
        Assert.NotEmpty(GeneratorHarness.Compile(source).GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        InGeneratedFiles(result, 0);
    }

    [Theory]
    [InlineData("public partial class P")]
    [InlineData("public partial class Outer { partial class P")]
    public void FileClassesGetAlta020(string shape)
    {
        var source = shape.Contains("Outer")
            ? TestSources.Parity.Replace("using Alta;", "using Alta; file partial class Outer {") + "}"
            : TestSources.Parity.Replace("public partial class P", "file partial class P");
        var result = GeneratorHarness.Run(source);
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "ALTA020");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "ALTA999");
        Assert.Empty(result.GeneratedSources);
        Assert.Empty(result.CompilationErrors);
    }

    /// <summary>No compile error may lie in a generated file: the user could not fix it.</summary>
    internal static void InGeneratedFiles(GeneratorHarness.Result result, int expected) =>
        Assert.Equal(expected, result.CompilationErrors.Count(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true));
}
