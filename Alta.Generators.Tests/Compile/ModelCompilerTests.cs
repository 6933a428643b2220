using Alta.Generators.Compile;
using Alta.Interpretation;

namespace Alta.Generators.Tests.Compile;

public class ModelCompilerTests
{
    private static (CompiledTransformer Compiled, AltaModel Model) Compile((HandMadeProgram Program, int Output, int Halt) program, int haltValue = 1)
    {
        var (model, evaluation) = program.Program.Build(program.Output, program.Halt, haltValue);
        var compiled = ModelCompiler.Compile(model, evaluation, CancellationToken.None);
        return (compiled, CompiledTransformerLoader.Load(compiled));
    }

    [Fact]
    public void RelativeParityHasTheLayoutOfCompilerMd()
    {
        var (compiled, _) = Compile(HandMadePrograms.RelativeParity());
        // One + Parity(2) + Done(2) + ParityLeft(2) + DoneLeft(2).
        Assert.Equal(9, compiled.ModelWidth);
        Assert.Equal([1, 3, 5, 7], compiled.Slices.Select(s => s.Offset));
        // E_tok: token 1 is One, Parity=1, Done=0; token 2 is One, Parity=0, Done=1.
        Assert.Equal(1f, compiled.TokenEmbedding[1, 0]);
        Assert.Equal(1f, compiled.TokenEmbedding[1, 2]);
        Assert.Equal(1f, compiled.TokenEmbedding[1, 3]);
        Assert.Equal(1f, compiled.TokenEmbedding[2, 4]);
        Assert.Equal(0f, compiled.TokenEmbedding[2, 2]);
        Assert.Equal(0, compiled.TokenEmbedding.RowStarts[1] - compiled.TokenEmbedding.RowStarts[0] - 3);
        Assert.Null(compiled.PositionEmbedding);
    }

    [Fact]
    public void OffsetOnlyHeadsScoreThroughTheOneDimensionWithASinkHalfway()
    {
        var (compiled, _) = Compile(HandMadePrograms.RelativeParity());
        var head = compiled.Heads[0];
        Assert.Equal(1, head.Query.Columns);
        Assert.Equal(16f, head.Query[0, 0]);
        Assert.Equal(16f, head.Key[0, 0]);
        Assert.Equal(1, head.Query.NonZeros);
        Assert.Equal(128f, head.SinkLogit);
        Assert.Equal([-1], head.Offsets);
        // W_V copies Parity's one-hot, W_O writes it into ParityLeft's slice.
        Assert.Equal(1f, head.Value[1, 0]);
        Assert.Equal(1f, head.Value[2, 1]);
        Assert.Equal(1f, head.Output[0, 5]);
        Assert.Equal(1f, head.Output[1, 6]);
        Assert.Equal(2, head.Output.NonZeros);
    }

    [Fact]
    public void RelativeParityFeedForwardHasOneUnitPerRuleAndResetsTheHeads()
    {
        var (compiled, _) = Compile(HandMadePrograms.RelativeParity());
        // No numerical or set reads: one layer; three rule units (all one-stage) and four reset units.
        Assert.Single(compiled.FeedForward);
        Assert.Equal(7, compiled.FeedForward[0].Bias.Count);
        Assert.Equal([7], compiled.Statistics.FfnWidths);
        Assert.Equal(3, compiled.Statistics.Rules);
        // The Done rule: Done=0 and DoneLeft=1: bias 1 - 2 atoms.
        var layer = compiled.FeedForward[0];
        int doneRule = Enumerable.Range(0, 7).Single(u => layer.Weights[3, u] == 1f && layer.Weights[8, u] == 1f && layer.Weights[6, u] == 0f);
        Assert.Equal(-1f, layer.Bias[doneRule]);
        Assert.Equal(1f, compiled.FeedForwardOutput[doneRule, 4]);
        Assert.Equal(-1f, compiled.FeedForwardOutput[doneRule, 3]);
        // Every head dimension is subtracted by a pass-through unit.
        for (int d = 5; d <= 8; d++)
        {
            int unit = Enumerable.Range(0, 7).Single(u => compiled.FeedForwardOutput[u, d] == -1f);
            Assert.Equal(1f, layer.Weights[d, unit]);
            Assert.Equal(0f, layer.Bias[unit]);
        }
    }

    [Fact]
    public void StatisticsCountTheWeights()
    {
        var (compiled, model) = Compile(HandMadePrograms.RelativeParity());
        var s = model.Statistics;
        Assert.Equal(9, s.ModelWidth);
        Assert.Equal(2, s.Heads);
        Assert.Equal(16f, s.AttentionScale);
        Assert.Equal(1 << 24, s.ExactUpToLength);
        long parameters = 3 * 9 + 2 * (9 * 1 * 2 + 9 * 2 + 2 * 9) + 9 * 7 + 7 + 7 * 9;
        Assert.Equal(parameters, s.Parameters);
        Assert.True(s.NonZeros < s.Parameters / 3);
        Assert.Contains("ModelWidth=9", s.ToString());
    }

