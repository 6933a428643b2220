using System.Text.Json;
using Alta.Interop;

namespace Alta.Generators.Tests.Kernels;

public class InteropTests
{
    [Fact]
    public void SafetensorsRoundTripHoldsEveryTensor()
    {
        var model = ForwardPassTests.Load(Alta.Generators.Tests.Compile.HandMadePrograms.SortUnique());
        using var stream = new MemoryStream();
        model.SaveSafetensors(stream);
        stream.Position = 0;
        var (tensors, metadata) = Safetensors.Read(stream);

        var expected = ModelTensors.All(model).ToList();
        Assert.Equal(expected.Select(t => t.Name).OrderBy(n => n), tensors.Keys.OrderBy(n => n));
        // 2 embeddings, 4 per head, W and b per hidden layer, and the output.
        Assert.Equal(2 + 4 * model.Weights.Heads.Length + 2 * model.Weights.FeedForward.Length + 1, tensors.Count);
        foreach (var tensor in expected)
        {
            Assert.Equal(tensor.Shape, tensors[tensor.Name].Shape);
            Assert.Equal(tensor.Data, tensors[tensor.Name].Data);
        }
        // The dense tensors are the sparse weights: spot-check against the model itself.
        var head = model.Weights.Heads[0];
        var query = tensors["attn.Width.W_Q"];
        Assert.Equal([model.Layout.ModelWidth, head.Query.Columns], query.Shape);
        for (int r = 0; r < head.Query.Rows; r++)
            for (int c = 0; c < head.Query.Columns; c++)
                Assert.Equal(head.Query[r, c], query.Data[r * head.Query.Columns + c]);
        Assert.Equal(model.Weights.FeedForward[1].Bias, tensors["ffn.1.b"].Data);
        Assert.Equal([model.Layout.ModelWidth], [tensors["embed.token"].Shape[1]]);
        Assert.Equal(ModelConfig.ToJson(model), metadata["alta_config"]);
    }

    [Fact]
    public void ConfigDescribesTheLayoutAndNamesTheTensors()
    {
        var model = ForwardPassTests.Load(Alta.Generators.Tests.Compile.HandMadePrograms.RelativeParity());
        using var config = JsonDocument.Parse(ModelConfig.ToJson(model));
        var root = config.RootElement;
        Assert.Equal(9, root.GetProperty("d_model").GetInt32());
        var layout = root.GetProperty("layout").EnumerateArray().ToList();
        Assert.Equal(["Parity", "Done", "ParityLeft", "DoneLeft"], layout.Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(5, layout[2].GetProperty("offset").GetInt32());
        Assert.True(layout[2].GetProperty("is_head").GetBoolean());
        var heads = root.GetProperty("heads").EnumerateArray().ToList();
        Assert.Equal("attn.DoneLeft.W_O", heads[1].GetProperty("W_O").GetString());
        Assert.Equal(-1, heads[1].GetProperty("offsets")[0].GetInt32());
        Assert.Equal(128, heads[1].GetProperty("sink_logit").GetSingle());
        Assert.Equal("Done", root.GetProperty("halting").GetProperty("variable").GetString());
        Assert.Equal(7, root.GetProperty("statistics").GetProperty("ffn_widths")[0].GetInt32());
    }
}

/// <summary>
/// What a numpy user would do with the export: run the model from the tensors and the config alone
/// (plain loops, nothing from Alta.Kernels' passes), and get the answers of <c>Run</c>.
/// </summary>
public class ExportedForwardTests
{
    [Theory]
    [InlineData("Addition")]
    [InlineData("SortUnique")]
    [InlineData("ParitySum")]
    [InlineData("PrefixMajority")]
    public void TheExportAloneRunsTheProgram(string name)
    {
        var (model, inputs) = name switch
        {
            "PrefixMajority" => (Primitives.PrefixMajority.Model, new[] { new[] { 0, 1, 1, 0, 2, 2, 2, 1 }, new[] { 2 } }),
            "Addition" => (Alta.Samples.Addition.Model, new[] { new[] { 10, 7, 8, 9, 11, 4, 5, 6, 12 }, new[] { 10, 0, 11, 9, 12 } }),
            "SortUnique" => (Alta.Samples.SortUnique.Model, new[] { new[] { 0, 3, 5, 4, 2 }, new[] { 0, 15, 1 } }),
            _ => (Alta.Samples.ParitySum.Model, new[] { new[] { 0, 0, 1, 1, 0, 1, 1, 0, 1, 2 }, new[] { 2 } }),
        };
        using var stream = new MemoryStream();
        model.SaveSafetensors(stream);
        stream.Position = 0;
        var (tensors, metadata) = Safetensors.Read(stream);
        using var config = JsonDocument.Parse(metadata["alta_config"]);
        foreach (var tokens in inputs)
        {
            var (outputs, layers) = Forward(tensors, config.RootElement, tokens);
            var run = model.Run(tokens);
            Assert.Equal(run.Layers, layers);
            Assert.Equal(run.Outputs, outputs);
        }
    }

