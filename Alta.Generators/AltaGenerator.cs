using Alta.Generators.Compile;
using Alta.Generators.Emit;
using Alta.Generators.Parse;
using Microsoft.CodeAnalysis;

namespace Alta.Generators;

/// <summary>
/// The ALTA compiler as an incremental generator: parse (and evaluate) each <c>[AltaProgram]</c> class,
/// compile its rules to weights, and emit <c>Model</c>, <c>Run</c> and <c>Interpret</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AltaGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var analyzed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "Alta.AltaProgramAttribute",
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                static (ctx, ct) => ProgramAnalysis.Analyze(ctx, ct))
            .WithTrackingName(TrackingNames.Analyze);

        // The compile step sees no source position, so an edit that only moves the class leaves it cached.
        var compiled = analyzed
            .Select(static (program, _) => CompileInput.From(program))
            .Select(static (input, ct) => CompiledProgram.From(input, ct))
            .WithTrackingName(TrackingNames.Compile);

        context.RegisterSourceOutput(compiled, static (spc, program) => ProgramEmitter.Emit(spc, program));
        // The diagnostics output also takes the compilation, only to place each diagnostic in its syntax tree: a
        // location in a tree is what #pragma warning disable is checked against. Reporting is cheap, so re-running
        // it on every edit costs nothing; the analysis and compile steps stay cached.
        context.RegisterSourceOutput(analyzed.Collect().Combine(compiled.Collect()).Combine(context.CompilationProvider),
            static (spc, input) => DiagnosticReporter.Report(spc, input.Left, input.Right));
    }
}

/// <summary>Names of the pipeline steps, for <c>WithTrackingName</c> and the caching tests.</summary>
public static class TrackingNames
{
    public const string Analyze = "Analyze";
    public const string Compile = "Compile";
}
