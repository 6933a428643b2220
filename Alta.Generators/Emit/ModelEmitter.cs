using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Compile;
using Alta.Generators.Spec;

namespace Alta.Generators.Emit;

/// <summary>
/// Emits <c>Model</c>, <c>Run</c> and <c>RunBatch</c>: the weights as constant tables in a nested class, built
/// into an <c>Alta.AltaModel</c> on first use, and the calls into Alta.Kernels. The generated code uses only
/// Alta.Kernels and Alta.Abstractions: no reflection, no resources, nothing to trim.
/// </summary>
internal static class ModelEmitter
{
    private const string Holder = "__AltaCompiled";

    /// <param name="guarded">Whether the program has guards (<see cref="GuardEmitter"/>), which the model checks.</param>
    public static void Write(IndentedWriter writer, ProgramIdentity identity, CompiledTransformer? model, bool guarded = false)
    {
        if (model is null)
        {
            WriteStub(writer, identity);
            return;
        }
        var t = identity.OutputTypeName;
        writer.Line("/// <summary>The compiled Transformer: layout, weights and statistics (built from constant tables on first use).</summary>");
        writer.Line($"public static global::Alta.AltaModel Model => {Holder}.Model;");
        writer.Line();
        writer.Line("/// <summary>Runs the compiled Transformer (weights only) on <paramref name=\"tokens\"/>; agrees with <c>Interpret</c>.</summary>");
        writer.Line($"public static global::Alta.AltaResult<{t}> Run(global::System.ReadOnlySpan<int> tokens, int? maxLayers = null) => {Holder}.Model.Run(tokens, maxLayers, {Holder}.Decode);");
        writer.Line();
        writer.Line("/// <summary>Runs the compiled Transformer on many inputs, on every core; results in input order.</summary>");
        writer.Line($"public static global::Alta.AltaResult<{t}>[] RunBatch(global::System.Collections.Generic.IReadOnlyList<int[]> inputs, int? maxLayers = null) => {Holder}.Model.RunBatch(inputs, maxLayers, {Holder}.Decode);");
        writer.Line();
        ModelHeader.Write(writer, model);
        using (writer.Block($"private static class {Holder}"))
        {
            writer.Line("public static readonly global::Alta.AltaModel Model = Create();");
            writer.Line();
            writer.Line($"public static readonly global::System.Func<double, {t}> Decode = static raw => double.IsNaN(raw) ? default({t}) : ({t})({DecodeExpression(model)});");
            writer.Line();
            WriteCreate(writer, model, guarded);
            writer.Line();
            writer.Line("private static global::Alta.SparseMatrix Matrix(int rows, int columns, global::System.ReadOnlySpan<int> rowStarts, global::System.ReadOnlySpan<int> columnIndices, global::System.ReadOnlySpan<float> values) =>");
            writer.Line("    new(rows, columns, rowStarts, columnIndices, values);");
            foreach (var (name, weights) in Matrices(model))
            {
                writer.Line();
                ModelLiterals.Table(writer, "int", name + "RowStarts", weights.RowStarts, ModelLiterals.Int);
                ModelLiterals.Table(writer, "int", name + "Columns", weights.ColumnIndices, ModelLiterals.Int);
                ModelLiterals.Table(writer, "float", name + "Values", weights.Values, ModelLiterals.Float);
            }
            for (int l = 0; l < model.FeedForward.Count; l++)
            {
                writer.Line();
                ModelLiterals.Table(writer, "float", $"FeedForward{l}Bias", model.FeedForward[l].Bias, ModelLiterals.Float);
            }
        }
    }

    public static void WriteStub(IndentedWriter writer, ProgramIdentity identity)
    {
        const string message = "\" has ALTA errors; fix them to compile its model.\"";
        writer.Line("/// <summary>Not available: the program has errors (see the ALTA diagnostics).</summary>");
        writer.Line($"public static global::Alta.AltaModel Model => throw new global::System.InvalidOperationException(\"{identity.ClassName}{message.Substring(1)});");
        writer.Line();
        writer.Line("/// <summary>Not available: the program has errors (see the ALTA diagnostics).</summary>");
        writer.Line($"public static global::Alta.AltaResult<{identity.OutputTypeName}> Run(global::System.ReadOnlySpan<int> tokens, int? maxLayers = null) => throw new global::System.InvalidOperationException(\"{identity.ClassName}{message.Substring(1)});");
    }

    /// <summary>The raw output (value index, value, or set index) as the output field's type.</summary>
    private static string DecodeExpression(CompiledTransformer model) => model.OutputType switch
    {
        ValueType.Bool => "raw == 1",
        ValueType.Int => "(int)raw",
        ValueType.Enum => $"({EnumType(model)})(int)raw",
        ValueType.Double => "raw",
        ValueType.Float => "(float)raw",
        ValueType.IndexSet => $"global::Alta.IndexSet.Of(Model.Layout.Variables[{model.Output}].Sets[(int)raw])",
    };

