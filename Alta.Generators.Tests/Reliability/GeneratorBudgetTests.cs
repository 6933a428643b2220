using Alta.Generators.Diagnostics;
using Alta.Generators.Tests.Generator;

namespace Alta.Generators.Tests.Reliability;

/// <summary>Issue 10, finding 8: no program may keep the generator past its budget; past it, ALTA054 says what to
/// blame and the class still compiles (with members that throw).</summary>
public class GeneratorBudgetTests
{
    [Fact]
    public void OverBudgetIsAnErrorNamingTheStageAndTheSize()
    {
        // A budget of zero (spent at once, with no timer to wait for), for this class only (other tests run the generator in parallel).
        var source = TestSources.Parity.Replace("public partial class P", "public partial class BudgetedParity");
        GeneratorBudget.TestBudget = name => name == "BudgetedParity" ? TimeSpan.Zero : null;
        try
        {
            var result = GeneratorHarness.Run(source);
            var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id.StartsWith("ALTA", StringComparison.Ordinal));
            Assert.Equal("ALTA054", diagnostic.Id);
            Assert.Contains($"took more than {GeneratorBudget.Total.TotalSeconds:0} s to compile and was stopped while", diagnostic.GetMessage());
            Assert.Empty(result.CompilationErrors);
        }
        finally
        {
            GeneratorBudget.TestBudget = null;
        }
    }

    [Fact]
    public void HostCancellationIsHonouredAndReportsNothing()
    {
        var compilation = GeneratorHarness.Compile(TestSources.Parity);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out _, cancelled.Token));
    }
}
