using System.Reflection;
using Alta.Generators;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Alta.Benchmarks;

/// <summary>The generator's time on each sample program, compiled on its own as an IDE would after an edit.</summary>
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    public static IEnumerable<string> Samples => SampleSources.Names;

    [GlobalSetup]
    public void Setup() => _compilation = SampleSources.Compilation(Sample);

    [Benchmark]
    public int Generate() => SampleSources.Generate(_compilation);
}

/// <summary>The sample programs' source files (embedded in this assembly) and a way to run the generator on one.</summary>
public static class SampleSources
{
    private static readonly Assembly Self = typeof(SampleSources).Assembly;

    /// <summary>The sample files that declare a program (helpers such as Letters.cs are compiled along, not measured).</summary>
    public static IEnumerable<string> Names => Self.GetManifestResourceNames()
        .Where(n => n.StartsWith("samples/", StringComparison.Ordinal) && Text(n).Contains("[AltaProgram", StringComparison.Ordinal))
        .Select(n => n["samples/".Length..^".cs".Length])
        .Order();

    private static string Text(string resource) => new StreamReader(Self.GetManifestResourceStream(resource)!).ReadToEnd();

    public static CSharpCompilation Compilation(string name)
    {
        var trees = Self.GetManifestResourceNames()
            .Where(n => n.StartsWith("samples/", StringComparison.Ordinal))
            .Select(n => (Name: n, Text: Text(n)))
            // The program itself, plus any shared helper file that is not a program.
            .Where(s => s.Name == $"samples/{name}.cs" || !s.Text.Contains("[AltaProgram", StringComparison.Ordinal))
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Latest), path: s.Name));
        return Compilation(trees);
    }

    /// <summary>A library compilation of the given trees against the framework, the attributes and the kernels.</summary>
    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(IndexSet).Assembly.Location)
            .Append(typeof(AltaModel).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>Runs the generator once from scratch; returns the generated text's length.</summary>
    public static int Generate(CSharpCompilation compilation)
    {
        var driver = CSharpGeneratorDriver.Create(new AltaGenerator()).RunGenerators(compilation);
        return driver.GetRunResult().GeneratedTrees.Sum(t => t.Length);
    }
}
