using Alta.Generators.Compile;
using Alta.Generators.Tests.Generator;

namespace Alta.Generators.Tests.Reliability;

/// <summary>
/// Issue 10, finding 8: the weights step counts the non-zero weights as it builds them and stops at the limit, naming
/// the part that passed it (<see cref="WeightBudget"/>). Sort with <c>Size = 256</c> used to build 8.7 million weights in
/// 17 s before ALTA053; now it stops at the limit. Deterministic: the same source stops at the same place.
/// </summary>
public class WeightBudgetTests
{
    private static string Sample(string file)
    {
        using var stream = typeof(WeightBudgetTests).Assembly.GetManifestResourceStream("programs/samples/" + file)!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public void SortWithSize256StopsAtTheLimitNamingThePart()
    {
        var letters = Sample("Letters.cs").Replace("public const int MaxLength = 32;", "public const int MaxLength = 256;");
        Assert.Contains("MaxLength = 256", letters);
        var result = GeneratorHarness.Run(Sample("Sort.cs"), letters);
        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id.StartsWith("ALTA", StringComparison.Ordinal) && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal("ALTA053", diagnostic.Id);
        string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"compiles to more than {ModelCompiler.MaxNonZeros} non-zero weights", message);
        Assert.Contains("reached while building ", message);
        Assert.Empty(result.CompilationErrors);
    }

    [Fact]
    public void BudgetStopsTheFirstPartThatPassesIt()
    {
        var budget = new WeightBudget("P", 10) { Part = "head 'X'" };
        budget.Spend(10);
        budget.Part = "the rule units of 'Y'";
        var failure = Assert.Throws<ModelCompilationException>(() => budget.Spend(1)).Failure;
        Assert.Equal("ALTA053", failure.Descriptor.Id);
        Assert.Equal(["P", "more than 10", "10", "the rule units of 'Y'"], failure.Arguments.ToArray());
    }
}