    private static (double[] Outputs, int Layers) Forward(IReadOnlyDictionary<string, ModelTensors.Tensor> w, JsonElement config, int[] tokens)
    {
        int n = tokens.Length, d = config.GetProperty("d_model").GetInt32();
        var x = new float[n, d];
        for (int i = 0; i < n; i++)
            for (int c = 0; c < d; c++)
                x[i, c] = w["embed.token"].Data[tokens[i] * d + c] + (w.TryGetValue("embed.position", out var p) ? p.Data[i * d + c] : 0f);
        var layout = config.GetProperty("layout").EnumerateArray().ToList();
        JsonElement Variable(string property) => layout.Single(v => v.GetProperty("name").GetString() == config.GetProperty(property).GetProperty("variable").GetString());
        int layers = 0;
        for (; layers < config.GetProperty("max_layers").GetInt32();)
        {
            layers++;
            var update = new float[n, d];
            foreach (var head in config.GetProperty("heads").EnumerateArray())
            {
                var q = MatMul(x, w[head.GetProperty("W_Q").GetString()!]);
                var k = MatMul(x, w[head.GetProperty("W_K").GetString()!]);
                var v = MatMul(x, w[head.GetProperty("W_V").GetString()!]);
                var offsets = head.GetProperty("offsets").EnumerateArray().Select(o => o.GetInt32()).ToList();
                var mixed = new float[n, v.GetLength(1)];
                for (int i = 0; i < n; i++)
                {
                    var logits = new float[n + 1];
                    logits[0] = head.GetProperty("sink_logit").GetSingle();
                    for (int j = 0; j < n; j++)
                    {
                        float score = 0;
                        for (int c = 0; c < q.GetLength(1); c++) score += q[i, c] * k[j, c];
                        logits[j + 1] = score + (offsets.Count == 0 || offsets.Contains(j - i) ? 0 : head.GetProperty("mask_bias").GetSingle());
                    }
                    float max = logits.Max();
                    var e = logits.Select(l => MathF.Exp(l - max)).ToArray();
                    float sum = e.Sum();
                    for (int j = 0; j < n; j++)
                        for (int c = 0; c < v.GetLength(1); c++) mixed[i, c] += e[j + 1] / sum * v[j, c];
                }
                Add(update, MatMul(mixed, w[head.GetProperty("W_O").GetString()!]));
            }
            Add(x, update);
            var h = x;
            foreach (var layer in config.GetProperty("ffn").EnumerateArray())
            {
                h = MatMul(h, w[layer.GetProperty("W").GetString()!]);
                var b = w[layer.GetProperty("b").GetString()!].Data;
                for (int i = 0; i < n; i++)
                    for (int u = 0; u < b.Length; u++) h[i, u] = Math.Clamp(h[i, u] + b[u], 0f, 1f);
            }
            Add(x, MatMul(h, w[config.GetProperty("ffn_output").GetString()!]));
            if (config.GetProperty("halting").ValueKind == JsonValueKind.Object)
            {
                var halt = Variable("halting");
                int value = config.GetProperty("halting").GetProperty("value").GetInt32();
                if (Enumerable.Range(0, n).All(i => ArgMax(x, i, halt) == value)) break;
            }
        }
        var output = Variable("output");
        var outputs = new double[n];
        // A linear read-out: the label with the largest score of x @ W_U, the first on a tie.
        var scores = config.GetProperty("output").TryGetProperty("W_U", out var readout) ? MatMul(x, w[readout.GetString()!]) : null;
        for (int i = 0; i < n; i++)
        {
            if (scores is not null) outputs[i] = Enumerable.Range(0, scores.GetLength(1)).MaxBy(l => scores[i, l]);
            else if (output.GetProperty("kind").GetString() == "categorical") outputs[i] = ArgMax(x, i, output);
            else
            {
                var centres = output.GetProperty("centres").EnumerateArray().Select(c => c.GetDouble()).ToArray();
                outputs[i] = centres.OrderBy(c => Math.Abs(c - x[i, output.GetProperty("offset").GetInt32()])).First();
            }
        }
        return (outputs, layers);
    }

    private static int ArgMax(float[,] x, int i, JsonElement variable)
    {
        int offset = variable.GetProperty("offset").GetInt32(), width = variable.GetProperty("width").GetInt32();
        return Enumerable.Range(0, width).MaxBy(c => x[i, offset + c]);
    }

    private static float[,] MatMul(float[,] a, ModelTensors.Tensor b)
    {
        int rows = a.GetLength(0), inner = b.Shape[0], columns = b.Shape[1];
        var result = new float[rows, columns];
        for (int i = 0; i < rows; i++)
            for (int r = 0; r < inner; r++)
            {
                float value = a[i, r];
                if (value == 0) continue;
                for (int c = 0; c < columns; c++) result[i, c] += value * b.Data[r * columns + c];
            }
        return result;
    }

    private static void Add(float[,] target, float[,] delta)
    {
        for (int i = 0; i < target.GetLength(0); i++)
            for (int c = 0; c < target.GetLength(1); c++) target[i, c] += delta[i, c];
    }
}
