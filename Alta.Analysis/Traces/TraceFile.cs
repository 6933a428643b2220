using System;
using System.IO;
using System.Text.Json;
using Alta.Interop;

namespace Alta.Analysis.Traces;

/// <summary>
/// Writes a trace as safetensors (numpy: <c>safetensors.numpy.load_file</c>, PyTorch:
/// <c>safetensors.torch.load_file</c>): F32 tensors <c>inputs</c>, <c>deltas</c>, <c>undefined</c>
/// (rows x d_model) and <c>example</c>, <c>layer</c>, <c>position</c>, <c>length</c> (rows; small integers
/// are exact in float32). The metadata holds the residual layout as JSON under <c>alta_layout</c>
/// (one entry per variable: name, kind, offset, width, head, dimension names) and the program's name.
/// </summary>
public static class TraceFile
{
    public static void Write(FeedForwardTrace trace, string programName, Stream stream)
    {
        ModelTensors.Tensor[] tensors =
        [
            new("inputs", [trace.Rows, trace.Inputs.Columns], trace.Inputs.Data),
            new("deltas", [trace.Rows, trace.Deltas.Columns], trace.Deltas.Data),
            new("undefined", [trace.Rows, trace.Undefined.Columns], trace.Undefined.Data),
            new("example", [trace.Rows], AsFloats(trace.Example)),
            new("layer", [trace.Rows], AsFloats(trace.Layer)),
            new("position", [trace.Rows], AsFloats(trace.Position)),
            new("length", [trace.Rows], AsFloats(trace.Length)),
        ];
        Safetensors.Write(tensors, [("format", "np"), ("alta_program", programName), ("alta_layout", LayoutJson(trace.Layout))], stream);
    }

    /// <summary>The residual layout as JSON: what each dimension of <c>inputs</c> and <c>deltas</c> means.</summary>
    public static string LayoutJson(ModelLayout layout)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("d_model", layout.ModelWidth);
            json.WriteStartArray("variables");
            foreach (var variable in layout.Variables)
            {
                json.WriteStartObject();
                json.WriteString("name", variable.Name);
                json.WriteString("kind", variable.Kind.ToString().ToLowerInvariant());
                json.WriteNumber("offset", variable.Offset);
                json.WriteNumber("width", variable.Width);
                json.WriteBoolean("head", variable.IsHead);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("dimensions");
            for (int k = 0; k < layout.ModelWidth; k++) json.WriteStringValue(layout.DimensionName(k));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    static float[] AsFloats(int[] values) => Array.ConvertAll(values, v => (float)v);
}
