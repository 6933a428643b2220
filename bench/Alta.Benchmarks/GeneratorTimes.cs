using System.Diagnostics;
using System.Globalization;
using Alta.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Alta.Benchmarks;

/// <summary>
/// <c>--generator [name]</c>: the generator's processor time per program (issue 9's "mean at most 200 ms per program,
/// none over 1 s"), for the samples and the natural programs of the tests (embedded from
/// Alta.Generators.Tests/Evaluate/Programs). Each program is compiled on its own and generated from scratch; the
/// figure is the median over five runs, after one run that pays for the JIT. Processor time (the process's, which
/// the generator driver uses on one thread) is read instead of wall-clock time because the machine is shared: it
/// does not count the time other processes hold the cores.
/// </summary>
public static class GeneratorTimes
{
    public static void Run(string? only)
    {
        var programs = SampleSources.Names.Select(n => (Name: n, Compilation: (Func<CSharpCompilation>)(() => SampleSources.Compilation(n))))
            .Concat(NaturalSources.Names.Select(n => (Name: n, Compilation: (Func<CSharpCompilation>)(() => NaturalSources.Compilation(n)))))
            .Where(p => only is null || p.Name.Equals(only, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var times = new List<double>();
        foreach (var (name, make) in programs)
        {
            var compilation = make();
            SampleSources.Generate(compilation);
            var samples = new double[5];
            for (int i = 0; i < samples.Length; i++)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                SampleSources.Generate(compilation);
                samples[i] = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
            }
            Array.Sort(samples);
            times.Add(samples[samples.Length / 2]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generator_cpu {name} ms={times[^1]:F1}"));
        }
        if (times.Count > 0)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generator_cpu programs={times.Count} mean_ms={times.Average():F1} max_ms={times.Max():F1} total_ms={times.Sum():F1}"));
    }
}

/// <summary>The natural programs of the generator tests (sources embedded in this assembly), each compiled on its own.</summary>
public static class NaturalSources
{
    private static readonly System.Reflection.Assembly Self = typeof(NaturalSources).Assembly;
    private const string Prefix = "natural/";

    public static IEnumerable<string> Names => Self.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".cs".Length])
        .Order();

    public static CSharpCompilation Compilation(string name)
    {
        string text = new StreamReader(Self.GetManifestResourceStream($"{Prefix}{name}.cs")!).ReadToEnd();
        // The test project's implicit usings.
        const string usings = "global using System; global using System.Linq; global using System.Collections.Generic; global using Alta;";
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new[] { CSharpSyntaxTree.ParseText(usings, parse, path: "usings.cs"), CSharpSyntaxTree.ParseText(text, parse, path: name + ".cs") };
        return SampleSources.Compilation(trees);
    }
}