    private static string EnumType(CompiledTransformer model) => model.OutputTypeName.TrimEnd('?');

    private static IEnumerable<(string Name, SparseWeights Weights)> Matrices(CompiledTransformer model)
    {
        yield return ("TokenEmbedding", model.TokenEmbedding);
        if (model.PositionEmbedding is { } positions) yield return ("PositionEmbedding", positions);
        for (int h = 0; h < model.Heads.Count; h++)
        {
            var head = model.Heads[h];
            yield return ($"Head{h}Query", head.Query);
            yield return ($"Head{h}Key", head.Key);
            yield return ($"Head{h}Value", head.Value);
            yield return ($"Head{h}Output", head.Output);
        }
        for (int l = 0; l < model.FeedForward.Count; l++) yield return ($"FeedForward{l}", model.FeedForward[l].Weights);
        yield return ("FeedForwardOutput", model.FeedForwardOutput);
        if (model.Readout is { } readout) yield return ("Readout", readout);
    }

    private static string Matrix(string name, SparseWeights w) =>
        $"Matrix({w.Rows}, {w.Columns}, {name}RowStarts, {name}Columns, {name}Values)";

    private static void WriteCreate(IndentedWriter writer, CompiledTransformer model, bool guarded)
    {
        using (writer.Block("private static global::Alta.AltaModel Create()"))
        {
            writer.Line($"var layout = new global::Alta.ModelLayout({model.ModelWidth}, new global::Alta.VariableSlice[]");
            writer.Line("{");
            writer.Indent();
            foreach (var s in model.Slices)
            {
                var centres = s.Centres.Count == 0 ? "null" : ModelLiterals.Array("double", s.Centres, ModelLiterals.Double);
                var sets = s.Sets.Count == 0 ? "null" : "new int[][] { " + string.Join(", ", s.Sets.Select(set => ModelLiterals.Array("int", set.Elements, ModelLiterals.Int))) + " }";
                var names = s.ValueNames.Count == 0 ? "null" : ModelLiterals.Array("string", s.ValueNames, ModelLiterals.String);
                writer.Line($"new({ModelLiterals.String(s.Name)}, global::Alta.Interpretation.VariableKind.{s.Kind}, {s.Offset}, {s.Width}, {(s.IsHead ? "true" : "false")}, {centres}, {sets}, {names}),");
            }
            writer.Outdent();
            writer.Line("});");
            writer.Line("var heads = new global::Alta.AttentionHead[]");
            writer.Line("{");
            writer.Indent();
            for (int h = 0; h < model.Heads.Count; h++)
            {
                var head = model.Heads[h];
                writer.Line($"new({ModelLiterals.String(head.Name)}, {Matrix($"Head{h}Query", head.Query)}, {Matrix($"Head{h}Key", head.Key)},");
                writer.Line($"    {Matrix($"Head{h}Value", head.Value)}, {Matrix($"Head{h}Output", head.Output)},");
                writer.Line($"    {ModelLiterals.Array("int", head.Offsets, ModelLiterals.Int)}, {ModelLiterals.Float(head.SinkLogit)}, {ModelLiterals.Float(head.MaskBias)}),");
            }
            writer.Outdent();
            writer.Line("};");
            writer.Line("var feedForward = new global::Alta.FeedForwardLayer[]");
            writer.Line("{");
            writer.Indent();
            for (int l = 0; l < model.FeedForward.Count; l++)
                writer.Line($"new({Matrix($"FeedForward{l}", model.FeedForward[l].Weights)}, FeedForward{l}Bias.ToArray()),");
            writer.Outdent();
            writer.Line("};");
            var positions = model.PositionEmbedding is { } p ? Matrix("PositionEmbedding", p) : "null";
            writer.Line($"var weights = new global::Alta.ModelWeights({Matrix("TokenEmbedding", model.TokenEmbedding)}, {positions}, heads, feedForward,");
            writer.Line($"    {Matrix("FeedForwardOutput", model.FeedForwardOutput)})" + (model.Readout is { } readout ? $" {{ Readout = {Matrix("Readout", readout)} }}" : "") + ";");
            var s2 = model.Statistics;
            writer.Line($"var statistics = new global::Alta.ModelStatistics({s2.ModelWidth}, {s2.Heads}, {ModelLiterals.Array("int", s2.FfnWidths, ModelLiterals.Int)}, {s2.Rules}, {s2.Parameters}L, {s2.NonZeros}L,");
            writer.Line($"    {ModelLiterals.Float(s2.AttentionScale)}, {s2.ExactUpToLength});");
            writer.Line($"return new global::Alta.AltaModel({ModelLiterals.String(model.Name)}, {model.Vocabulary}, {model.MaxLength}, {model.MaxLayers}, {model.Output}, {model.HaltWhen}, {model.HaltValue},");
            writer.Line("    layout, weights, statistics)" + (guarded ? $" {{ Guards = {GuardEmitter.Holder}.All }}" : "") + ";");
        }
    }
}
