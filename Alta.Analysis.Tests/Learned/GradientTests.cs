using Alta.Analysis.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>
/// The relaxed model's hand-written backward pass against central finite differences, for every parameter:
/// each module's choices and table, and the linear read-out.
/// </summary>
public class GradientTests
{
    [Theory]
    [InlineData("hist")]   // every position sees every position
    [InlineData("dyck1")]  // causal
    [InlineData("sort")]   // EOS
    public void BackwardMatchesFiniteDifferences(string taskName)
    {
        var task = LearnedTask.Get(taskName);
        var layout = new ProgramLayout(task, new LearnedConfig { Layers = 2, CategoricalHeads = 1, CountHeads = 1, Mlps = 1 });
        var program = new RelaxedProgram(layout, seed: 3);
        var examples = LearnedDataset.Generate(task, 20, seed: 1).Train.Take(2).ToList();
        const double tau = 0.7;

        // The same Gumbel noise for every evaluation: the loss is then a smooth function of the logits.
        double Loss()
        {
            var sampled = new SampledProgram(program, new Random(5), tau);
            return examples.Sum(e => new RelaxedPass(sampled, e.Tokens).Forward(e.Labels));
        }

        var parameters = program.Parameters();
        foreach (var p in parameters) p.ClearGradient();
        var sampled = new SampledProgram(program, new Random(5), tau);
        foreach (var e in examples)
        {
            var pass = new RelaxedPass(sampled, e.Tokens);
            pass.Forward(e.Labels);
            pass.Backward(e.Labels, 1);
        }
        sampled.BackwardToParameters();

        var random = new Random(2);
        foreach (var p in parameters)
        {
            for (int t = 0; t < 4; t++)
            {
                int i = random.Next(p.Value.Length);
                float old = p.Value[i];
                const float h = 1e-2f;
                p.Value[i] = old + h;
                double plus = Loss();
                p.Value[i] = old - h;
                double minus = Loss();
                p.Value[i] = old;
                double numeric = (plus - minus) / (2 * h), analytic = p.Gradient[i];
                Assert.True(Math.Abs(numeric - analytic) <= 1e-3 + 1e-2 * Math.Abs(numeric),
                    $"{p.Name}[{i}]: finite difference {numeric}, backward {analytic}");
            }
        }
    }
}
