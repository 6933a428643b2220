using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Alta.Generators.Diagnostics;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alta.Generators.Parse;

/// <summary>Reads an <c>[AltaProgram]</c> class into a <see cref="ProgramSpec"/>, reporting structural errors.</summary>
internal static class ProgramParser
{
    public static ProgramSpec? Parse(INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var program = AttributeReader.Find(type, "AltaProgramAttribute")!;
        if (!CheckClassShape(type, diagnostics)) return null;

        var settings = ReadSettings(type, program, diagnostics);
        var variables = VariableReader.Read(type, compilation, settings.MaxLength, diagnostics, cancellationToken);
        var heads = HeadReader.Read(type, compilation, variables, settings.MaxLength, diagnostics, out var selectors);
        var mlp = ReadMlp(type, diagnostics);
        int output = ReadOutput(type, program, variables, diagnostics);
        var (haltWhen, haltValue) = HaltReader.Read(type, program, variables, diagnostics);
        var votes = ReadoutReader.Read(type, compilation, program, variables, heads, selectors, output, haltWhen, diagnostics);

        if (mlp is null || output < 0) return null;
        var identity = ProgramIdentityReader.Read(type);
        return new ProgramSpec(
            identity.Namespace, identity.ContainingTypes, type.Name,
            SyntaxFacts.GetText(type.DeclaredAccessibility),
            settings.Vocabulary, settings.MaxLength, settings.MaxLayers,
            output, haltWhen, haltValue,
            variables.Select(v => v.Variable).ToEquatableArray(),
            heads.ToEquatableArray(), selectors.ToEquatableArray(), mlp, votes);
    }

    private static bool CheckClassShape(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        var location = type.Locations.FirstOrDefault();
        if (!PartialTypes.IsPartial(type))
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.NotPartial, location, type.Name));
            return false;
        }
        string? problem =
            type.IsGenericType ? "is generic; an ALTA program class cannot have type parameters"
            : type.IsStatic ? "is static; the MLP is an instance method"
            : type.IsAbstract ? "is abstract; the interpreter must create instances of it"
            // The generated part is a second file, and a file-local type cannot span two files.
            : type.IsFileLocal ? "is a 'file' class; the generated part lives in another file, so the class cannot be file-local"
            : !type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility != Accessibility.Private || c.Parameters.Length == 0 && c.IsImplicitlyDeclared)
                ? "has no parameterless constructor; the interpreter must create instances of it"
            : NestingProblem(type);
        if (problem is null) return true;
        diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.UnsupportedClass, location, type.Name, problem));
        return false;
    }

    private static string? NestingProblem(INamedTypeSymbol type)
    {
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsGenericType) return $"is nested in the generic type '{outer.Name}'";
            if (outer.IsFileLocal) return $"is nested in the 'file' class '{outer.Name}', which cannot span the generated file";
            if (!PartialTypes.IsPartial(outer)) return $"is nested in '{outer.Name}', which must be partial too";
        }
        return null;
    }

    private sealed record Settings(int Vocabulary, int MaxLength, int MaxLayers);

    private static Settings ReadSettings(INamedTypeSymbol type, AttributeReader program, List<DiagnosticInfo> diagnostics)
    {
        int vocabulary = program.Int("Vocabulary", 0);
        if (vocabulary < 1 || vocabulary > 256)
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadVocabulary, program.LocationOf("Vocabulary"), type.Name, vocabulary.ToString()));
        int maxLength = program.Int("MaxLength", 0);
        if (maxLength < 0 || maxLength > 65536)
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadProgramSetting, program.LocationOf("MaxLength"), type.Name,
                $"MaxLength must be between 0 (any length) and 65536, not {maxLength}"));
        int maxLayers = program.Int("MaxLayers", 64);
        // The run time's cap (InputValidation.MaxLayerBudget): a default it would reject is a build error.
        if (maxLayers < 1 || maxLayers > 1_000_000)
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadProgramSetting, program.LocationOf("MaxLayers"), type.Name,
                $"MaxLayers must be between 1 and 1000000, not {maxLayers}"));
        return new Settings(vocabulary, maxLength, maxLayers);
    }

    private static string? ReadMlp(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        var methods = type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => AttributeReader.Find(m, "MlpAttribute") is not null).ToList();
        if (methods.Count != 1)
        {
            var location = methods.Count == 0 ? type.Locations.FirstOrDefault() : methods[1].Locations.FirstOrDefault();
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.MlpCount, location, type.Name,
                methods.Count == 0 ? "has no [Mlp] method; mark one instance method 'void M()' with [Mlp]"
                    : $"has {methods.Count} [Mlp] methods; keep exactly one"));
            return null;
        }
        var mlp = methods[0];
        if (mlp.IsStatic || !mlp.ReturnsVoid || mlp.Parameters.Length > 0 || mlp.IsGenericMethod)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.MlpCount, mlp.Locations.FirstOrDefault(), type.Name,
                $"marks '{mlp.Name}' with [Mlp], which must be an instance method 'void {mlp.Name}()' with no parameters"));
            return null;
        }
        return mlp.Name;
    }

    private static int ReadOutput(INamedTypeSymbol type, AttributeReader program, IReadOnlyList<ParsedVariable> variables, List<DiagnosticInfo> diagnostics)
    {
        var name = program.String("Output");
        if (name is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.MissingOutput, program.Location, type.Name));
            return -1;
        }
        int index = VariableReader.IndexOf(variables, name);
        if (index < 0)
        {
            if (!VariableReader.WasRejected(type, name)) // else its own error stands alone
                diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.UnknownVariable, program.LocationOf("Output"), "Output", name, type.Name));
            return -1;
        }
        if (variables[index].Variable.IsHead)
        {
            diagnostics.Add(DiagnosticInfo.Create(StructuralDiagnostics.BadProgramSetting, program.LocationOf("Output"), type.Name,
                $"Output names the head '{name}', which is null after every layer; name an ordinary variable"));
            return -1;
        }
        return index;
    }
}
