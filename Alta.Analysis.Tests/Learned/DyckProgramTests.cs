using Alta.Analysis.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>
/// Programs written by hand in the learned model's own terms (count heads, nearest-match heads, two-input tables,
/// integer votes) that solve dyck1 and dyck2 exactly: what training should find, and the smallest shapes known to
/// hold it (docs/learned-programs.md, "Results").
/// </summary>
public class DyckProgramTests
{
    const int F = 0, P = 1, T = 2;

    /// <summary>A program of the given shape with every module and vote still to be set.</summary>
    static DiscreteProgram Blank(LearnedTask task, LearnedConfig shape)
    {
        var program = DiscreteProgram.From(new RelaxedProgram(new ProgramLayout(task, shape), seed: 0), task);
        return program with { Votes = program.Votes.Select(row => new int[row.Length]).ToArray() };
    }

    static DiscreteModule Module(DiscreteProgram program, int variable, int[] reads, Func<int, int> table) =>
        program.Modules[variable - 2] with { Reads = reads, Table = Enumerable.Range(0, program.Modules[variable - 2].Table.Length).Select(table).ToArray() };

    /// <summary>The balance 2 * opens - position as a value: 0 .. 15, or 16 once there are more closes than opens.</summary>
    static int Balance(int opens, int position) => 2 * opens - position is var b and >= 0 ? b : 16;

    static void Vote(DiscreteProgram program, int variable, int value, int label, int votes) =>
        program.Votes[variable][value * program.Labels.Length + label] = votes;

    /// <summary>
    /// Two layers of one count head and one MLP: Count0_0 counts the opens so far, Mlp0_0 is the balance,
    /// Count1_0 counts the prefixes whose balance went negative; F when that count is not 0, else T at balance 0.
    /// </summary>
    [Fact]
    public void TwoLayersSolveDyck1()
    {
        var task = LearnedTask.Get("dyck1");
        var program = Blank(task, new LearnedConfig { Layers = 2, CategoricalHeads = 0, CountHeads = 1, Mlps = 1 });
        int d = program.Width, open = Array.IndexOf(program.Tokens, "(");
        // Variables: Token 0, Position 1, Count0_0 2, Mlp0_0 3, Count1_0 4, Mlp1_0 5.
        var modules = program.Modules.ToArray();
        modules[0] = Module(program, 2, [0, 0], _ => open);
        modules[1] = Module(program, 3, [2, 1], cell => Balance(cell / d, cell % d));
        modules[2] = Module(program, 4, [0, 3], _ => 16);
        program = program with { Modules = modules };
        for (int count = 1; count < d; count++) Vote(program, 4, count, F, 2);
        Vote(program, 3, 0, T, 1);
        for (int balance = 1; balance < 16; balance++) Vote(program, 3, balance, P, 1);
        Vote(program, 3, 16, F, 1);

        var data = LearnedDataset.Generate(task, 3000, seed: 5);
        Assert.Equal(1.0, program.Accuracy(data.Train.Concat(data.Validation).Concat(data.Test)));
    }

    /// <summary>
    /// Four layers of one categorical head, two count heads and two MLPs. Layer 0 counts the opens of each kind and
    /// adds them; layer 1 copies that sum from the previous position and makes the balance after me and before me;
    /// layer 2 finds my matching open (the nearest position whose balance before it is my balance after me; none
    /// when my balance is negative, then BOS) and marks me bad when I close the other kind; layer 3 counts the bad
    /// positions so far.
    /// </summary>
    [Fact]
    public void FourLayersSolveDyck2()
    {
        var task = LearnedTask.Get("dyck2");
        var program = Blank(task, new LearnedConfig { Layers = 4, CategoricalHeads = 1, CountHeads = 2, Mlps = 2 });
        int d = program.Width;
        int round = Array.IndexOf(program.Tokens, "("), curly = Array.IndexOf(program.Tokens, "{");
        int roundClose = Array.IndexOf(program.Tokens, ")"), curlyClose = Array.IndexOf(program.Tokens, "}");
        // Per layer l: Head{l}_0, Count{l}_0, Count{l}_1, Mlp{l}_0, Mlp{l}_1 are variables 2 + 5l .. 6 + 5l.
        int Head(int l) => 2 + 5 * l;
        int Count(int l, int h) => 3 + 5 * l + h;
        int Mlp(int l, int m) => 5 + 5 * l + m;
        var modules = program.Modules.ToArray();
        void Set(int variable, int[] reads, Func<int, int> table) => modules[variable - 2] = Module(program, variable, reads, table);
        Set(Count(0, 0), [0, 0], _ => round);
        Set(Count(0, 1), [0, 0], _ => curly);
        Set(Mlp(0, 0), [Count(0, 0), Count(0, 1)], cell => Math.Min(cell / d + cell % d, d - 1));
        // The previous position's opens (BOS's own, 0, at BOS: nothing has position -1).
        Set(Head(1), [1, 1, Mlp(0, 0)], position => position - 1 is var p and >= 0 ? p : d - 1);
        Set(Mlp(1, 0), [Mlp(0, 0), 1], cell => Balance(cell / d, cell % d));
        // The balance before me: 2 * (opens before me) - (position - 1); at BOS none, 16 (negative).
        Set(Mlp(1, 1), [Head(1), 1], cell => cell % d == 0 ? 16 : Balance(cell / d, cell % d - 1));
        // A negative balance (16) looks for 15, which no balance before a position reaches (at most 14): BOS.
        Set(Head(2), [Mlp(1, 0), Mlp(1, 1), 0], balance => Math.Min(balance, 15));
        Set(Mlp(2, 0), [Head(2), 0], cell =>
        {
            int matched = cell / d, token = cell % d;
            return (token == roundClose && matched != round) || (token == curlyClose && matched != curly) ? 1 : 0;
        });
        Set(Count(3, 0), [0, Mlp(2, 0)], _ => 1);
        program = program with { Modules = modules };
        for (int count = 1; count < d; count++) Vote(program, Count(3, 0), count, F, 2);
        Vote(program, Mlp(1, 0), 0, T, 1);
        for (int balance = 1; balance < 16; balance++) Vote(program, Mlp(1, 0), balance, P, 1);

        var data = LearnedDataset.Generate(task, 3000, seed: 5);
        Assert.Equal(1.0, program.Accuracy(data.Train.Concat(data.Validation).Concat(data.Test)));
    }
}
