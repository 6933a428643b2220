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
