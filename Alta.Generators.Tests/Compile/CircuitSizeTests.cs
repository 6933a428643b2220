using Alta.Generators.Tests.Evaluate.Programs;

namespace Alta.Generators.Tests.Compile;

/// <summary>
/// The FFN compiler's size targets (issue 9), read from the models the generator built into this assembly and the
/// samples: rule tables that are a function of an integer linear form become threshold units, and equal tables
/// behind exclusive guards (SUBLEQ's <c>Cell == B</c>) share one table. Evaluate/Programs/NaturalSubleq.cs (1,043
/// hidden units, checked against the SUBLEQ oracle while it was compiled here) is out of the build for now: its
/// weights step passes the generator's 10 s budget on a loaded machine.
/// </summary>
public class CircuitSizeTests
{
    private static int Hidden(AltaModel model) => model.Statistics.FfnWidths.Sum();

    [Fact] public void SampleAdditionHasAtMost150HiddenUnits() => AtMost(Alta.Samples.Addition.Model, 150);

    [Fact] public void SampleSubleqHasAtMost1000HiddenUnits() => AtMost(Alta.Samples.Subleq.Model, 1000);

    [Fact] public void PlainAdditionHasAtMost300HiddenUnits() => AtMost(PlainAddition.Model, 300);

    private static void AtMost(AltaModel model, int target)
    {
        int hidden = Hidden(model);
        Assert.True(hidden <= target, $"{model.Name}: {hidden} hidden units [{string.Join(", ", model.Statistics.FfnWidths)}], target {target}");
    }
}
