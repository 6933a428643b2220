using Alta.Analysis.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>
/// reverse written by hand in the learned model's own terms: the general program that training on reverse has not
/// found (docs/learned-programs.md, "sort, reverse and most_freq"), right on every one of the 19,530 possible
/// inputs in the smallest shape that holds it and in the shape trained, so the shape is not what is missing.
/// </summary>
public class ReverseProgramTests
{
    /// <summary>
    /// Layer 0: a head copies the position of EOS (every query matches the key EOS) and an MLP of that and my
    /// position forms <c>EOS position - position</c>, the position of the symbol I output; layer 1: a head copies
    /// the token at that position, and the read-out votes for it. Every other module is left silent (no votes).
    /// </summary>
    [Theory]
    [InlineData(2, 1, 0, 1)]
    [InlineData(3, 3, 2, 1)]
    public void GeneralProgramReversesEveryInput(int layers, int heads, int counts, int mlps)
    {
        var task = LearnedTask.Get("reverse");
        var shape = new LearnedConfig { Layers = layers, CategoricalHeads = heads, CountHeads = counts, Mlps = mlps };
        var layout = new ProgramLayout(task, shape);
        var program = DiscreteProgram.From(new RelaxedProgram(layout, seed: 0), task);
        program = program with { Votes = program.Votes.Select(row => new int[row.Length]).ToArray() };
        int d = program.Width, eos = Array.IndexOf(program.Tokens, LearnedTask.Eos);
        int eosPosition = layout.Layers[0].HeadVariable(0), target = layout.Layers[0].MlpVariable(0), copied = layout.Layers[1].HeadVariable(0);
        var modules = program.Modules.ToArray();
        DiscreteModule Set(int variable, int[] reads, Func<int, int> table) => modules[variable - 2] = modules[variable - 2] with
        {
            Reads = reads,
            Table = Enumerable.Range(0, modules[variable - 2].Table.Length).Select(table).ToArray(),
        };
        Set(eosPosition, [1, 0, 1], _ => eos);
        // At BOS and EOS the difference is not used (not scored); keep it a valid position.
        Set(target, [eosPosition, 1], cell => Math.Max(0, cell / d - cell % d));
        Set(copied, [target, 1, 0], position => position);
        program = program with { Modules = modules };
        for (int label = 0; label < program.Labels.Length; label++)
            program.Votes[copied][Array.IndexOf(program.Tokens, program.Labels[label]) * program.Labels.Length + label] = 1;

        var inputs = EveryInput(task).ToList();
        Assert.Equal(19530, inputs.Count);
        Assert.Equal(1.0, program.Accuracy(inputs));
    }

    /// <summary>
    /// A program without MLPs, in 2 layers of 6 heads: in layer 0, head d copies the token d positions back
    /// (<c>Back_d</c>); in layer 1, head d, at position d only, copies <c>Back_d</c> from EOS, which is the token
    /// at <c>EOS position - d</c>, the one position d outputs; elsewhere its query matches nothing, so it reads
    /// <c>Back_d</c> at BOS, which is BOS and votes for nothing. Unlike the general program, each of its parts pays
    /// on its own: a head d back is already right at position p of an input of n symbols when d = 2p - n - 1.
    /// </summary>
    [Fact]
    public void ShiftThenReadAtEosReversesEveryInput()
    {
        var task = LearnedTask.Get("reverse");
        var layout = new ProgramLayout(task, new LearnedConfig { Layers = 2, CategoricalHeads = 6, CountHeads = 0, Mlps = 0 });
        var program = DiscreteProgram.From(new RelaxedProgram(layout, seed: 0), task);
        program = program with { Votes = program.Votes.Select(row => new int[row.Length]).ToArray() };
        int eos = Array.IndexOf(program.Tokens, LearnedTask.Eos), nowhere = program.Width - 1, pad = 0;
        Assert.True(nowhere >= program.Positions, "no position has the value used for 'no match'");
        var modules = program.Modules.ToArray();
        void Set(int variable, int[] reads, Func<int, int> table) => modules[variable - 2] = modules[variable - 2] with
        {
            Reads = reads,
            Table = Enumerable.Range(0, modules[variable - 2].Table.Length).Select(table).ToArray(),
        };
        for (int d = 1; d <= 6; d++)
        {
            int back = layout.Layers[0].HeadVariable(d - 1), read = layout.Layers[1].HeadVariable(d - 1), shift = d;
            Set(back, [1, 1, 0], position => position - shift is var k and >= 0 ? k : nowhere);
            Set(read, [1, 0, back], position => position == shift ? eos : pad);
            for (int label = 0; label < program.Labels.Length; label++)
                program.Votes[read][Array.IndexOf(program.Tokens, program.Labels[label]) * program.Labels.Length + label] = 1;
        }
        program = program with { Modules = modules };

        Assert.Equal(1.0, program.Accuracy(EveryInput(task)));
    }

    /// <summary>Every reverse input: BOS, 1 to 6 of the 5 symbols, EOS, labelled with its symbols reversed.</summary>
    static IEnumerable<LabelledSequence> EveryInput(LearnedTask task)
    {
        int bos = task.Tokens.ToList().IndexOf(LearnedTask.Bos), eos = task.Tokens.ToList().IndexOf(LearnedTask.Eos);
        var symbols = Enumerable.Range(0, 5).Select(s => task.Tokens.ToList().IndexOf(s.ToString())).ToArray();
        for (int length = 1; length <= 6; length++)
            for (int code = 0; code < (int)Math.Pow(5, length); code++)
            {
                var s = new int[length];
                for (int i = 0, c = code; i < length; i++, c /= 5) s[i] = symbols[c % 5];
                var labels = s.Reverse().Select(t => task.Labels.ToList().IndexOf(task.Tokens[t])).ToArray();
                yield return new LabelledSequence([bos, .. s, eos], [-1, .. labels, -1]);
            }
    }
}
