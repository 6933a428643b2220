using Alta.Samples;

namespace Alta.Generators.Tests.Samples;

/// <summary>
/// SCAN: the grammar's oracle against every line of the benchmark; the <see cref="Scan"/> program through
/// <c>Interpret</c> on all 20,910 commands; <c>Run</c> against <c>Interpret</c> on a fixed sample that covers every
/// rule and the longest commands (the full set through <c>Run</c> is <c>scan-eval --split all</c> in the samples app).
/// </summary>
public class ScanTests
{
    private static readonly Lazy<IReadOnlyList<ScanTask>> Tasks = new(() => ScanTasks.Load(ScanSplit.All));

    [Fact]
    public void OracleReproducesEveryLineOfTasks()
    {
        Assert.Equal(20_910, Tasks.Value.Count);
        foreach (var task in Tasks.Value)
            Assert.True(ScanOracle.Interpret(task.Command) == task.Actions, $"{task.Command}: oracle {ScanOracle.Interpret(task.Command)}, expected {task.Actions}");
    }

    [Fact]
    public void SplitsAreTheBenchmarksTestHalves()
    {
        Assert.Equal(4_182, ScanTasks.Load(ScanSplit.Simple).Count);
        Assert.Equal(3_920, ScanTasks.Load(ScanSplit.Length).Count);
        Assert.Equal(7_706, ScanTasks.Load(ScanSplit.AddPrimJump).Count);
    }

    [Theory]
    [InlineData("twice jump", "not a SCAN phrase")]
    [InlineData("turn", "'turn' needs a direction")]
    [InlineData("turn twice", "'turn' needs a direction")]
    [InlineData("walk and run and jump", "not a SCAN phrase")]
    [InlineData("walk left left", "not a SCAN phrase")]
    [InlineData("walk opposite", "direction must be")]
    [InlineData("jump twice thrice", "direction must be")]
    [InlineData("fly", "Unknown word 'fly'")]
    [InlineData("walk and walk and walk and walk and walk and walk", "at most 9")]
    [InlineData("   ", "empty")]
    public void OracleRejectsWhatIsNotACommand(string command, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => ScanOracle.Interpret(command));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void InterpretSolvesEveryCommand()
    {
        // The interpreter is fast enough for the whole benchmark in a few seconds (Run takes minutes: scan-eval).
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(Tasks.Value, task =>
        {
            var (actions, layers, halted) = Solve(task.Command, Engine.Interpret);
            if (actions != task.Actions || !halted || layers != ExpectedLayers(task)) failures.Add($"{task.Command}: {actions} in {layers} layers (halted {halted})");
        });
        Assert.True(failures.IsEmpty, $"{failures.Count} wrong, e.g. {failures.FirstOrDefault()}");
    }

