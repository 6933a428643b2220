namespace Alta.Generators.Tests.Evaluate;

/// <summary>Domains, embedding tables and selector matrices: what the build-time methods give, as value indices.</summary>
public class TableTests
{
    private const string Source = """
        using System; using Alta;
        public enum Kind { Letter, Digit }
        [AltaProgram(Vocabulary = 5, MaxLength = 4, Output = nameof(Token))]
        public partial class P
        {
            [FromToken] [Categorical(5)] public int Token;
            [FromToken(nameof(Half))] [Numerical(CentresFrom = nameof(Centres))] public double Size;
            [FromToken(nameof(KindOf))] public Kind Kind;
            [FromPosition] [Categorical(4)] public int Idx;
            [FromPosition(nameof(IsOdd))] public bool Odd;
            [Categorical(5)] public int Start = 3;
            [Set(5, ValuesFrom = nameof(Prefixes))] public IndexSet Below;
            [Attend(Query = nameof(Below), Key = nameof(Token), Value = nameof(Token))] public int? InSet;
            [Attend(Query = nameof(Token), Key = nameof(Token), Value = nameof(Size), Where = nameof(AtMost))] public double? Mean;
            [Attend(Query = nameof(Kind), Key = nameof(Odd), Value = nameof(Token), Where = nameof(Matches))] public int? Match;
            [Attend(Value = nameof(Token), Offsets = new[] { -1 })] public int? Left;

            static double[] Centres()
            {
                var centres = new double[5];
                for (int i = 0; i < centres.Length; i++) centres[i] = i * 0.5;
                return centres;
            }
            static double Half(int token) => token * 0.55;
            static Kind KindOf(int token) => token < 2 ? Kind.Letter : Kind.Digit;
            static bool IsOdd(int position) => position % 2 == 1;
            static IndexSet[] Prefixes() => new[] { IndexSet.Empty, IndexSet.Range(0, 2), IndexSet.Of(1, 3, 4) };
            static bool AtMost(int query, int key) => key <= query;
            static bool Matches(Kind kind, bool odd) => odd == (kind == Kind.Digit);
            [Mlp] void Step() { }
        }
        """;

    [Fact]
    public void BuildTimeMethodsFillTheTables()
    {
        var outcome = EvaluationHarness.Evaluate(Source, "P");
        var e = outcome.Evaluation!;
        var names = outcome.Model.Variables.Select(v => v.Name).ToList();
        int width = names.Count;
        int V(string name) => names.IndexOf(name);

        Assert.Equal([0, 0.5, 1, 1.5, 2], e.Domains[V("Size")].Centres);
        Assert.Equal(e.Domains[V("Size")], e.Domains[V("Mean")]);
        Assert.Equal(3, e.Domains[V("Below")].Size);
        Assert.Equal([1, 3, 4], e.Domains[V("Below")].Sets[2].Elements);

        // Token t: identity, 0.55 t snapped (ties to the lower bucket), kind, constant 3, the empty set (index 0); positions stay -1.
        int[] Row(int t) => new[] { "Token", "Size", "Kind", "Idx", "Odd", "Start", "Below", "InSet" }.Select(n => e.TokenInit[t * width + V(n)]).ToArray();
        Assert.Equal([0, 0, 0, -1, -1, 3, 0, -1], Row(0));
        Assert.Equal([1, 1, 0, -1, -1, 3, 0, -1], Row(1));
        Assert.Equal([3, 3, 1, -1, -1, 3, 0, -1], Row(3));
        Assert.Equal([4, 4, 1, -1, -1, 3, 0, -1], Row(4));
        Assert.Equal([2, 1], new[] { e.PositionInit[2 * width + V("Idx")], e.PositionInit[3 * width + V("Odd")] });
        Assert.Equal(-1, e.PositionInit[2 * width + V("Token")]);

        var selectors = outcome.Model.Selectors;
        int S(string head) => outcome.Model.Heads.Single(h => h.Name == head).Selector;
        var set = e.Selections[S("InSet")];
        Assert.Equal((3, 5), (set.QuerySize, set.KeySize));
        Assert.Equal([false, true, false, true, true], set.Matrix.Skip(2 * 5).Take(5));
        var atMost = e.Selections[S("Mean")];
        Assert.Equal([true, true, true, false, false], atMost.Matrix.Skip(2 * 5).Take(5));
        var match = e.Selections[S("Match")];
        Assert.Equal([true, false, false, true], match.Matrix);
        Assert.Equal((0, 0, 0), (e.Selections[S("Left")].QuerySize, e.Selections[S("Left")].KeySize, e.Selections[S("Left")].Matrix.Count));
    }
}
