using Alta.Generators.Compile;
using Alta.Generators.Model;

namespace Alta.Generators.Emit;

/// <summary>Emits <c>Model</c> and <c>Run</c>: the weights as constant tables and the call into Alta.Kernels.</summary>
internal static class ModelEmitter
{
    public static void Write(IndentedWriter writer, ProgramIdentity identity, CompiledModel? model)
    {
        // Not built yet (issue 4): members that say so.
        writer.Line("/// <summary>The compiled Transformer (not available yet).</summary>");
        writer.Line("public static global::Alta.AltaModel Model => throw new global::System.NotSupportedException(\"The compiled model is not built yet.\");");
        writer.Line();
        writer.Line("/// <summary>Runs the compiled Transformer (not available yet).</summary>");
        writer.Line($"public static global::Alta.AltaResult<{identity.OutputTypeName}> Run(global::System.ReadOnlySpan<int> tokens, int? maxLayers = null) => throw new global::System.NotSupportedException(\"The compiled model is not built yet.\");");
    }
}
