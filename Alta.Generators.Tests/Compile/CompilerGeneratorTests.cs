using Alta.Generators.Tests.Generator;

namespace Alta.Generators.Tests.Compile;

/// <summary>The compile stage inside the real generator pipeline: parse, evaluate, compile, emit.</summary>
public class CompilerGeneratorTests
{
    [Fact]
    public void AValidProgramGetsItsWeightsAndNoDiagnostics()
    {
        var result = GeneratorHarness.Run(TestSources.Parity);
        Assert.Empty(result.Alta);
        Assert.Empty(result.CompilationErrors);
        var source = Assert.Single(result.GeneratedSources);
        Assert.Contains("ModelWidth=9 Heads=2", source);
        Assert.Contains("public static global::Alta.AltaModel Model => __AltaCompiled.Model;", source);
        Assert.Contains("public static global::Alta.AltaResult<bool> Run(", source);
    }

    [Fact]
    public void ANumericalKeyIsACompileError()
    {
        const string source = """
            using Alta;
            [AltaProgram(Vocabulary = 3, Output = nameof(Token))]
            public partial class P
            {
                [FromToken] [Categorical(3)] public int Token;
                [Numerical(0, 1)] public double Level;
                [Attend(Query = nameof(Token), Key = nameof(Level), Value = nameof(Token), Where = nameof(Near))] public int? Match;
                static bool Near(int q, double k) => q == k;
                [Mlp] void Step() { }
            }
            """;
        var result = GeneratorHarness.Run(source);
        // The parser already rejects it at the head's line (ALTA008); the compiler's ALTA051 is the backstop.
        var finding = Assert.Single(result.Alta);
        Assert.Matches("^ALTA0(08|51)@7: Head 'Match'", finding);
        Assert.Empty(result.CompilationErrors);
    }

    [Fact]
    public void ASetQueryWhoseWhereIsNotMembershipIsReported()
    {
        const string source = """
            using Alta;
            [AltaProgram(Vocabulary = 4, Output = nameof(Token))]
            public partial class P
            {
                [FromToken] [Categorical(4)] public int Token;
                [Set(4, ValuesFrom = nameof(Sets))] public IndexSet Allowed;
                [Attend(Query = nameof(Allowed), Key = nameof(Token), Value = nameof(Token), Where = nameof(Outside))] public int? Match;
                static IndexSet[] Sets() => new[] { IndexSet.Empty, IndexSet.Of(1, 2) };
                static bool Outside(IndexSet s, int k) => !s.Contains(k);
                [Mlp] void Step() { }
            }
            """;
        var result = GeneratorHarness.Run(source);
        // The compiler's findings point at the head's declaration.
        var finding = Assert.Single(result.Alta);
        Assert.Equal("ALTA050@7: Head 'Match': a set-valued query can only select the keys that are members of the set; its Where predicate selects key 0 for the set {}", finding);
        Assert.Empty(result.CompilationErrors);
        Assert.Contains("has ALTA errors", Assert.Single(result.GeneratedSources));
    }
}
