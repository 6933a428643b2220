using System.Buffers.Binary;
using System.Text;
using Alta.Interop;

namespace Alta.Generators.Tests.Reliability;

/// <summary>
/// Issue 10, finding 9: Safetensors.Read on corrupted files. Every malformed file throws InvalidDataException,
/// no allocation exceeds the file's real size, and every shape is checked against its bytes.
/// </summary>
public class SafetensorsCorruptionTests
{
    [Theory]
    [InlineData("")]                                                                             // no header length
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 2000000000]}}")]  // 2 GB promised
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [1000000, 1000000], \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [-1], \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [3], \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [1.5], \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [4294967296], \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 0]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [-4, 0]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 9223372036854775807]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [1]}}")]
    [InlineData("{\"a\": {\"shape\": [1], \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F16\", \"shape\": [2], \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"a\": {\"dtype\": 7, \"shape\": [1], \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": \"1\", \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"a\": [1, 2]}")]
    [InlineData("[1, 2]")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}, \"a\": {\"dtype\": \"F32\", \"shape\": [0], \"data_offsets\": [4, 4]}}")]
    [InlineData("{\"__metadata__\": {\"x\": 1}, \"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"__metadata__\": [], \"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}}")]
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]")]     // truncated JSON
    [InlineData("{\"a\": {\"dtype\": \"F32\", \"shape\": [0], \"data_offsets\": [0, 0]}}")]   // 4 bytes left over
    [InlineData("\u0000\u0001garbage")]
    public void MalformedHeadersAreInvalidData(string json)
    {
        var file = json.Length == 0 ? new byte[5] : File(Encoding.UTF8.GetBytes(json), 4);
        AssertInvalid(file);
    }

    [Theory]
    [InlineData(0x7FFF_FFFFUL)]          // 2 GiB declared in a file of a few bytes
    [InlineData(0x8000_0000UL)]          // 2^31: used to throw OverflowException
    [InlineData(0xFFFF_FFFF_FFFF_FFFFUL)]
    public void HeaderLengthIsBoundedByTheFile(ulong declared)
    {
        var file = new byte[6 * 1024];
        BinaryPrimitives.WriteUInt64LittleEndian(file, declared);
        var before = GC.GetAllocatedBytesForCurrentThread();
        AssertInvalid(file);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000, "allocated more than the file holds");
    }

    [Fact]
    public void EveryTruncationAndEveryByteFlipOfARealFileIsReadOrRejectedCleanly()
    {
        var stream = new MemoryStream();
        Alta.Samples.ParityRelative.Model.SaveSafetensors(stream);
        var good = stream.ToArray();
        Safetensors.Read(new MemoryStream(good));
        for (int cut = 0; cut < good.Length; cut += Math.Max(1, good.Length / 300))
            AssertInvalid(good.AsSpan(0, cut).ToArray());
        var random = new Random(10);
        for (int trial = 0; trial < 2000; trial++)
        {
            var bad = (byte[])good.Clone();
            // Mostly inside the header, where the structure is.
            int at = random.Next(10) < 8 ? random.Next(Math.Min(bad.Length, 8 + 2048)) : random.Next(bad.Length);
            bad[at] = (byte)random.Next(256);
            try
            {
                var (tensors, _) = Safetensors.Read(new MemoryStream(bad));
                foreach (var tensor in tensors.Values)
                    Assert.Equal(tensor.Data.Length, tensor.Shape.Aggregate(1L, (a, b) => a * b));
            }
            catch (InvalidDataException)
            {
            }
        }
    }

    [Fact]
    public void NonSeekableStreamsAreReadToo()
    {
        var stream = new MemoryStream();
        Alta.Samples.ParityRelative.Model.SaveSafetensors(stream);
        var (tensors, metadata) = Safetensors.Read(new ForwardOnly(stream.ToArray()));
        Assert.NotEmpty(tensors);
        Assert.Contains("alta_config", metadata.Keys);
        AssertInvalid(new ForwardOnly(File(Encoding.UTF8.GetBytes("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 2000000000]}}"), 4)));
    }

    private static void AssertInvalid(byte[] file) => AssertInvalid(new MemoryStream(file));

    private static void AssertInvalid(Stream stream)
    {
        var e = Assert.Throws<InvalidDataException>(() => Safetensors.Read(stream));
        Assert.StartsWith("Not a valid safetensors file", e.Message);
    }

    private static byte[] File(byte[] header, int dataBytes)
    {
        var file = new byte[8 + header.Length + dataBytes];
        BinaryPrimitives.WriteUInt64LittleEndian(file, (ulong)header.Length);
        header.CopyTo(file, 8);
        return file;
    }

    /// <summary>A stream that cannot seek, as a network stream.</summary>
    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
