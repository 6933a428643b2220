using System.IO;
using System.Text.Json;
using Alta.Interpretation;

namespace Alta.Interop;

/// <summary>
/// The JSON config that goes with the safetensors weights: the architecture (how to run the tensors), the
/// residual layout (what each dimension means) and the statistics. With both files a numpy or PyTorch user
/// can run the model: embed, then per layer attention (scores <c>(x W_Q)(x W_K)^T</c> with no 1/sqrt(d)
/// factor, the mask bias outside the offsets, an extra sink logit with a zero value, max-subtracted
/// softmax) and the clipped-ReLU feed-forward network, both added to the residual.
/// </summary>
public static class ModelConfig
{
    /// <summary>Writes the config as UTF-8 JSON (no reflection: safe under trimming and AOT).</summary>
    public static void Write(AltaModel model, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        Write(model, json);
    }

    /// <summary>The config as a string.</summary>
    public static string ToJson(AltaModel model)
    {
        using var stream = new MemoryStream();
        Write(model, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(AltaModel model, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("format", "alta-transformer/1");
        json.WriteString("name", model.Name);
        json.WriteNumber("vocabulary", model.Vocabulary);
        json.WriteNumber("max_length", model.MaxLength);
        json.WriteNumber("max_layers", model.MaxLayers);
        json.WriteNumber("d_model", model.Layout.ModelWidth);
        json.WriteNumber("one_dimension", ModelLayout.One);
        json.WriteString("convention", "y = x @ W: rows are inputs; the same layer is applied up to max_layers times");
        json.WriteString("activation", "clipped_relu: min(1, max(0, z))");

        json.WriteStartArray("layout");
        foreach (var v in model.Layout.Variables)
        {
            json.WriteStartObject();
            json.WriteString("name", v.Name);
            json.WriteString("kind", v.Kind.ToString().ToLowerInvariant());
            json.WriteNumber("offset", v.Offset);
            json.WriteNumber("width", v.Width);
            json.WriteBoolean("is_head", v.IsHead);
            json.WriteString("encoding", v.Kind switch
            {
                VariableKind.Categorical => "one-hot; all zero = null",
                VariableKind.Numerical => !v.IsHead ? "value (a bucket centre)"
                    : v.Width == 2 ? "value, presence (1 when the head selected something)"
                    : "count head: the mean w/(w+1) against an always-selected sink; bucket w is the count w",
                VariableKind.Set => "membership bits",
            });
            if (v.Centres.Length > 0) WriteNumbers(json, "centres", v.Centres);
            if (v.Sets.Length > 0)
            {
                json.WriteStartArray("sets");
                foreach (var set in v.Sets) WriteNumbers(json, null, set);
                json.WriteEndArray();
            }
            if (v.ValueNames is { } names)
            {
                json.WriteStartArray("values");
                foreach (var name in names) json.WriteStringValue(name);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("heads");
        foreach (var head in model.Weights.Heads)
        {
            json.WriteStartObject();
            json.WriteString("name", head.Name);
            WriteNumbers(json, "offsets", head.Offsets);
            json.WriteNumber("sink_logit", head.SinkLogit);
            json.WriteNumber("mask_bias", head.MaskBias);
            json.WriteNumber("d_key", head.Query.Columns);
            json.WriteNumber("d_value", head.Value.Columns);
            foreach (var matrix in new[] { "W_Q", "W_K", "W_V", "W_O" }) json.WriteString(matrix, ModelTensors.HeadTensor(head, matrix));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("ffn");
        for (int k = 0; k < model.Weights.FeedForward.Length; k++)
        {
            json.WriteStartObject();
            json.WriteNumber("width", model.Weights.FeedForward[k].Width);
            json.WriteString("W", ModelTensors.FeedForwardWeight(k));
            json.WriteString("b", ModelTensors.FeedForwardBias(k));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("ffn_output", ModelTensors.FeedForwardOutput);

        json.WriteStartObject("output");
        json.WriteString("variable", model.Layout.Variables[model.Output].Name);
        if (model.Weights.Readout is { } readout)
        {
            json.WriteString("read", "linear read-out: argmax over the labels of x @ W_U, the first label on a tie (the output has no slice)");
            json.WriteString("W_U", ModelTensors.Readout);
            json.WriteNumber("labels", readout.Columns);
        }
        else json.WriteString("read", "argmax of the slice for categorical (null if all zero); the value for numerical");
        json.WriteEndObject();
        if (model.HaltWhen >= 0)
        {
            json.WriteStartObject("halting");
            json.WriteString("variable", model.Layout.Variables[model.HaltWhen].Name);
            json.WriteNumber("value", model.HaltValue);
            json.WriteString("rule", "after every layer, stop when every position holds this value");
            json.WriteEndObject();
        }
        else json.WriteNull("halting");

        var s = model.Statistics;
        json.WriteStartObject("statistics");
        json.WriteNumber("model_width", s.ModelWidth);
        json.WriteNumber("heads", s.Heads);
        WriteNumbers(json, "ffn_widths", s.FfnWidths);
        json.WriteNumber("rules", s.Rules);
        json.WriteNumber("parameters", s.Parameters);
        json.WriteNumber("non_zeros", s.NonZeros);
        json.WriteNumber("attention_scale", s.AttentionScale);
        json.WriteNumber("exact_up_to_length", s.ExactUpToLength);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string? name, int[] values)
    {
        if (name is null) json.WriteStartArray(); else json.WriteStartArray(name);
        foreach (var v in values) json.WriteNumberValue(v);
        json.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, double[] values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteNumberValue(v);
        json.WriteEndArray();
    }
}
