using Alta.Generators.Compile;
using Alta.Generators.Tests.Compile;

namespace Alta.Generators.Tests.Kernels;

/// <summary>
/// Long inputs to programs without MaxLength (issue 10, finding 4): Run needs memory linear in n where the heads'
/// selections are exact, says clearly where its limit is, and ExactUpToLength promises no more than Run can do.
/// </summary>
public class LongInputTests
{
    [Fact]
    public void ParitySumRunsSixtyFiveThousandTokensInLinearMemory()
    {
        // Past 46,341 tokens n*n overflowed an int; at 65,536 the n x n buffers alone were 34 GB.
        const int n = 65_536;
        var tokens = new int[n];
        foreach (var position in new[] { 3, 999, 20_000, 40_000, 50_001, 65_000, 65_100 }) tokens[position] = 1;
        tokens[^1] = Alta.Samples.ParitySum.End;
        var model = Alta.Samples.ParitySum.Model;
        var session = model.CreateSession();
        var outputs = new double[n];
        long before = GC.GetAllocatedBytesForCurrentThread();
        var (layers, halted) = session.Run(tokens, null, outputs);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(halted);
        Assert.Equal(1, layers);
        Assert.All(outputs, v => Assert.Equal(1.0, v)); // seven ones: odd
        // A few dozen floats per position and residual dimension at most: linear, not quadratic.
        long linear = 64L * n * model.Layout.ModelWidth * sizeof(float);
        Assert.True(allocated < linear, $"allocated {allocated:N0} bytes for {n} tokens");
    }

    [Fact]
    public void LongRunsEqualTheReferencePassToTheBit()
    {
        // Long enough that each head's key buckets hold hundreds of positions; the reference pass is quadratic.
        var model = ForwardPassTests.Load(HandMadePrograms.SumModTwo(maxOnes: 600));
        var random = new Random(5);
        foreach (var n in new[] { 1, 2, 300, 601 })
        {
            var tokens = ForwardPassTests.SumModTwoInput(random, n);
            var fast = model.Run(tokens);
            var reference = model.RunReference(tokens);
            BitIdentity.Equal(reference.Residual, fast.Residual);
            Assert.Equal(reference.Layers, fast.Layers);
        }
    }

    [Fact]
    public void InputsBeyondTheLimitGetAnArgumentExceptionStatingIt()
    {
        var program = HandMadePrograms.SumModTwo();
        var (built, evaluation) = program.Program.Build(program.Output, program.Halt);
        var compiled = ModelCompiler.Compile(built, evaluation, CancellationToken.None);
        var limited = CompiledTransformerLoader.Load(compiled with { Statistics = compiled.Statistics with { ExactUpToLength = 100 } });
        Assert.Equal(100, limited.LengthLimit);
        var tokens = Enumerable.Repeat(1, 100).Append(2).ToArray();
        var error = Assert.Throws<ArgumentException>(() => limited.Run(tokens));
        Assert.Contains("101 tokens", error.Message);
        Assert.Contains("at most 100", error.Message);
        Assert.Throws<ArgumentException>(() => limited.CreateSession().Run(tokens, null, new double[101]));
        Assert.Throws<ArgumentException>(() => limited.RunReference(tokens));
        Assert.StartsWith("Input 1:", Assert.Throws<ArgumentException>(() => limited.RunBatch([[1, 2], tokens], null, v => v)).Message);
        Assert.Equal(100, limited.Run(tokens[1..]).Outputs.Length);
    }

    [Fact]
    public void ExactUpToLengthIsWhatRunCanDo()
    {
        foreach (var model in new[] { Alta.Samples.ParitySum.Model, Alta.Samples.Addition.Model, Alta.Samples.Subleq.Model, Alta.Samples.Sort.Model })
        {
            Assert.Equal(model.Statistics.ExactUpToLength, model.LengthLimit);
            Assert.True((long)model.LengthLimit * model.Layout.ModelWidth <= Array.MaxLength);
        }
        Assert.Equal(ModelStatisticsCounter.MaxArrayLength, Array.MaxLength);
    }
}
