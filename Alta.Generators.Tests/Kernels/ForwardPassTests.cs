using Alta.Generators.Compile;
using Alta.Generators.Spec;
using Alta.Generators.Tests.Compile;
using Alta.Interpretation;

namespace Alta.Generators.Tests.Kernels;

/// <summary>
/// The compiled model against the interpreter (running the same rules), and the fast pass against the
/// dense reference pass, on hand-made programs and random inputs.
/// </summary>
public class ForwardPassTests
{
    internal static AltaModel Load((HandMadeProgram Program, int Output, int Halt) program)
    {
        var (model, evaluation) = program.Program.Build(program.Output, program.Halt);
        return CompiledTransformerLoader.Load(ModelCompiler.Compile(model, evaluation, CancellationToken.None));
    }

    internal static int[] RelativeParityInput(Random random, int length)
    {
        var tokens = new int[length];
        tokens[0] = 2;
        for (int i = 1; i < length; i++) tokens[i] = random.Next(2);
        return tokens;
    }

    internal static int[] SumModTwoInput(Random random, int length)
    {
        var tokens = new int[length];
        for (int i = 0; i < length - 1; i++) tokens[i] = random.Next(2);
        tokens[length - 1] = 2;
        return tokens;
    }

    internal static int[] SortUniqueInput(Random random, int length)
    {
        var rest = Enumerable.Range(1, 15).OrderBy(_ => random.Next()).Take(length - 1);
        return [0, .. rest];
    }

    internal static int[] SetRotationInput(Random random, int length) => Enumerable.Range(0, length).Select(_ => random.Next(4)).ToArray();

    public static TheoryData<string> Programs => new() { "RelativeParity", "SumModTwo", "SortUnique", "SetRotation", "TwoStageWrites" };

