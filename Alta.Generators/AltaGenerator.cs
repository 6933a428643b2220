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
        context.RegisterSourceOutput(analyzed.Collect().Combine(compiled.Collect()), static (spc, programs) => DiagnosticReporter.Report(spc, programs));
    }
}

/// <summary>Names of the pipeline steps, for <c>WithTrackingName</c> and the caching tests.</summary>
public static class TrackingNames
{
    public const string Analyze = "Analyze";
    public const string Compile = "Compile";
}
