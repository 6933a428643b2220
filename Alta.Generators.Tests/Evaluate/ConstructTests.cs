namespace Alta.Generators.Tests.Evaluate;

/// <summary>
/// One MLP per supported construct of the build-time subset (docs/language.md, "What the MLP may contain"). Each is evaluated into
/// rules, compiled with the generator into an in-memory assembly, and the rules are checked against the
/// method itself on variable states.
/// </summary>
public class ConstructTests
{
    private const string Template = """
        using System; using Alta;
        public enum Mode { A, B, C }
        [AltaProgram(Vocabulary = 4, Output = nameof(X))]
        public partial class P
        {
            [FromToken] [Categorical(4)] public int X;
            [Categorical(8)] public int Y;
            public bool Flag;
            public Mode M;
            [Numerical(0, 0.5, 1, 2)] public double R;
            [Attend(Value = nameof(X), Offsets = new[] { -1 })] public int? Left;
            [Attend(Value = nameof(Flag), Offsets = new[] { -1 })] public bool? FlagLeft;
            [Attend(Value = nameof(R), Offsets = new[] { 1 })] public double? RRight;
            [Set(4, ValuesFrom = nameof(Sets))] public IndexSet S;
            static IndexSet[] Sets() => new[] { IndexSet.Empty, IndexSet.Of(1), IndexSet.Of(1, 2), IndexSet.Range(0, 4), IndexSet.Of(3) };
            static int Plus(int a, int b) { if (a > b) return a + b; return b; }
            int Twice(int v) => v * 2;
            static int Sum(int n) => n <= 0 ? 0 : n + Sum(n - 1);
            bool Big => X > 1;
            int Doubled { get { return X * 2; } }
            [Mlp] void Step() { BODY }
        }
        """;

