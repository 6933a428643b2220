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
/// <c>safetensors.numpy.load_file</c> or <c>safetensors.torch.load_file</c> read what <see cref="Write(AltaModel, Stream)"/> writes.
/// </summary>
public static class Safetensors
{
    /// <summary>Writes every weight of <paramref name="model"/> as a dense F32 tensor (names in <see cref="ModelTensors"/>);
    /// the header's metadata holds the JSON config under <c>alta_config</c>.</summary>
    public static void Write(AltaModel model, Stream stream) =>
        Write(ModelTensors.All(model), [("format", "pt"), ("alta_config", ModelConfig.ToJson(model))], stream);

    /// <summary>Writes F32 tensors in the given order, with string <paramref name="metadata"/> in the header's
    /// <c>__metadata__</c>. Other tools (traces, learned programs) write their files through this one writer.</summary>
    public static void Write(IEnumerable<ModelTensors.Tensor> tensors, IReadOnlyList<(string Key, string Value)> metadata, Stream stream)
    {
        var list = new List<ModelTensors.Tensor>(tensors);
        var header = new MemoryStream();
        using (var json = new Utf8JsonWriter(header))
        {
            json.WriteStartObject();
            json.WriteStartObject("__metadata__");
            foreach (var (key, value) in metadata) json.WriteString(key, value);
            json.WriteEndObject();
            long offset = 0;
            foreach (var tensor in list)
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
        foreach (var tensor in list)
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

    /// <summary>The largest header read (the format's own limit is 100 MB).</summary>
    public const int MaxHeaderBytes = 100_000_000;

    /// <summary>Reads a safetensors stream of F32 tensors: each tensor's shape and data, and the header's metadata.
    /// The file is not trusted: every length is checked against the bytes that are really there before anything
    /// is allocated, every shape against its data, and any malformed file throws <see cref="InvalidDataException"/>
    /// naming the problem.</summary>
    public static (IReadOnlyDictionary<string, ModelTensors.Tensor> Tensors, IReadOnlyDictionary<string, string> Metadata) Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // A stream of unknown length is copied first, so allocations grow with the bytes actually read.
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }
        long available = stream.Length - stream.Position;
        if (available < 8) throw Bad($"the file has {available} bytes; a safetensors file starts with an 8-byte header length");
        Span<byte> length = stackalloc byte[8];
        stream.ReadExactly(length);
        ulong headerLength = BinaryPrimitives.ReadUInt64LittleEndian(length);
        if (headerLength > (ulong)(available - 8))
            throw Bad($"the header length is {headerLength} bytes but only {available - 8} bytes follow");
        if (headerLength > MaxHeaderBytes) throw Bad($"the header length {headerLength} is over the limit of {MaxHeaderBytes} bytes");
        var header = new byte[(int)headerLength];
        stream.ReadExactly(header);
        long dataLength = available - 8 - (long)headerLength;

        var (entries, metadata) = ParseHeader(header, dataLength);
        entries.Sort((a, b) => a.Begin.CompareTo(b.Begin));
        var tensors = new Dictionary<string, ModelTensors.Tensor>();
        long position = 0;
        foreach (var (name, shape, begin, end) in entries)
        {
            if (begin != position) throw Bad($"tensor '{name}' starts at byte {begin}, not where the previous one ended ({position})");
            var bytes = new byte[end - begin]; // at most dataLength, checked in ParseHeader
            stream.ReadExactly(bytes);
            var data = new float[bytes.Length / 4];
            for (int k = 0; k < data.Length; k++) data[k] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(k * 4, 4));
            tensors[name] = new ModelTensors.Tensor(name, shape, data);
            position = end;
        }
        if (position != dataLength) throw Bad($"the tensors cover {position} bytes of data but the file has {dataLength}");
        return (tensors, metadata);
    }

    private static (List<(string Name, int[] Shape, long Begin, long End)> Entries, Dictionary<string, string> Metadata) ParseHeader(byte[] header, long dataLength)
    {
        var entries = new List<(string Name, int[] Shape, long Begin, long End)>();
        var metadata = new Dictionary<string, string>();
        var names = new HashSet<string>();
        // JSON text is UTF-8; invalid bytes would surface later as InvalidOperationException from a string read.
        if (!System.Text.Unicode.Utf8.IsValid(header)) throw Bad("the header is not valid UTF-8");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(header);
        }
        catch (JsonException e)
        {
            throw Bad("the header is not valid JSON: " + e.Message, e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw Bad("the header is not a JSON object");
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!names.Add(property.Name)) throw Bad($"the header names '{property.Name}' twice");
                if (property.Name == "__metadata__")
                {
                    if (property.Value.ValueKind != JsonValueKind.Object) throw Bad("__metadata__ is not an object");
                    foreach (var item in property.Value.EnumerateObject())
                    {
                        if (item.Value.ValueKind != JsonValueKind.String) throw Bad($"metadata '{item.Name}' is not a string");
                        metadata[item.Name] = item.Value.GetString()!;
                    }
                    continue;
                }
                entries.Add(Entry(property, dataLength));
            }
        }
        return (entries, metadata);
    }

    private static (string Name, int[] Shape, long Begin, long End) Entry(JsonProperty property, long dataLength)
    {
        string name = property.Name;
        var value = property.Value;
        if (value.ValueKind != JsonValueKind.Object) throw Bad($"tensor '{name}' is not an object");
        if (!value.TryGetProperty("dtype", out var dtype) || dtype.ValueKind != JsonValueKind.String)
            throw Bad($"tensor '{name}' has no dtype");
        if (dtype.GetString() != "F32") throw Bad($"tensor '{name}' has dtype {dtype.GetString()}; only F32 is read");
        if (!value.TryGetProperty("shape", out var shapeJson) || shapeJson.ValueKind != JsonValueKind.Array)
            throw Bad($"tensor '{name}' has no shape");
        var shape = new int[shapeJson.GetArrayLength()];
        long elements = 1;
        int k = 0;
        foreach (var d in shapeJson.EnumerateArray())
        {
            if (d.ValueKind != JsonValueKind.Number || !d.TryGetInt32(out var size) || size < 0)
                throw Bad($"tensor '{name}' has the dimension {d.GetRawText()}; dimensions are integers from 0 to {int.MaxValue}");
            shape[k++] = size;
            // Capped, so a long list of large dimensions cannot overflow; checked against the data below.
            const long cap = long.MaxValue / 8;
            elements = size != 0 && elements > cap / size ? cap : elements * size;
        }
        if (!value.TryGetProperty("data_offsets", out var offsets) || offsets.ValueKind != JsonValueKind.Array || offsets.GetArrayLength() != 2
            || !offsets[0].TryGetInt64(out var begin) || !offsets[1].TryGetInt64(out var end))
            throw Bad($"tensor '{name}' needs data_offsets [begin, end] as two integers");
        if (begin < 0 || end < begin || end > dataLength)
            throw Bad($"tensor '{name}' has data_offsets [{begin}, {end}] outside the {dataLength} bytes of data");
        if (elements * 4 != end - begin)
            throw Bad($"tensor '{name}' has shape [{string.Join(", ", shape)}] ({elements} floats, {elements * 4} bytes) over {end - begin} bytes of data");
        if (elements > Array.MaxLength) throw Bad($"tensor '{name}' has {elements} elements, more than an array can hold");
        return (name, shape, begin, end);
    }

    private static InvalidDataException Bad(string problem, Exception? inner = null) =>
        new("Not a valid safetensors file: " + problem + ".", inner);
}
