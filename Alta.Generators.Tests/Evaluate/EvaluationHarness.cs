using System.Diagnostics;
using Alta.Generators.Evaluate;
using Alta.Generators.Spec;
using Alta.Generators.Parse;
using Alta.Generators.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Tests.Evaluate;

/// <summary>Parses and evaluates a program from source text without the rest of the pipeline.</summary>
internal static class EvaluationHarness
{
    public sealed record Outcome(ProgramSpec Model, Evaluation? Evaluation, List<DiagnosticInfo> Diagnostics, double Milliseconds)
    {
        /// <summary>Diagnostics as "ALTA012@7: message" (1-based line).</summary>
        public string[] Findings => Diagnostics
            .Select(d => $"{d.Id}@{d.LineSpan.Start.Line + 1}: {d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToArray();

        public int RulesOf(string variable) => Evaluation!.Rules.Count(r => Model.Variables[r.Variable].Name == variable);
    }

    /// <summary>Evaluates the class named <paramref name="className"/> (or the only [AltaProgram] class) in the sources.</summary>
    public static Outcome Evaluate(string source, string? className = null) => Evaluate([source], className);

    public static Outcome Evaluate(string[] sources, string? className) =>
        Evaluate(GeneratorHarness.Compile(sources.Select(InMemoryProgram.Prefixed).ToArray()), className);

    public static Outcome Evaluate(Compilation compilation, string? className)
    {
        var type = FindProgram(compilation, className);
        var diagnostics = new List<DiagnosticInfo>();
        var model = ProgramParser.Parse(type, compilation, diagnostics, CancellationToken.None);
        Assert.True(model is not null && diagnostics.Count == 0, "the program should parse: " + string.Join("; ", diagnostics.Select(d => d.Id + " " + string.Join(",", d.Arguments))));
        var watch = Stopwatch.StartNew();
        var evaluation = ProgramEvaluator.Evaluate(model!, type, compilation, diagnostics, CancellationToken.None);
        return new Outcome(model!, evaluation, diagnostics, watch.Elapsed.TotalMilliseconds);
    }

    private static INamedTypeSymbol FindProgram(Compilation compilation, string? className)
    {
        var found = new List<INamedTypeSymbol>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var semantic = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
                if (semantic.GetDeclaredSymbol(node) is INamedTypeSymbol symbol
                    && symbol.GetAttributes().Any(a => a.AttributeClass?.Name == "AltaProgramAttribute")
                    && (className is null || symbol.Name == className))
                    found.Add(symbol);
        }
        return (INamedTypeSymbol)Assert.Single(found.Distinct<ISymbol>(SymbolEqualityComparer.Default));
    }
}