    public static TheoryData<string, string> Bodies => new()
    {
        { "locals and arithmetic", "int t = X * 3 + 1; Y = t % 8;" },
        { "compound assignment, ++ and --", "int t = X; t += 2; t *= 3; t--; ++t; t -= 1; t /= 2; Y = t & 7;" },
        { "bitwise and shift", "Y = ((X << 2) ^ (X >> 1) | 1) & 7; Flag = (X & 1) != 0 ^ Flag;" },
        { "comparison and logic", "Flag = X > 1 && !(Y == 3) || M == Mode.C; if (Flag & (Y >= 2) | X == 0) Y = 1;" },
        { "if and else", "if (X == 0) Y = 1; else if (X < 3) Y = 2; else { Y = 7; Flag = true; }" },
        { "switch statement", "switch (X) { case 0: Y = 5; break; case 1 or 2: Y = 6; break; case int v when v > Y: Y = 0; break; default: Flag = !Flag; break; }" },
        { "switch expression", "Y = X switch { 0 => 1, > 0 and < 2 => 2, not 3 => 4, _ => 7 }; M = Y switch { < 2 => Mode.A, 4 or 7 => Mode.B, _ => Mode.C };" },
        { "conditional operator", "Y = Flag ? X : X + 4; M = X > 2 ? Mode.C : M;" },
        { "for loop", "int s = 0; for (int i = 0; i < 4; i++) s += i * X; Y = s % 8;" },
        { "while loop with a trip count per path", "int k = X; int s = 0; while (k > 0) { s += 2; k--; } Y = s;" },
        { "do loop, break and continue", "int i = 0; int s = 0; do { i++; if (i == 2) continue; if (i > X) break; s++; } while (i < 5); Y = s;" },
        { "foreach over an array and a set", "int s = 0; foreach (var v in new[] { 1, 2, 3 }) if (v <= X) s += v; foreach (var e in S.Elements()) s += e; Y = s % 8;" },
        { "nullable patterns and Value", "if (Left is null) Y = 0; else if (Left is int l && l > 1) Y = l + 1; else Y = Left.Value;" },
        { "HasValue, GetValueOrDefault and ??", "Y = Left.HasValue ? Left.GetValueOrDefault() + 4 : (FlagLeft ?? true) ? 1 : 2; Flag = FlagLeft.GetValueOrDefault(true);" },
        { "lifted operators", "Flag = Left + 1 == 3; Y = Left * 2 ?? 7; bool? both = FlagLeft & Flag; M = both == null ? Mode.C : both.Value ? Mode.B : Mode.A;" },
        { "numerical head", "if (RRight is double r) R = r * 2; else R = 0.5; Flag = RRight > 0.7;" },
        { "casts and enums", "M = (Mode)(X % 3); Y = (int)M + (int)R * 2; Flag = (double)X / 2 > R;" },
        { "Math", "Y = Math.Clamp(X * 3 + Math.Sign(X - 2), 0, 7); R = Math.Max(Math.Abs(R - 1), Math.Round(X / 2.0)); Flag = Math.Floor(R) < Math.Ceiling(R + 0.25) && Math.Min(X, 2) == 2;" },
        { "numerical arithmetic and snapping", "R = R * 0.6 + X * 0.25;" },
        { "IndexSet", "S = X == 0 ? IndexSet.Empty : X == 1 ? IndexSet.Of(1) : S.Remove(3).Add(1).Add(2).Intersect(IndexSet.Range(0, 3)); Flag = S.Contains(2) && !S.IsEmpty; Y = S.Count + S.Union(IndexSet.Of(3)).Count;" },
        { "inlined methods", "Y = Plus(Twice(X), 3) % 8;" },
        { "bounded recursion", "Y = Sum(X) % 8;" },
        { "the class's own properties", "if (Big) Y = Doubled;" },
        { "throw marks a path impossible", "if (X == 3) throw new InvalidOperationException(); Y = X + 1;" },
        { "early return", "if (Flag) return; Y = 7; if (X > 1) return; M = Mode.B;" },
        { "a condition that fails on some paths", "if (12 / X > 3 && Flag) Y = 1; else Y = 2; int k = 0; while (k < 8 / X) k++; Y += k % 4;" },
        { "constants and compound on variables", "const int K = 2; Y += K; Y %= 8; X ^= 1;" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void RulesAgreeWithTheMethod(string construct, string body)
    {
        var source = Template.Replace("BODY", body);
        var outcome = EvaluationHarness.Evaluate(source, "P");
        Assert.True(outcome.Evaluation is not null, construct + ": " + string.Join("; ", outcome.Findings));
        Assert.NotEmpty(outcome.Evaluation!.Rules);
        var host = InMemoryProgram.Host(source, "P");
        int compared = RuleAgreement.Check(outcome, host, samples: 800);
        Assert.True(compared > 100, $"{construct}: only {compared} states compared");
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void ASupportedConstructIsNotReportedWhenAnotherIsRejected(string construct, string body)
    {
        // Once something is rejected, the evaluator sweeps every operation for more; supported ones must stay silent.
        var outcome = EvaluationHarness.Evaluate(Template.Replace("BODY", "Console.WriteLine(); " + body), "P");
        var finding = Assert.Single(outcome.Findings);
        Assert.True(finding.StartsWith("ALTA030@", StringComparison.Ordinal) && finding.Contains("'Console.WriteLine'"), construct + ": " + string.Join("; ", outcome.Findings));
    }

    [Fact]
    public void AnImpossiblePathTakesTheValueOfItsNeighbours()
    {
        var outcome = EvaluationHarness.Evaluate(Template.Replace("BODY",
            "switch (M) { case Mode.A: case Mode.B: Y = 1; break; default: throw new InvalidOperationException(); }"), "P");
        // Mode.C throws, so Y = 1 needs no test of M at all.
        var rule = Assert.Single(outcome.Evaluation!.Rules);
        Assert.Equal((outcome.Model.Variables.ToList().FindIndex(v => v.Name == "Y"), 1), (rule.Variable, rule.Value));
        Assert.Empty(rule.Atoms);
    }
}
