using Alta.Analysis.Coverage;
using Alta.Analysis.Traces;
using Alta.Samples;
using Alta.Samples.Commands.Learnability;

namespace Alta.Analysis.Tests.Coverage;

public class RuleCoverageTests
{
    [Fact]
    public void ParityRelativeRulesReadBackInTheProgramsOwnTerms()
    {
        var rules = RuleTable.FromModel(ParityRelative.Model).Rules.Select(r => r.ToString()).ToArray();
        Assert.Equal(
        [
            "Parity=true when Parity=false, Done=false, ParityLeft=true, DoneLeft=true",
            "Parity=false when Parity=true, Done=false, ParityLeft=true, DoneLeft=true",
            "Done=true when Done=false, DoneLeft=true",
        ], rules.OrderBy(r => r.StartsWith("Done", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void CountsOnAHandCheckedInput()
    {
        // Input "start 1 1 0": layer 1 makes position 1 done (Parity stays 1: its left neighbour, the start, holds 0);
        // layer 2 position 2 (1 xor 1 = 0: "Parity=false when Parity=true"), layer 3 position 3 (0 xor 0: no change).
        // Done fires once per non-start position (3); the parity flip once; the "becomes true" rule never.
        var coverage = RuleCoverage.Measure(ParityRelative.Model, Tracing.FromModel(ParityRelative.Model, [[2, 1, 1, 0]]));
        Assert.Equal(3 * 4, coverage.Evaluations);
        var counts = coverage.Table.Rules.Select((rule, k) => (rule.ToString(), coverage.Counts[k])).ToDictionary();
        Assert.Equal(3, counts["Done=true when Done=false, DoneLeft=true"]);
        Assert.Equal(1, counts["Parity=false when Parity=true, Done=false, ParityLeft=true, DoneLeft=true"]);
        Assert.Equal(0, counts["Parity=true when Parity=false, Done=false, ParityLeft=true, DoneLeft=true"]);
        Assert.Equal(["Parity=true when Parity=false, Done=false, ParityLeft=true, DoneLeft=true"], coverage.NeverExercised.Select(r => r.ToString()));
        Assert.Contains("rules exercised: 2 of 3", coverage.Report());
    }

    [Fact]
    public void AbsolutePositionsLeaveInputDimensionsUnseen()
    {
        var program = StudiedPrograms.Find("parity-absolute");
        var coverage = RuleCoverage.Measure(program.Model, Tracing.FromModel(program.Model, program.RandomInputs(new Random(1), [1, 2, 3], 4)));
        Assert.Equal(coverage.Table.Rules.Count, coverage.Exercised);
        var unseen = coverage.UnseenDimensions();
        Assert.Contains("Idx=3", unseen);
        Assert.DoesNotContain("Idx=2", unseen);
        int idx = Array.FindIndex(program.Model.Layout.Variables, v => v.Name == "Idx");
        Assert.Equal(47, coverage.UnseenValues(idx).Count);
        Assert.Contains("Idx: 47 of 50 values never read: 3, 4, 5", coverage.Report());
    }

    [Fact]
    public void ParitySumShowsTheMeansItNeverSaw()
    {
        // Two bits and the end marker: the head's mean is 1/1, 1/2 or 1/3 (k ones and the marker); 48 other buckets are unseen.
        var program = StudiedPrograms.Find("parity-sum");
        var coverage = RuleCoverage.Measure(program.Model, Tracing.FromModel(program.Model, [[0, 0, 2], [1, 0, 2], [1, 1, 2]]));
        int share = Array.FindIndex(program.Model.Layout.Variables, v => v.Name == "Share");
        Assert.Equal(48, coverage.UnseenValues(share).Count);
        Assert.DoesNotContain("0.5", coverage.UnseenValues(share));
        Assert.Contains("0.25", coverage.UnseenValues(share));
    }

    [Fact]
    public void AdditionRulesReadBackAsConjunctionsAndThresholds()
    {
        // The compiler turns addition's digit tables into threshold units over the linear form
        // Carry + UnderA + UnderB; the table names them that way, and plain rules as conjunctions.
        var rules = RuleTable.FromModel(Addition.Model).Rules.Select(r => r.ToString()).ToList();
        Assert.Contains("Carry=true when UnderA in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, UnderB in {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, Carry + UnderA + UnderB >= 10", rules);
        Assert.Contains("SumDigit=9 when PtrB=true, Carry=true, UnderA=9, UnderB=9", rules);
        Assert.Contains("PtrA=true when PtrA=false, PtrARight=true", rules);
    }

    [Fact]
    public void ShortParityInputsExerciseEveryRuleButNotEveryInput()
    {
        // One- and two-bit inputs fire all three rules, but longer inputs bring feed-forward inputs on which
        // no rule fires that the short ones never show; eight bits show them all.
        var program = StudiedPrograms.Find("parity-relative");
        var shortTrace = Tracing.FromModel(program.Model, program.RandomInputs(new Random(1), [1, 2], 20));
        Assert.Equal(3, RuleCoverage.Measure(program.Model, shortTrace).Exercised);
        var longer = Tracing.FromModel(program.Model, program.RandomInputs(new Random(2), [12], 5));
        var fromShort = new InputStates(shortTrace);
        Assert.Equal(0, fromShort.UnseenShare(shortTrace));
        Assert.True(fromShort.UnseenShare(longer) > 0.1);
        Assert.True(fromShort.UnseenDistinct(longer) > 0);
        var fromEightBits = new InputStates(Tracing.FromModel(program.Model, program.RandomInputs(new Random(3), [1, 2, 3, 4, 5, 6, 7, 8], 20)));
        Assert.Equal(0, fromEightBits.UnseenShare(longer));
    }
}
