using System.Linq;
using Alta.Generators.Spec;

namespace Alta.Generators.Emit;

/// <summary>
/// Emits <c>Interpret</c>: the program's description for the interpreter in Alta.Kernels and a host that
/// runs the class's own initialisers, predicates and <c>[Mlp]</c> method.
/// </summary>
internal static class InterpretEmitter
{
    private const string Ns = "global::Alta.Interpretation.";

    public static void Write(IndentedWriter writer, ProgramSpec model, ProgramIdentity identity, bool guarded = false)
    {
        var output = model.Variables[model.Output];
        writer.Line("/// <summary>The interpreter's description of this program (used by <c>Interpret</c> and by tests).</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line($"public static {Ns}InterpretedProgram InterpretedProgram => __AltaInterpreted.Program;");
        writer.Line();
        writer.Line("/// <summary>A host that runs this class's own C# on one position's values (used by <c>Interpret</c> and by tests).</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line($"public static {Ns}IInterpreterHost CreateInterpreterHost() => new __AltaHost();");
        writer.Line();
        writer.Line("/// <summary>Runs the program's own C# code with the semantics of the ALTA language: the reference that <c>Run</c> matches.</summary>");
        using (writer.Block($"public static global::Alta.AltaResult<{identity.OutputTypeName}> Interpret(global::System.ReadOnlySpan<int> tokens, int? maxLayers = null, global::Alta.AltaTrace? trace = null)"))
        {
            writer.Line($"var (raw, layers, halted) = {Ns}Interpreter.Run(InterpretedProgram, new __AltaHost(), tokens, maxLayers, trace);");
            writer.Line($"var outputs = new {identity.OutputTypeName}[raw.Length];");
            writer.Line($"for (int i = 0; i < raw.Length; i++) outputs[i] = {ValueCode.Decode(output, model.Output, "raw[i]")};");
            writer.Line($"return new global::Alta.AltaResult<{identity.OutputTypeName}>(outputs, layers, halted);");
        }
        writer.Line();
        WriteDescription(writer, model, guarded);
        writer.Line();
        WriteHost(writer, model);
    }

    public static void WriteStub(IndentedWriter writer, ProgramIdentity identity)
    {
        writer.Line("/// <summary>Not available: the program has errors (see the ALTA diagnostics).</summary>");
        writer.Line($"public static global::Alta.AltaResult<{identity.OutputTypeName}> Interpret(global::System.ReadOnlySpan<int> tokens, int? maxLayers = null, global::Alta.AltaTrace? trace = null) => throw new global::System.InvalidOperationException(\"{identity.ClassName} has ALTA errors; fix them to run it.\");");
    }

    private static void WriteDescription(IndentedWriter writer, ProgramSpec model, bool guarded)
    {
        using var _ = writer.Block("private static class __AltaInterpreted");
        writer.Line($"public static readonly {Ns}InterpretedProgram Program = new {Ns}InterpretedProgram(");
        writer.Indent();
        writer.Line($"{ModelLiterals.String(model.ClassName)}, {model.Vocabulary}, {model.MaxLength}, {model.MaxLayers},");
        writer.Line($"new {Ns}InterpretedVariable[]");
        writer.Line("{");
        writer.Indent();
        foreach (var variable in model.Variables) writer.Line(VariableDescription(variable) + ",");
        writer.Outdent();
        writer.Line("},");
        writer.Line($"new {Ns}InterpretedHead[] {{ {string.Join(", ", model.Heads.Select(HeadDescription))} }},");
        writer.Line($"new {Ns}InterpretedSelector[] {{ {string.Join(", ", model.Selectors.Select(s => SelectorDescription(model, s)))} }},");
        var inits = new System.Collections.Generic.List<string>();
        if (guarded) inits.Add($"Guards = {GuardEmitter.Holder}.All");
        if (model.HasReadout) inits.Add($"Votes = new {Ns}InterpretedVotes[] {{ {string.Join(", ", model.Votes.Select(v => VotesDescription(model, v)))} }}");
        writer.Line($"{model.Output}, {model.HaltWhen}, {model.HaltValue})" + (inits.Count > 0 ? $" {{ {string.Join(", ", inits)} }}" : "") + ";");
        writer.Outdent();
    }

    private static string VariableDescription(Variable variable)
    {
        string centres = variable.Kind != VariableKind.Numerical ? "null"
            : variable.CentresFrom is { } from ? from + "()"
            : ModelLiterals.Array("double", variable.Centres, ModelLiterals.Double);
        string sets = variable.ValuesFrom is { } values ? values + "()" : "null";
        string names = variable.ValueNames.Count == 0 ? "null"
            : ModelLiterals.Array("string", variable.ValueNames, ModelLiterals.String);
        return $"new {Ns}InterpretedVariable({ModelLiterals.String(variable.Name)}, {Ns}VariableKind.{variable.Kind}, {variable.Range}, {centres}, {sets}, {names}, {(variable.IsHead ? "true" : "false")})";
    }

    /// <summary>Calls the class's own <c>[Votes]</c> method (a T? parameter takes the T the variable always holds here).</summary>
    private static string VotesDescription(ProgramSpec model, VotesMethod votes) =>
        $"new {Ns}InterpretedVotes({votes.Variable}, static (v, l) => {votes.Method}({ValueCode.Decode(model.Variables[votes.Variable], votes.Variable, "v")}, {ValueCode.Decode(model.Variables[model.Output], model.Output, "l")}))";

    private static string HeadDescription(Head head) =>
        $"new {Ns}InterpretedHead({Ns}HeadKind.{head.Kind}, {head.Output}, {head.Value}, {head.Selector})";

    private static string SelectorDescription(ProgramSpec model, Selector selector)
    {
        string offsets = selector.Offsets.Count == 0 ? "null" : "new int[] { " + string.Join(", ", selector.Offsets) + " }";
        string where = selector.Where is { } method
            ? $"static (q, k) => {method}({ValueCode.Decode(model.Variables[selector.Query], selector.Query, "q")}, {ValueCode.Decode(model.Variables[selector.Key], selector.Key, "k")})"
            : "null";
        string prefer = selector.Prefer == Preference.None ? "" : $", global::Alta.Preference.{selector.Prefer}";
        return $"new {Ns}InterpretedSelector({selector.Query}, {selector.Key}, {offsets}, {where}{prefer})";
    }

    private static void WriteHost(IndentedWriter writer, ProgramSpec model)
    {
        using var _ = writer.Block($"private sealed class __AltaHost : {Ns}IInterpreterHost");
        writer.Line($"private readonly {model.ClassName} _program = new {model.ClassName}();");
        writer.Line();
        using (writer.Block("public void Initialise(int token, int position, global::System.Span<double> values)"))
        {
            for (int i = 0; i < model.Variables.Count; i++)
            {
                var variable = model.Variables[i];
                if (variable.IsHead) continue;
                writer.Line($"values[{i}] = {InitialValue(variable, i)};");
            }
        }
        writer.Line();
        using (writer.Block("public void Step(global::System.Span<double> values)"))
        {
            writer.Line("var p = _program;");
            for (int i = 0; i < model.Variables.Count; i++)
            {
                var variable = model.Variables[i];
                writer.Line(variable.IsHead
                    ? $"p.{variable.Name} = {ValueCode.DecodeNullable(variable, i, $"values[{i}]")};"
                    : $"p.{variable.Name} = {ValueCode.Decode(variable, i, $"values[{i}]")};");
            }
            writer.Line($"p.{model.MlpMethod}();");
            for (int i = 0; i < model.Variables.Count; i++)
            {
                var variable = model.Variables[i];
                if (!variable.IsHead) writer.Line($"values[{i}] = {ValueCode.Encode(variable, i, "p." + variable.Name)};");
            }
        }
    }

    private static string InitialValue(Variable variable, int index) => variable.Init.Kind switch
    {
        InitKind.Token => variable.Init.Method is { } f ? ValueCode.Encode(variable, index, f + "(token)") : "token",
        InitKind.Position => variable.Init.Method is { } g ? ValueCode.Encode(variable, index, g + "(position)") : "position",
        InitKind.Constant => ModelLiterals.Double(variable.Init.Constant),
        InitKind.Default => variable.Type == ValueType.IndexSet ? ValueCode.Encode(variable, index, "default(global::Alta.IndexSet)") : "0d",
    };
}