    [Fact]
    public void SortUniqueUsesExpansionAndKnowsTargetsOldValue()
    {
        var (compiled, _) = Compile(HandMadePrograms.SortUnique());
        // Expansion (set and numerical reads) and rules. Target is written only while Phase = 0, by rules whose step
        // also sets Phase to 1, so its old value is its initial 16 (OldValues): each of its 16 rules is one unit, where
        // clearing 17 old values took a write layer (two stages).
        Assert.Equal(2, compiled.FeedForward.Count);
        int target = compiled.Slices.Select((s, i) => (s, i)).Single(x => x.s.Name == "Target").i;
        Assert.Equal(16, Enumerable.Range(0, compiled.FeedForwardOutput.Rows).Count(u =>
            Enumerable.Range(compiled.Slices[target].Offset, compiled.Slices[target].Width).Any(d => compiled.FeedForwardOutput[u, d] > 0)));
        Assert.Equal(16, compiled.MaxLength);
        Assert.NotNull(compiled.PositionEmbedding);
        // The set query: membership bits of UpTo against Token's one-hot.
        var width = compiled.Heads[0];
        int upTo = compiled.Slices[1].Offset;
        Assert.Equal(16f, width.Query[upTo + 3, 3]);
        Assert.Equal(0f, width.Query[upTo + 3, 4]);
        // The Where head maps Index (16 values) onto Target's 17 keys.
        Assert.Equal(17, compiled.Heads[1].Key.Columns);
    }

    [Fact]
    public void SetQueriesWithANonMembershipRelationAreReported()
    {
        var p = new HandMadeProgram { Name = "Odd", Vocabulary = 4 };
        int token = p.Categorical("Token", 4, fromToken: t => t);
        int set = p.Set("Set", 4, [[0], [1, 2]], fromToken: t => t % 2);
        p.Head("Bad", token, query: set, key: token, where: (s, k) => k == 3);
        var (model, evaluation) = p.Build(token);
        var error = Assert.Throws<ModelCompilationException>(() => ModelCompiler.Compile(model, evaluation, CancellationToken.None));
        Assert.Equal("ALTA050", error.Failure.Descriptor.Id);
        Assert.Equal("Bad", error.Failure.Arguments[0]);
    }

    [Fact]
    public void NumericalKeysAreReported()
    {
        var p = new HandMadeProgram { Name = "Odd", Vocabulary = 4 };
        int token = p.Categorical("Token", 4, fromToken: t => t);
        int value = p.Numerical("Value", [0, 1], fromToken: t => t % 2);
        p.Head("Bad", token, query: token, key: value, where: (q, k) => q == k);
        var (model, evaluation) = p.Build(token);
        var error = Assert.Throws<ModelCompilationException>(() => ModelCompiler.Compile(model, evaluation, CancellationToken.None));
        Assert.Equal("ALTA051", error.Failure.Descriptor.Id);
        Assert.Contains("numerical", error.Failure.ToDiagnostic(null).ToDiagnostic().GetMessage());
    }

    [Fact]
    public void AssignmentsThatIgnoreTheOldValueAreWrittenInTwoStages()
    {
        var (compiled, _) = Compile(HandMadePrograms.TwoStageWrites());
        // Expansion, rules, then write and clear units.
        Assert.Equal(3, compiled.FeedForward.Count);
        int level = compiled.Slices[1].Offset;
        var output = compiled.FeedForwardOutput;
        // One write unit per target centre adds it; one clear unit per old bucket subtracts it.
        var writes = Enumerable.Range(0, output.Rows).Select(u => output[u, level]).Where(v => v != 0).ToList();
        var centres = Enumerable.Range(0, 8).Select(k => (float)(k * 0.75 - 2)).Where(c => c != 0).ToList();
        foreach (var c in centres)
        {
            Assert.Contains(c, writes);
            Assert.Contains(-c, writes);
        }

        // Chosen's rules differ only in the Token atom, so "some rule fired" is one unit and each clear unit
        // (which subtracts an old set's bits) reads just two inputs: the old-value indicator and that unit.
        var chosen = compiled.Slices[2];
        var last = compiled.FeedForward[2].Weights;
        var clears = Enumerable.Range(0, output.Rows)
            .Where(u => Enumerable.Range(chosen.Offset, chosen.Width).Any(d => output[u, d] < 0)).ToList();
        Assert.Equal(7, clears.Count); // the 8 possible sets, less the empty one (nothing to subtract)
        foreach (var unit in clears)
            Assert.Equal(2, Enumerable.Range(0, last.NonZeros).Count(k => last.ColumnIndices[k] == unit));
    }
}
