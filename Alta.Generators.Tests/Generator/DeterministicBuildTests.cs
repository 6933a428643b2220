using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Alta.Generators.Tests.Generator;

/// <summary>
/// The generated text is a function of the program alone (issue 12): no measured time, no machine state.
/// Two deterministic builds of the same sources, each with a fresh generator run, give the same bytes.
/// </summary>
public class DeterministicBuildTests
{
    [Fact]
    public void TwoDeterministicBuildsOfTheSameSourcesGiveIdenticalBytes()
    {
        var first = Build();
        var second = Build();
        Assert.True(first.Length > 0);
        Assert.Equal(first, second);
    }

    private static byte[] Build()
    {
        var compilation = GeneratorHarness.Compile(TestSources.Parity)
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true,
                nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return stream.ToArray();
    }
}
