using Alta.Analysis.Forward;
using Alta.Analysis.Traces;
using Alta.Samples;
using Alta.Samples.Commands.Learnability;

namespace Alta.Analysis.Tests.Traces;

/// <summary>
/// The two ways to trace a program must give the same rows: the compiled weights' residual stream and the
/// interpreter's variables encoded in the layout. And the layer-by-layer pass must be <c>Run</c>.
/// </summary>
public class TraceIdentityTests
{
    public static TheoryData<string> Programs => new() { "parity-relative", "parity-absolute", "parity-sum", "addition" };

    [Theory]
    [MemberData(nameof(Programs))]
    public void InterpretAndRunGiveIdenticalTraces(string name)
    {
        var program = StudiedPrograms.Find(name);
        var inputs = program.RandomInputs(new Random(1), lengths: [1, 2, 3, 5], countPerLength: 3);
        var compiled = Tracing.FromModel(program.Model, inputs);
        var interpreted = Tracing.FromInterpreter(program.Program, program.CreateHost, program.Model.Layout, inputs);

        Assert.True(compiled.Rows > 0);
        Assert.Equal(interpreted.Rows, compiled.Rows);
        Assert.Equal(interpreted.Layer, compiled.Layer);
        Assert.Equal(interpreted.Position, compiled.Position);
        Assert.Equal(interpreted.Inputs.Data, compiled.Inputs.Data);
        Assert.Equal(interpreted.Deltas.Data, compiled.Deltas.Data);
        Assert.Equal(interpreted.Undefined.Data, compiled.Undefined.Data);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void LayerByLayerPassWithTheCompiledBlockIsRun(string name)
    {
        var program = StudiedPrograms.Find(name);
        var pass = new LayerByLayerPass(program.Model);
        foreach (var input in program.RandomInputs(new Random(2), lengths: [1, 4, 7], countPerLength: 2))
        {
            var expected = program.Model.Run(input);
            var actual = pass.Run(input, new CompiledFeedForward(program.Model));
            Assert.Equal(expected.Layers, actual.Layers);
            Assert.Equal(expected.Halted, actual.Halted);
            Assert.Equal(expected.Outputs, actual.Outputs);
            Assert.Equal(expected.Residual, actual.Residual);
        }
    }

    [Fact]
    public void NullHeadOutputsAreMarkedUndefined()
    {
        // Parity-relative, input "start 1": at position 0 both heads (offset -1) select nothing in layer 1.
        var trace = Tracing.FromModel(ParityRelative.Model, [[2, 1]]);
        var layout = ParityRelative.Model.Layout;
        var parityLeft = Array.Find(layout.Variables, v => v.Name == "ParityLeft")!;
        Assert.Equal(1f, trace.Undefined[0, parityLeft.Offset]);
        Assert.Equal(0f, trace.Undefined[1, parityLeft.Offset]);
        Assert.Equal(0f, trace.Undefined[0, 0]);
        var noisy = trace.WithNoise(seed: 1);
        Assert.NotEqual(0f, noisy.Inputs[0, parityLeft.Offset]);
        Assert.InRange(noisy.Inputs[0, parityLeft.Offset], -10f, 10f);
        Assert.Equal(trace.Inputs[1, parityLeft.Offset], noisy.Inputs[1, parityLeft.Offset]);
    }

    [Fact]
    public void TraceFileIsSafetensorsWithTheLayoutInItsMetadata()
    {
        var trace = Tracing.FromModel(ParityRelative.Model, [[2, 1, 0]]);
        using var stream = new MemoryStream();
        TraceFile.Write(trace, "parity-relative", stream);
        stream.Position = 0;
        var (tensors, metadata) = Alta.Interop.Safetensors.Read(stream);
        Assert.Equal([trace.Rows, 9], tensors["inputs"].Shape);
        Assert.Equal(trace.Deltas.Data, tensors["deltas"].Data);
        Assert.Equal(Array.ConvertAll(trace.Layer, l => (float)l), tensors["layer"].Data);
        Assert.Equal("parity-relative", metadata["alta_program"]);
        Assert.Contains("\"DoneLeft=true\"", metadata["alta_layout"]);
    }
}
