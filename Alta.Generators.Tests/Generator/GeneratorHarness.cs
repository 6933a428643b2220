using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Alta.Generators.Tests.Generator;

/// <summary>Compiles source text, runs the ALTA generator on it with CSharpGeneratorDriver, and returns what came out.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Append(typeof(IndexSet).Assembly.Location)
            .Append(typeof(AltaResult<>).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    });

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "AltaTest",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"Program{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new AltaGenerator().AsSourceGenerator()],
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns its diagnostics and the diagnostics of the compilation with the generated code.</summary>
    public static Result Run(params string[] sources)
    {
        var compilation = Compile(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        return new Result(
            generatorDiagnostics.AddRange(run.Diagnostics).Distinct().ToImmutableArray(),
            output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray(),
            run.GeneratedTrees.Select(t => t.ToString()).ToImmutableArray(),
            output);
    }

    public sealed record Result(
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        ImmutableArray<Diagnostic> CompilationErrors,
        ImmutableArray<string> GeneratedSources,
        Compilation Output)
    {
        /// <summary>The ALTA diagnostics as "ALTA003@7: message" (1-based line), sorted by position.</summary>
        public string[] Alta => GeneratorDiagnostics
            .Where(d => d.Id.StartsWith("ALTA", StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToArray();
    }
}
