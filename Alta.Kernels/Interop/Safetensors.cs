using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Alta.Interop;

/// <summary>
/// The safetensors format (an 8-byte little-endian header length, a JSON header naming each tensor's dtype,
/// shape and byte range, then the raw little-endian data), written and read without reflection.
/// <c>safetensors.numpy.load_file</c> or <c>safetensors.torch.load_file</c> read what <see cref="Write"/> writes.
/// </summary>
public static class Safetensors
{
    /// <summary>Writes every weight of <paramref name="model"/> as a dense F32 tensor (names in <see cref="ModelTensors"/>);
    /// the header's metadata holds the JSON config under <c>alta_config</c>.</summary>
    public static void Write(AltaModel model, Stream stream)
    {
        var tensors = new List<ModelTensors.Tensor>(ModelTensors.All(model));
        var header = new MemoryStream();
        using (var json = new Utf8JsonWriter(header))
        {
            json.WriteStartObject();
            json.WriteStartObject("__metadata__");
            json.WriteString("format", "pt");
            json.WriteString("alta_config", ModelConfig.ToJson(model));
            json.WriteEndObject();
            long offset = 0;
            foreach (var tensor in tensors)
            {
                json.WriteStartObject(tensor.Name);
                json.WriteString("dtype", "F32");
                json.WriteStartArray("shape");
                foreach (var d in tensor.Shape) json.WriteNumberValue(d);
                json.WriteEndArray();
                json.WriteStartArray("data_offsets");
                json.WriteNumberValue(offset);
                offset += tensor.Data.Length * 4L;
                json.WriteNumberValue(offset);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        // The header is padded with spaces to a multiple of 8 bytes, so the data is aligned.
        while (header.Length % 8 != 0) header.WriteByte((byte)' ');
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)header.Length);
        stream.Write(length);
        header.Position = 0;
        header.CopyTo(stream);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var tensor in tensors)
        {
            if (BitConverter.IsLittleEndian) stream.Write(MemoryMarshal.AsBytes(tensor.Data.AsSpan()));
            else
                foreach (var value in tensor.Data)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(bytes, value);
                    stream.Write(bytes);
                }
        }
    }

    /// <summary>Reads a safetensors stream of F32 tensors: each tensor's shape and data, and the header's metadata.</summary>
    public static (IReadOnlyDictionary<string, ModelTensors.Tensor> Tensors, IReadOnlyDictionary<string, string> Metadata) Read(Stream stream)
    {
        Span<byte> length = stackalloc byte[8];
        stream.ReadExactly(length);
        var header = new byte[checked((int)BinaryPrimitives.ReadUInt64LittleEndian(length))];
        stream.ReadExactly(header);
        using var document = JsonDocument.Parse(header);
        var entries = new List<(string Name, string Type, int[] Shape, long Begin, long End)>();
        var metadata = new Dictionary<string, string>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name == "__metadata__")
            {
                foreach (var item in property.Value.EnumerateObject()) metadata[item.Name] = item.Value.GetString() ?? "";
                continue;
            }
            var shape = new List<int>();
            foreach (var d in property.Value.GetProperty("shape").EnumerateArray()) shape.Add(d.GetInt32());
            var offsets = property.Value.GetProperty("data_offsets");
            entries.Add((property.Name, property.Value.GetProperty("dtype").GetString() ?? "", shape.ToArray(), offsets[0].GetInt64(), offsets[1].GetInt64()));
        }
        entries.Sort((a, b) => a.Begin.CompareTo(b.Begin));
        var tensors = new Dictionary<string, ModelTensors.Tensor>();
        long position = 0;
        foreach (var (name, type, shape, begin, end) in entries)
        {
            if (type != "F32") throw new InvalidDataException($"Tensor '{name}' has dtype {type}; only F32 is read.");
            if (begin != position) throw new InvalidDataException($"Tensor '{name}' does not start where the previous one ended.");
            var bytes = new byte[end - begin];
            stream.ReadExactly(bytes);
            var data = new float[bytes.Length / 4];
            for (int k = 0; k < data.Length; k++) data[k] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(k * 4, 4));
            tensors[name] = new ModelTensors.Tensor(name, shape, data);
            position = end;
        }
        return (tensors, metadata);
    }
}