    internal static ((HandMadeProgram Program, int Output, int Halt) Program, Func<Random, int, int[]> Input, int MaxLength) Case(string name) => name switch
    {
        "RelativeParity" => (HandMadePrograms.RelativeParity(), RelativeParityInput, 40),
        "SumModTwo" => (HandMadePrograms.SumModTwo(), SumModTwoInput, 41),
        "SetRotation" => (HandMadePrograms.SetRotation(), SetRotationInput, 30),
        "TwoStageWrites" => (HandMadePrograms.TwoStageWrites(), (r, n) => Enumerable.Range(0, n).Select(_ => r.Next(8)).ToArray(), 20),
        _ => (HandMadePrograms.SortUnique(), SortUniqueInput, 16),
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void RunAgreesWithTheInterpreter(string name)
    {
        var (program, input, maxLength) = Case(name);
        var model = Load(program);
        var (interpreted, host) = program.Program.Interpreted(program.Output, program.Halt);
        var random = new Random(7);
        for (int trial = 0; trial < 200; trial++)
        {
            var tokens = input(random, random.Next(1, maxLength + 1));
            var expected = Interpreter.Run(interpreted, host, tokens, null, null);
            var actual = model.Run(tokens);
            Assert.Equal(expected.Outputs, actual.Outputs);
            Assert.Equal(expected.Layers, actual.Layers);
            Assert.Equal(expected.Halted, actual.Halted);
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void FastPassEqualsReferencePassToTheBit(string name)
    {
        var (program, input, maxLength) = Case(name);
        var model = Load(program);
        var random = new Random(11);
        for (int trial = 0; trial < 40; trial++)
        {
            var tokens = input(random, random.Next(1, maxLength + 1));
            int layers = random.Next(1, 6);
            var fast = model.Run(tokens, layers);
            var reference = model.RunReference(tokens, layers);
            Assert.Equal(reference.Layers, fast.Layers);
            Assert.Equal(reference.Halted, fast.Halted);
            Assert.Equal(reference.Outputs, fast.Outputs);
            BitIdentity.Equal(reference.Residual, fast.Residual);
        }
    }

    [Fact]
    public void ResidualValuesStayExactlyZeroOrOneInOneHotSlices()
    {
        var model = Load(HandMadePrograms.SortUnique());
        var run = model.Run([0, 5, 3, 9, 1], 1);
        // After a layer, head outputs are reset to exactly zero and one-hot slices hold exact 0/1.
        int d = model.Layout.ModelWidth;
        foreach (var slice in model.Layout.Variables)
            for (int i = 0; i < 5; i++)
                for (int k = 0; k < slice.Width; k++)
                {
                    float value = run.Residual[i * d + slice.Offset + k];
                    if (slice.IsHead) Assert.Equal(0f, value);
                    else if (slice.Kind == Alta.Interpretation.VariableKind.Categorical) Assert.True(value is 0f or 1f, $"{slice.Name} = {value}");
                }
    }

    [Fact]
    public void HeadsThatSelectNothingWriteExactlyZero()
    {
        // At length 1 the offset -1 selects nothing: the sink takes all the weight, so DoneLeft is null and nothing fires.
        var model = Load(HandMadePrograms.RelativeParity());
        var run = model.Run([1], 1);
        Assert.Equal([1.0], run.Outputs);
        Assert.False(run.Halted);
        var reference = model.RunReference([1], 3);
        Assert.Equal(3, reference.Layers);
        Assert.All(reference.Residual.Skip(5), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void LengthOneAndLengthAtTheLimitRun()
    {
        var model = Load(HandMadePrograms.SortUnique());
        Assert.Equal([0.0], model.Run([0]).Outputs);
        var full = Enumerable.Range(0, 16).Reverse().ToArray();
        full[15] = 0;
        full[0] = 15;
        var tokens = new[] { 0 }.Concat(Enumerable.Range(1, 15).Reverse()).ToArray();
        var run = model.Run(tokens);
        Assert.Equal(Enumerable.Range(0, 16).Select(v => (double)v), run.Outputs);
        Assert.True(run.Halted);
        Assert.Equal(2, run.Layers);
    }

    [Fact]
    public void InvalidInputsThrowLikeInterpret()
    {
        var model = Load(HandMadePrograms.SortUnique());
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => model.Run([])).Message);
        Assert.Contains("MaxLength is 16", Assert.Throws<ArgumentException>(() => model.Run(new int[17])).Message);
        Assert.Contains("Token 16 at position 1", Assert.Throws<ArgumentException>(() => model.Run([0, 16])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Run([0], 0));
        Assert.Throws<ArgumentException>(() => model.RunReference([0, 16]));
    }

    [Fact]
    public void BatchesGiveTheResultsOfSingleRunsInInputOrder()
    {
        var model = Load(HandMadePrograms.SortUnique());
        var random = new Random(3);
        var inputs = Enumerable.Range(0, 200).Select(_ => SortUniqueInput(random, random.Next(1, 17))).ToList();
        var batch = model.RunBatch(inputs, null, static v => (int)v);
        for (int k = 0; k < inputs.Count; k++)
        {
            var single = model.Run(inputs[k]);
            Assert.Equal(single.Outputs.Select(v => (int)v), batch[k].Outputs);
            Assert.Equal(single.Layers, batch[k].Layers);
            Assert.Equal(single.Halted, batch[k].Halted);
        }
        inputs.Insert(50, [0, 99]);
        var error = Assert.Throws<ArgumentException>(() => model.RunBatch(inputs, null, static v => v));
        Assert.StartsWith("Input 50: Token 99 at position 1", error.Message);
    }

    [Fact]
    public void SessionsAllocateNothingOnceWarm()
    {
        var model = Load(HandMadePrograms.SortUnique());
        var session = model.CreateSession();
        int[] tokens = [0, 13, 10, 4, 15, 2, 14, 6, 7, 11, 9, 3, 1, 8];
        var outputs = new double[tokens.Length];
        session.Run(tokens, null, outputs);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 50; i++) session.Run(tokens, null, outputs);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(model.Run(tokens).Outputs, outputs);
    }

    [Fact]
    public void AnEditedWeightBreaksTheAgreement()
    {
        var program = HandMadePrograms.RelativeParity();
        var (model, evaluation) = program.Program.Build(program.Output, program.Halt);
        var compiled = ModelCompiler.Compile(model, evaluation, CancellationToken.None);
        // Drop the Done rule's Done=0 atom weight: the unit then fires for done positions too.
        var layer = compiled.FeedForward[0];
        var values = layer.Weights.Values.ToArray();
        int entry = Enumerable.Range(0, values.Length).First(k => values[k] == 1f && RowOf(layer.Weights, k) == 8);
        values[entry] = 0.5f;
        var edited = compiled with
        {
            FeedForward = new[] { layer with { Weights = layer.Weights with { Values = values.ToEquatableArray() } } }.ToEquatableArray(),
        };
        var original = CompiledTransformerLoader.Load(compiled);
        var broken = CompiledTransformerLoader.Load(edited);
        var tokens = new[] { 2, 1, 0, 1, 1, 0 };
        Assert.Equal([0.0, 1, 1, 0, 1, 1], original.Run(tokens).Outputs);
        var wrong = broken.Run(tokens);
        Assert.NotEqual(original.Run(tokens).Outputs, wrong.Outputs);
        Assert.Equal(broken.RunReference(tokens).Outputs, wrong.Outputs);
    }

    private static int RowOf(Alta.Generators.Compile.SparseWeights w, int entry)
    {
        int row = 0;
        while (w.RowStarts[row + 1] <= entry) row++;
        return row;
    }

    [Fact]
    public void SoftmaxWithLargeLogitsIsExact()
    {
        Span<float> logits = [128f, 256f, 0f, 256f, -1e9f, 256f];
        Alta.Forward.SinkSoftmax.Apply(logits);
        Assert.Equal([0f, 1f / 3, 0f, 1f / 3, 0f, 1f / 3], logits.ToArray());
        Span<float> none = [128f, 0f, 0f, -1e9f];
        Alta.Forward.SinkSoftmax.Apply(none);
        Assert.Equal([1f, 0f, 0f, 0f], none.ToArray());
        Span<float> huge = [3e38f, 3e38f, -3e38f];
        Alta.Forward.SinkSoftmax.Apply(huge);
        Assert.Equal([0.5f, 0.5f, 0f], huge.ToArray());
    }

    [Fact]
    public void LongInputsStayExact()
    {
        // Without MaxLength the bound is exact float32 counting; a mean over 2,000 positions is still a bucket centre.
        var model = Load(HandMadePrograms.SumModTwo(maxOnes: 2000));
        var tokens = Enumerable.Repeat(1, 1999).Append(2).ToArray();
        var run = model.Run(tokens);
        Assert.All(run.Outputs, v => Assert.Equal(1.0, v));
        Assert.Equal(1 << 24, model.Statistics.ExactUpToLength);
    }
}
