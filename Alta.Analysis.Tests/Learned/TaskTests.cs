using Alta.Analysis.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>The paper's tasks: labels recomputed independently, sizes and the unique split.</summary>
public class TaskTests
{
    static string[] Words(LearnedTask task, int[] ids) => ids.Select(i => task.Tokens[i]).ToArray();

    [Theory]
    [InlineData("reverse")]
    [InlineData("hist")]
    [InlineData("double_hist")]
    [InlineData("sort")]
    [InlineData("most_freq")]
    [InlineData("dyck1")]
    [InlineData("dyck2")]
    public void LabelsAreTheTasksDefinition(string name)
    {
        var task = LearnedTask.Get(name);
        var random = new Random(7);
        for (int n = 0; n < 200; n++)
        {
            var example = task.Draw(random);
            var words = Words(task, example.Tokens);
            Assert.Equal(LearnedTask.Bos, words[0]);
            Assert.InRange(words.Length, 2, task.MaxLength);
            Assert.Equal(-1, example.Labels[0]);
            var symbols = words.Skip(1).Where(w => w != LearnedTask.Eos).ToArray();
            var labels = example.Labels.Skip(1).Take(symbols.Length).Select(l => task.Labels[l]).ToArray();
            string[] expected = name switch
            {
                "reverse" => symbols.Reverse().ToArray(),
                "sort" => symbols.OrderBy(s => s, StringComparer.Ordinal).ToArray(),
                "hist" => symbols.Select(s => symbols.Count(t => t == s).ToString()).ToArray(),
                "double_hist" => symbols.Select(s => symbols.Distinct().Count(t => symbols.Count(u => u == t) == symbols.Count(u => u == s)).ToString()).ToArray(),
                "most_freq" => symbols.Distinct().OrderBy(s => -symbols.Count(t => t == s)).ThenBy(s => Array.IndexOf(symbols, s))
                    .Concat(Enumerable.Repeat(LearnedTask.Bos, symbols.Length)).Take(symbols.Length).ToArray(),
                _ => Dyck(symbols),
            };
            Assert.Equal(expected, labels);
        }
    }

    /// <summary>Per prefix: F once some prefix cannot be completed, else T when balanced, else P.</summary>
    static string[] Dyck(string[] symbols)
    {
        var result = new List<string>();
        var stack = new List<char>();
        bool failed = false;
        foreach (var s in symbols)
        {
            char c = s[0];
            if (!failed && (c == '(' || c == '{')) stack.Add(c);
            else if (!failed && stack.Count > 0 && stack[^1] == (c == ')' ? '(' : '{')) stack.RemoveAt(stack.Count - 1);
            else failed = true;
            result.Add(failed ? "F" : stack.Count == 0 ? "T" : "P");
        }
        return result.ToArray();
    }

    [Fact]
    public void DatasetIsSeededUniqueAndSplit()
    {
        var task = LearnedTask.Get("sort");
        var a = LearnedDataset.Generate(task, 1000, 3);
        var b = LearnedDataset.Generate(task, 1000, 3);
        Assert.Equal(a.Test.Select(e => string.Join(",", e.Tokens)), b.Test.Select(e => string.Join(",", e.Tokens)));
        var all = a.Train.Concat(a.Validation).Concat(a.Test).Select(e => string.Join(",", e.Tokens)).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(all.Count / 10, a.Test.Count);
    }

    [Fact]
    public void VocabularyOfEightIncludesTheSpecials()
    {
        foreach (var name in new[] { "reverse", "hist", "double_hist", "sort", "most_freq" })
        {
            Assert.Equal(8, LearnedTask.Get(name).Tokens.Count);
            Assert.Equal(8, LearnedTask.Get(name).MaxLength);
        }
        Assert.Equal(16, LearnedTask.Get("dyck2").MaxLength);
        Assert.Throws<ArgumentException>(() => LearnedTask.Get("nope"));
    }
}
