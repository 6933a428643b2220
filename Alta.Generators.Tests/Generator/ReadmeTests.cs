using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Alta.Generators.Tests.Generator;

/// <summary>The README's quick start compiles as shown, as a console app's Program.cs, and its comment is what it prints.</summary>
public class ReadmeTests
{
    private static string QuickStart()
    {
        using var stream = typeof(ReadmeTests).Assembly.GetManifestResourceStream("docs/README.md")!;
        var readme = new StreamReader(stream).ReadToEnd();
        int section = readme.IndexOf("## Quick start", StringComparison.Ordinal);
        int start = readme.IndexOf("```csharp", section, StringComparison.Ordinal) + "```csharp".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    [Fact]
    public void QuickStartCompilesAndItsCommentIsWhatItPrints()
    {
        var source = QuickStart();
        Assert.Contains("public partial class ParityRelative", source);
        var result = GeneratorHarness.Run(source);
        Assert.Empty(result.Alta);
        var app = result.Output.WithOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(app.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

        Assert.True(app.Emit(Stream.Null).Success);

        // The sample of the same name is the same program: the comment must be what it prints.
        string line = source.Split('\n').Single(l => l.Contains("Console.WriteLine(result);", StringComparison.Ordinal));
        string comment = line[(line.IndexOf("// ", StringComparison.Ordinal) + 3)..].Trim();
        Assert.Equal(comment, Alta.Samples.ParityRelative.Run([2, 1, 0, 1, 0, 1]).ToString());
    }
}
