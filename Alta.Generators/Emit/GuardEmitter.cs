using System.Linq;
using Alta.Generators.Spec;

namespace Alta.Generators.Emit;

/// <summary>Emits the program's guards (the states in which its MLP fails) once, for both <c>Run</c> and <c>Interpret</c>.</summary>
internal static class GuardEmitter
{
    public const string Holder = "__AltaGuards";

    public static void Write(IndentedWriter writer, Evaluation evaluation)
    {
        using var _ = writer.Block($"private static class {Holder}");
        writer.Line("public static readonly global::Alta.ProgramGuard[] All =");
        writer.Line("{");
        writer.Indent();
        foreach (var guard in evaluation.Guards)
        {
            var problem = evaluation.GuardProblems[guard.Value];
            var variables = ModelLiterals.Array("int", guard.Atoms.Select(a => a.Variable).ToList(), ModelLiterals.Int);
            var values = "new int[][] { " + string.Join(", ", guard.Atoms.Select(a => ModelLiterals.Array("int", a.Values, ModelLiterals.Int))) + " }";
            writer.Line($"new({ModelLiterals.String(problem.Problem)}, {ModelLiterals.String(problem.Variable)}, {variables}, {values}),");
        }
        writer.Outdent();
        writer.Line("};");
    }
}
