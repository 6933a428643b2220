using Alta.Generators.Evaluate.Diagrams;

namespace Alta.Generators.Tests.Evaluate;

/// <summary>The decision diagrams under the evaluator: reduced, shared, evaluated per assignment, and capped.</summary>
public class DecisionDiagramTests
{
    private static DecisionDiagram Diagram(int maxNodes = 100_000) => new([3, 4], [0, 1], maxNodes, CancellationToken.None);

    [Fact]
    public void EqualFunctionsAreTheSameNode()
    {
        var d = Diagram();
        var x = d.Variable(0, k => Value.Int(k));
        var y = d.Variable(1, k => Value.Int(k));
        var sum1 = d.Apply(x, y, (a, b) => Value.Int(a.Integer + b.Integer));
        var sum2 = d.Apply(y, x, (a, b) => Value.Int(b.Integer + a.Integer));
        Assert.Equal(sum1, sum2);
        Assert.Equal(Value.Int(5), d.Evaluate(sum1, [2, 3]));
    }

    [Fact]
    public void ANodeWhoseChildrenAgreeIsNeverBuilt()
    {
        var d = Diagram();
        var x = d.Variable(0, k => Value.Int(k));
        var constant = d.Apply(x, v => Value.Int(v.Integer * 0));
        Assert.True(d.IsLeaf(constant));
        Assert.Equal(d.True, d.Or(d.Test(x, v => v.Integer < 2), d.Test(x, v => v.Integer >= 2)));
    }

    [Fact]
    public void IteMergesBranchesAndKeepsErrorsOfTheCondition()
    {
        var d = Diagram();
        var x = d.Variable(0, k => k == 2 ? Value.Error(new Failure(Alta.Generators.Diagnostics.EvaluationDiagnostics.DivisionByZero, "boom", null)) : Value.Bool(k == 1));
        var merged = d.Ite(x, d.Constant(Value.Int(7)), d.Constant(Value.Int(8)));
        Assert.Equal(Value.Int(8), d.Evaluate(merged, [0, 0]));
        Assert.Equal(Value.Int(7), d.Evaluate(merged, [1, 0]));
        Assert.True(d.Evaluate(merged, [2, 0]).IsError);
    }

    [Fact]
    public void TheNodeBudgetIsAnError()
    {
        var d = new DecisionDiagram([50, 50, 50], [0, 1, 2], 2_000, CancellationToken.None);
        var a = d.Variable(0, k => Value.Int(k));
        var b = d.Variable(1, k => Value.Int(k));
        var c = d.Variable(2, k => Value.Int(k));
        var e = Assert.Throws<ExplorationCapException>(() =>
            d.Apply(d.Apply(a, b, (x, y) => Value.Int(x.Integer * 50 + y.Integer)), c, (x, y) => Value.Int(x.Integer * 50 + y.Integer)));
        Assert.Equal("the exploration passed 2000 decision-diagram nodes", e.Message);
    }
}
