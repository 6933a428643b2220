using Alta.Analysis.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>
/// reverse written by hand in the learned model's own terms: exact programs that training on reverse has not found
/// (docs/learned-programs.md, "reverse: a length-balanced loss"), each right on every one of the 19,530 possible
/// inputs in shapes that were trained, so the shape is not what is missing.
/// </summary>
public class ReverseProgramTests
{
    static readonly LearnedTask Task = LearnedTask.Get("reverse");

    /// <summary>A program of the given shape whose modules are still to be set; no variable votes yet.</summary>
    static (ProgramLayout Layout, DiscreteProgram Program, DiscreteModule[] Modules) Blank(int layers, int heads, int counts, int mlps)
    {
        var layout = new ProgramLayout(Task, new LearnedConfig { Layers = layers, CategoricalHeads = heads, CountHeads = counts, Mlps = mlps });
        var program = DiscreteProgram.From(new RelaxedProgram(layout, seed: 0), Task);
        program = program with { Votes = program.Votes.Select(row => new int[row.Length]).ToArray() };
        return (layout, program, program.Modules.ToArray());
    }

    static void Set(DiscreteModule[] modules, int variable, int[] reads, Func<int, int> table) => modules[variable - 2] = modules[variable - 2] with
    {
        Reads = reads,
        Table = Enumerable.Range(0, modules[variable - 2].Table.Length).Select(table).ToArray(),
    };

    /// <summary>The read-out: a symbol token in <paramref name="variable"/> votes for the label of the same name.</summary>
    static void VoteForItsToken(DiscreteProgram program, int variable)
    {
        for (int label = 0; label < program.Labels.Length; label++)
            program.Votes[variable][Array.IndexOf(program.Tokens, program.Labels[label]) * program.Labels.Length + label] = 1;
    }

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
        var (layout, program, modules) = Blank(layers, heads, counts, mlps);
        int d = program.Width, eos = Array.IndexOf(program.Tokens, LearnedTask.Eos);
        int eosPosition = layout.Layers[0].HeadVariable(0), target = layout.Layers[0].MlpVariable(0), copied = layout.Layers[1].HeadVariable(0);
        Set(modules, eosPosition, [1, 0, 1], _ => eos);
        // At BOS and EOS the difference is not used (not scored); keep it a valid position.
        Set(modules, target, [eosPosition, 1], cell => Math.Max(0, cell / d - cell % d));
        Set(modules, copied, [target, 1, 0], position => position);
        program = program with { Modules = modules };
        VoteForItsToken(program, copied);

        var inputs = EveryInput().ToList();
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
        var (layout, program, modules) = Blank(2, 6, 0, 0);
        int eos = Array.IndexOf(program.Tokens, LearnedTask.Eos), nowhere = program.Width - 1, pad = 0;
        Assert.True(nowhere >= program.Positions, "no position has the value used for 'no match'");
        for (int shift = 1; shift <= 6; shift++)
        {
            int back = layout.Layers[0].HeadVariable(shift - 1), read = layout.Layers[1].HeadVariable(shift - 1), d = shift;
            Set(modules, back, [1, 1, 0], position => position - d is var k and >= 0 ? k : nowhere);
            Set(modules, read, [1, 0, back], position => position == d ? eos : pad);
            VoteForItsToken(program, read);
        }
        program = program with { Modules = modules };

        Assert.Equal(1.0, program.Accuracy(EveryInput()));
    }

    /// <summary>Every reverse input: BOS, 1 to 6 of the 5 symbols, EOS, labelled with its symbols reversed.</summary>
    static IEnumerable<LabelledSequence> EveryInput()
    {
        var tokens = Task.Tokens.ToList();
        int bos = tokens.IndexOf(LearnedTask.Bos), eos = tokens.IndexOf(LearnedTask.Eos);
        var symbols = Enumerable.Range(0, 5).Select(s => tokens.IndexOf(s.ToString())).ToArray();
        for (int length = 1; length <= 6; length++)
            for (int code = 0; code < (int)Math.Pow(5, length); code++)
            {
                var s = new int[length];
                for (int i = 0, c = code; i < length; i++, c /= 5) s[i] = symbols[c % 5];
                var labels = s.Reverse().Select(t => Task.Labels.ToList().IndexOf(Task.Tokens[t])).ToArray();
                yield return new LabelledSequence([bos, .. s, eos], [-1, .. labels, -1]);
            }
    }
}
