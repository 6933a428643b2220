namespace Alta.Generators.Tests;

public class SmokeTests
{
    [Fact]
    public void IndexSetHoldsItsElements()
    {
        var set = IndexSet.Of(1, 5, 200);
        Assert.True(set.Contains(5));
        Assert.False(set.Contains(4));
        Assert.Equal(3, set.Count);
        Assert.Equal("{1, 5, 200}", set.ToString());
    }
}
