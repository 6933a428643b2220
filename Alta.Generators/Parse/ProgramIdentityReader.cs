using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Parse;

/// <summary>Reads where the class lives and its output type, which the emitter needs even for a broken program.</summary>
internal static class ProgramIdentityReader
{
    public static ProgramIdentity Read(INamedTypeSymbol type)
    {
        var containing = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            containing.Insert(0, (outer.IsRecord ? "partial record " : outer.TypeKind == TypeKind.Struct ? "partial struct " : "partial class ") + outer.Name);
        var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        return new ProgramIdentity(ns, containing.ToEquatableArray(), type.Name, OutputTypeName(type), CanEmit(type));
    }

    private static bool CanEmit(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.IsGenericType) return false;
            if (!PartialTypes.IsPartial(t)) return false;
            if (t.IsFileLocal) return false; // a part in the generated file would be a different type
        }
        return true;
    }

    private static string OutputTypeName(INamedTypeSymbol type)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "Alta.AltaProgramAttribute");
        var output = attribute?.NamedArguments.FirstOrDefault(a => a.Key == "Output").Value.Value as string;
        var field = type.GetMembers(output ?? "").OfType<IFieldSymbol>().FirstOrDefault(f => !f.IsStatic);
        return field?.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) ?? "object";
    }
}
