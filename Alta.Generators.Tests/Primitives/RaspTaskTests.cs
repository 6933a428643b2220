namespace Alta.Generators.Tests.Primitives;

/// <summary>RASP tasks written with Prefer, Count and offset ranges: Interpret, Run and an oracle agree.</summary>
public class RaspTaskTests
{
    [Fact]
    public void Dyck2Examples()
    {
        foreach (var (text, balanced) in new[] { ("([])[]", true), ("([)]", false), ("((", false), ("()]", false), ("[[[[]]]]()", true) })
        {
            var tokens = Encode(text);
            Assert.All(Dyck2.Interpret(tokens).Outputs, b => Assert.Equal(balanced, b));
            var run = Dyck2.Run(tokens);
            Assert.True(run.Halted);
            Assert.All(run.Outputs, b => Assert.Equal(balanced, b));
        }
    }

    [Fact]
    public void Dyck2AgreesWithAStackAtLength32()
    {
        var random = new Random(32);
        for (int trial = 0; trial < 60; trial++)
        {
            // Half balanced strings of up to 32 brackets, half with one bracket changed.
            var tokens = Balanced(random, random.Next(1, 17));
            if (trial % 2 == 1) tokens[random.Next(tokens.Length)] = random.Next(4);
            bool expected = IsBalanced(tokens);
            var interpreted = Dyck2.Interpret(tokens);
            var run = Dyck2.Run(tokens);
            var text = "[" + string.Join(",", tokens) + "]";
            Assert.True(interpreted.Halted && interpreted.Outputs.All(b => b == expected), $"Interpret on {text}");
            Assert.True(run.Halted && run.Outputs.SequenceEqual(interpreted.Outputs) && run.Layers == interpreted.Layers, $"Run on {text}");
            if (trial % 15 == 0) Kernels.BitIdentity.Equal(Dyck2.Model.RunReference(tokens).Residual, Dyck2.Model.Run(tokens).Residual);
        }
    }

    private static int[] Encode(string text) => text.Select(c => "()[]".IndexOf(c)).ToArray();

    private static int[] Balanced(Random random, int pairs)
    {
        var tokens = new List<int>();
        var open = new Stack<int>();
        int left = pairs;
        while (left > 0 || open.Count > 0)
        {
            if (left > 0 && (open.Count == 0 || random.Next(2) == 0))
            {
                int kind = random.Next(2) * 2;
                tokens.Add(kind);
                open.Push(kind);
                left--;
            }
            else tokens.Add(open.Pop() + 1);
        }
        return tokens.ToArray();
    }

    private static bool IsBalanced(int[] tokens)
    {
        var open = new Stack<int>();
        foreach (var t in tokens)
        {
            if (t % 2 == 0) open.Push(t);
            else if (open.Count == 0 || open.Pop() != t - 1) return false;
        }
        return open.Count == 0;
    }
}
