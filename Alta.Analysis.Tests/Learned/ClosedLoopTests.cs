using System.Reflection;
using Alta.Analysis.Learned;
using Alta.Samples.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>
/// The checked-in learned programs: each sample class is exactly what the decompiler writes for its saved
/// JSON, and on every input of the saved test set the learned model's forward pass, the class's
/// <c>Interpret</c> and its compiled <c>Run</c> give the same class at every position.
/// </summary>
public class ClosedLoopTests
{
    static string Resource(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("Learned." + name) ?? throw new InvalidOperationException($"No resource Learned.{name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    static void AssertClosedLoop<T>(string task, string className, Func<int[], AltaResult<T>> interpret, Func<int[], AltaResult<T>> run) where T : struct, Enum
    {
        var program = LearnedJson.Load(Resource(task + ".json"));
        var tests = LearnedJson.LoadExamples(Resource(task + ".test.json"));
        Assert.Equal(Resource(className + ".cs").ReplaceLineEndings(), new Decompiler(program, className).Write().ReplaceLineEndings());
        Assert.NotEmpty(tests);
        foreach (var example in tests)
        {
            var expected = program.Run(example.Tokens).Classes;
            var interpreted = interpret(example.Tokens);
            var compiled = run(example.Tokens);
            string input = string.Join(",", example.Tokens);
            Assert.True(interpreted.Halted && compiled.Halted, input);
            Assert.Equal(expected, interpreted.Outputs.Select(o => Convert.ToInt32(o)).ToArray());
            Assert.Equal(expected, compiled.Outputs.Select(o => Convert.ToInt32(o)).ToArray());
        }
        // The saved accuracy is the learned model's on this test set.
        Assert.Equal(program.TestAccuracy!.Value, program.Accuracy(tests), 12);
    }

    [Fact]
    public void SortAgreesEverywhere() => AssertClosedLoop<LearnedSort.Labels>("sort", nameof(LearnedSort), t => LearnedSort.Interpret(t), t => LearnedSort.Run(t));

    [Fact]
    public void HistAgreesEverywhere() => AssertClosedLoop<LearnedHist.Labels>("hist", nameof(LearnedHist), t => LearnedHist.Interpret(t), t => LearnedHist.Run(t));

    [Fact]
    public void DoubleHistAgreesEverywhere() => AssertClosedLoop<LearnedDoubleHist.Labels>("double_hist", nameof(LearnedDoubleHist), t => LearnedDoubleHist.Interpret(t), t => LearnedDoubleHist.Run(t));

    [Fact]
    public void Dyck1AgreesEverywhere() => AssertClosedLoop<LearnedDyck1.Labels>("dyck1", nameof(LearnedDyck1), t => LearnedDyck1.Interpret(t), t => LearnedDyck1.Run(t));

    [Fact]
    public void Dyck2AgreesEverywhere() => AssertClosedLoop<LearnedDyck2.Labels>("dyck2", nameof(LearnedDyck2), t => LearnedDyck2.Interpret(t), t => LearnedDyck2.Run(t));

    [Fact]
    public void ReverseAgreesEverywhere() => AssertClosedLoop<LearnedReverse.Labels>("reverse", nameof(LearnedReverse), t => LearnedReverse.Interpret(t), t => LearnedReverse.Run(t));
}