    [Fact]
    public void SampleCoversEveryRuleAndTheLongestCommands()
    {
        var sample = Sample();
        Assert.True(sample.Count >= 300, $"{sample.Count} commands");
        var words = sample.SelectMany(t => ScanText.Words(t.Command)).ToHashSet();
        Assert.Equal(13, words.Count);   // every word, hence every terminal rule
        var phrases = sample.SelectMany(t => Phrases(t.Command)).ToHashSet();
        foreach (var verb in new[] { "walk", "look", "run", "jump", "turn" })
        foreach (var shape in new[] { "", " left", " right", " opposite left", " opposite right", " around left", " around right" })
        foreach (var repeat in new[] { "", " twice", " thrice" })
        {
            if (verb == "turn" && shape == "") continue;
            Assert.Contains(verb + shape + repeat, phrases);
        }
        Assert.Contains(sample, t => t.Command.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(sample, t => t.Command.Contains(" after ", StringComparison.Ordinal));
        Assert.Contains(sample, t => ScanText.Words(t.Command).Length == 9);
        Assert.Contains(sample, t => t.Actions.Split(' ').Length == Scan.Cells);
    }

    [Fact]
    public void RunAgreesWithInterpretOnTheSample()
    {
        foreach (var task in Sample())
        {
            var (actions, layers, halted) = Solve(task.Command, Engine.Run);
            Assert.True(actions == task.Actions, $"{task.Command}: Run wrote {actions}, expected {task.Actions}");
            Assert.True(halted && layers == ExpectedLayers(task), $"{task.Command}: {layers} layers, halted {halted}");
        }
    }

    [Fact]
    public void RunBatchAgreesWithRun()
    {
        var sample = Sample().Take(40).ToList();
        var batch = Scan.RunBatch(sample.Select(t => ScanText.Tokens(t.Command)).ToList());
        for (int i = 0; i < sample.Count; i++)
        {
            var single = Scan.Run(ScanText.Tokens(sample[i].Command));
            Assert.Equal(single.Outputs, batch[i].Outputs);
            Assert.Equal(single.Layers, batch[i].Layers);
        }
    }

    [Fact] public void JumpTwiceAfterWalkInterpret() => JumpTwiceAfterWalk(Engine.Interpret);
    [Fact] public void JumpTwiceAfterWalkRun() => JumpTwiceAfterWalk(Engine.Run);

    private static void JumpTwiceAfterWalk(Engine engine)
    {
        var (actions, layers, halted) = Solve("jump twice after walk", engine);
        Assert.Equal("I_WALK I_JUMP I_JUMP", actions);
        Assert.Equal(4 + 1 + 3, layers);   // four words, the end marker, three actions
        Assert.True(halted);
    }

    [Theory]
    [InlineData(new[] { ScanWord.Twice, ScanWord.Jump })]
    [InlineData(new[] { ScanWord.Turn })]
    [InlineData(new[] { ScanWord.Turn, ScanWord.Twice })]
    [InlineData(new[] { ScanWord.Walk, ScanWord.And, ScanWord.Run, ScanWord.After, ScanWord.Jump })]
    [InlineData(new[] { ScanWord.Walk, ScanWord.Left, ScanWord.Left })]
    [InlineData(new[] { ScanWord.Walk, ScanWord.Opposite, ScanWord.Twice })]
    [InlineData(new ScanWord[0])]
    public void UngrammaticalCommandsHaltWithoutActions(ScanWord[] words)
    {
        var tokens = ScanText.Tokens(words);
        foreach (var result in new[] { Scan.Interpret(tokens), Scan.Run(tokens) })
        {
            Assert.True(result.Halted);
            Assert.All(result.Outputs, a => Assert.Equal(ScanAction.None, a));
        }
    }

    /// <summary>The sample: every one-phrase command (each phrase rule with each verb, direction and repeat), every
    /// command with 48 actions (all have 9 words), and every 97th line of the file (whose order is random).</summary>
    internal static List<ScanTask> Sample()
    {
        var chosen = new List<ScanTask>();
        for (int i = 0; i < Tasks.Value.Count; i++)
        {
            var task = Tasks.Value[i];
            bool onePhrase = Phrases(task.Command).Count == 1;
            bool longest = task.Actions.Split(' ').Length == Scan.Cells;
            if (onePhrase || longest || i % 97 == 0) chosen.Add(task);
        }
        return chosen;
    }

    /// <summary>The command's phrases (the parts around and/after).</summary>
    private static List<string> Phrases(string command) =>
        command.Split([" and ", " after "], StringSplitOptions.None).ToList();

    /// <summary>The program reads every word and the end marker, then writes one action per layer.</summary>
    private static int ExpectedLayers(ScanTask task) => ScanText.Words(task.Command).Length + 1 + task.Actions.Split(' ').Length;

    private static (string Actions, int Layers, bool Halted) Solve(string command, Engine engine)
    {
        var tokens = ScanText.Tokens(command);
        var interpreted = Scan.Interpret(tokens);
        var result = interpreted;
        if (engine == Engine.Run)
        {
            result = Scan.Run(tokens);
            Assert.True(result.Outputs.SequenceEqual(interpreted.Outputs) && result.Layers == interpreted.Layers && result.Halted == interpreted.Halted,
                $"{command}: Run {result} differs from Interpret {interpreted}");
        }
        var words = ScanText.Words(command).Length;
        return (ScanText.Actions(ScanText.Decode(result.Outputs, words)), result.Layers, result.Halted);
    }
}
