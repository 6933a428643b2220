namespace Alta.Generators.Tests.Samples;

/// <summary>
/// The compiled size against the ALTA paper's compiler, which needs 16,466 hidden units for addition and
/// 43,127 for SUBLEQ: ours must be at least four times smaller.
/// </summary>
public class ModelSizeTests
{
    [Fact]
    public void AdditionIsAtLeastFourTimesSmallerThanAlta() => AssertSmaller(Alta.Samples.Addition.Model, 16_466);

    [Fact]
    public void SubleqIsAtLeastFourTimesSmallerThanAlta() => AssertSmaller(Alta.Samples.Subleq.Model, 43_127);

    private static void AssertSmaller(AltaModel model, int altaHiddenUnits)
    {
        int hidden = model.Statistics.FfnWidths.Sum();
        Assert.True(hidden * 4 <= altaHiddenUnits, $"{hidden} hidden units; ALTA needs {altaHiddenUnits}");
    }
}
