using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Tests.Generator;

/// <summary>
/// ALTA warnings obey the user's suppressions like any compiler warning: <c>#pragma warning disable</c> around the
/// line, and <c>[SuppressMessage]</c> on the member. (Roslyn applies them only to diagnostics located in a syntax
/// tree, which is why the generator places each diagnostic back in its tree.)
/// </summary>
public class SuppressionTests
{
    private const string Program = """
        using Alta;
        [AltaProgram(Vocabulary = 4, Output = nameof(D))]
        public partial class P
        {
            [FromToken] [Categorical(4)] public int A;
            [Categorical(4)] public int D;
            [Numerical(0, 0.5, 1)] public double R;
            ATTRIBUTE
            [Mlp]
            void Step()
            {
        BEFORE
                R = 0.3;
        AFTER
                D = A;
            }
        }
        """;

    private static Diagnostic[] NotACentre(string attribute, string before, string after) =>
        GeneratorHarness.Run(Program.Replace("ATTRIBUTE", attribute).Replace("BEFORE", before).Replace("AFTER", after))
            .GeneratorDiagnostics.Where(d => d.Id == "ALTA048").ToArray();

    [Fact]
    public void WithoutASuppressionTheWarningIsReportedInItsTree()
    {
        var warning = Assert.Single(NotACentre("", "", ""));
        Assert.False(warning.IsSuppressed);
        Assert.Equal(LocationKind.SourceFile, warning.Location.Kind);
        Assert.Equal(12, warning.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void PragmaWarningDisableSuppressesIt() =>
        Assert.All(NotACentre("", "#pragma warning disable ALTA048", "#pragma warning restore ALTA048"), d => Assert.True(d.IsSuppressed));

    [Fact]
    public void PragmaForAnotherIdDoesNot() =>
        Assert.False(Assert.Single(NotACentre("", "#pragma warning disable ALTA047", "#pragma warning restore ALTA047")).IsSuppressed);

    [Fact]
    public void SuppressMessageOnTheMethodSuppressesIt() =>
        Assert.All(NotACentre("[System.Diagnostics.CodeAnalysis.SuppressMessage(\"Alta\", \"ALTA048\")]", "", ""), d => Assert.True(d.IsSuppressed));
}
