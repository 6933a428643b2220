using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

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
        var tensors = new List<(string Name, int[] Shape, float[] Data)>
        {
            ("inputs", [trace.Rows, trace.Inputs.Columns], trace.Inputs.Data),
            ("deltas", [trace.Rows, trace.Deltas.Columns], trace.Deltas.Data),
            ("undefined", [trace.Rows, trace.Undefined.Columns], trace.Undefined.Data),
            ("example", [trace.Rows], AsFloats(trace.Example)),
            ("layer", [trace.Rows], AsFloats(trace.Layer)),
            ("position", [trace.Rows], AsFloats(trace.Position)),
            ("length", [trace.Rows], AsFloats(trace.Length)),
        };
        var header = new MemoryStream();
        using (var json = new Utf8JsonWriter(header))
        {
            json.WriteStartObject();
            json.WriteStartObject("__metadata__");
            json.WriteString("format", "np");
            json.WriteString("alta_program", programName);
            json.WriteString("alta_layout", LayoutJson(trace.Layout));
            json.WriteEndObject();
            long offset = 0;
            foreach (var (name, shape, data) in tensors)
            {
                json.WriteStartObject(name);
                json.WriteString("dtype", "F32");
                json.WriteStartArray("shape");
                foreach (var size in shape) json.WriteNumberValue(size);
                json.WriteEndArray();
                json.WriteStartArray("data_offsets");
                json.WriteNumberValue(offset);
                offset += data.Length * 4L;
                json.WriteNumberValue(offset);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        // Padding the header with spaces to a multiple of 8 keeps the data aligned, as the format recommends.
        while (header.Length % 8 != 0) header.WriteByte((byte)' ');
        Span<byte> eight = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(eight, (ulong)header.Length);
        stream.Write(eight);
        header.Position = 0;
        header.CopyTo(stream);
        Span<byte> four = stackalloc byte[4];
        foreach (var (_, _, data) in tensors)
        {
            foreach (var value in data)
            {
                BinaryPrimitives.WriteSingleLittleEndian(four, value);
                stream.Write(four);
            }
        }
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
