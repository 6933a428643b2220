using Microsoft.CodeAnalysis.CSharp;
namespace Alta.Generators.Tests.Evaluate;

/// <summary>Each evaluator diagnostic: id, line, message and counterexample; each rejected construct at its own line.</summary>
public class FindingTests
{
    // Line 1 is the usings; the MLP body is line 16.
    private const string Template = """
        using System; using Alta;
        [AltaProgram(Vocabulary = 4, Output = nameof(Digit))]
        public partial class P
        {
            [FromToken] [Categorical(10)] public int A;
            [Categorical(10)] public int B;
            public bool Carry;
            [Categorical(10)] public int Digit;
            [Numerical(0, 0.5, 1)] public double R;
            [Attend(Value = nameof(A), Offsets = new[] { -1 })] public int? Left;
            [Attend(Value = nameof(Carry), Offsets = new[] { -1 })] public bool? CarryLeft;
            [Set(4, ValuesFrom = nameof(Sets))] public IndexSet S;
            static IndexSet[] Sets() => new[] { IndexSet.Empty, IndexSet.Of(1) };
            [Mlp] void Step()
            {
                BODY
            }
            HELPERS
        }
        """;

    private static EvaluationHarness.Outcome Run(string body, string helpers = "") =>
        EvaluationHarness.Evaluate(Template.Replace("BODY", body).Replace("HELPERS", helpers), "P");

    [Theory]
    [InlineData("Digit = A + B + (Carry ? 1 : 0);", "ALTA012@16: 'Digit' is assigned 10 (range 0..9) when A = 1, B = 9")]
    [InlineData("if (!Carry) Digit = Left.Value;", "ALTA013@16: 'Left.Value' may read null when Carry = false, Left = null, CarryLeft = null")]
    [InlineData("Digit = 9 / B;", "ALTA032@16: '9 / B' may divide by zero when B = 0")]
    [InlineData("R = 1 / R;", "ALTA033@16: 'R' is assigned Infinity when R = 0")]
    [InlineData("int k = B; while (k != 3) k += 2; Digit = k;", "ALTA034@16: The loop did not finish within 10000 iterations when B = 0")]
    [InlineData("if (Carry) S = S.Add(2);", "ALTA035@16: 'S' is assigned {2}, which is not among its 2 possible sets, when Carry = true")]
    public void WarningNamesTheValuesThatLeadThere(string body, string expected)
    {
        var outcome = Run(body);
        Assert.Equal(expected, Assert.Single(outcome.Findings));
        Assert.NotNull(outcome.Evaluation);
    }

    [Theory]
    [InlineData("S = S.Add(2);", "ALTA041@16: 'S' is assigned {2}, which is not among its 2 possible sets, in every state, so the program can never run (the finding of ALTA035 on every path)")]
    [InlineData("for (int i = 0; i < 10001; i++) { }", "ALTA041@16: The loop did not finish within 10000 iterations in every state, so the program can never run (the finding of ALTA034 on every path)")]
    [InlineData("while (true) { }", "ALTA041@16: The loop did not finish within 10000 iterations in every state, so the program can never run (the finding of ALTA034 on every path)")]
    [InlineData("Digit = 10 + A;", "ALTA041@16: 'Digit' is assigned 10 (range 0..9) in every state, so the program can never run (the finding of ALTA012 on every path)")]
    public void FindingOnEveryPathIsAnError(string body, string expected)
    {
        // Issue 10, finding 3: a warning would let the build succeed with a model that disagrees with Interpret
        // everywhere (or an Interpret that never returns).
        var outcome = Run(body);
        Assert.Equal(expected, Assert.Single(outcome.Findings));
    }

    [Fact]
    public void OnAWarnedPathTheRulesLeaveTheVariableUnchanged()
    {
        var outcome = Run("Digit = A + B;");
        var digit = outcome.Model.Variables.ToList().FindIndex(v => v.Name == "Digit");
        // A = 5, B = 7 gives 12: no rule of Digit may fire there.
        Assert.DoesNotContain(outcome.Evaluation!.Rules, r => r.Variable == digit
            && r.Atoms.All(a => a.Values.Contains(outcome.Model.Variables[a.Variable].Name switch { "A" => 5, "B" => 7, _ => a.Values[0] })));
        Assert.Contains(outcome.Evaluation.Rules, r => r.Variable == digit && r.Value == 9);
    }

    [Theory]
    [InlineData("int n = \"abc\".Length;", "ALTA030@16: 'string.Length' is not supported in an ALTA program: only HasValue and Value of nullables, IndexSet.Count/IsEmpty/Empty and array Length are supported")]
    [InlineData("Console.WriteLine(A);", "ALTA030@16: 'Console.WriteLine' is not supported in an ALTA program: only the class's own methods, static methods declared in this compilation, Math.Abs/Min/Max/Clamp/Round/Floor/Ceiling/Sign, IndexSet and Nullable members can be called")]
    [InlineData("try { Digit = 1; } catch { }", "ALTA030@16: 'try' is not supported in an ALTA program: exceptions are not part of the build-time subset; use throw to mark impossible paths")]
    [InlineData("var text = new System.Text.StringBuilder();", "ALTA030@16: 'new StringBuilder' is not supported in an ALTA program: an ALTA program allocates nothing but arrays in initialisers and providers")]
    [InlineData("Func<int, int> f = x => x;", "ALTA030@16: 'lambda' is not supported in an ALTA program: delegates cannot be evaluated at build time")]
    [InlineData("lock (Sets()) { }", "ALTA030@16: 'lock' is not supported in an ALTA program: an ALTA program has no shared state to lock")]
    [InlineData("Digit = Forever(A);", "ALTA030@18: recursion of 'Forever' is not supported in an ALTA program: calls nest deeper than 64; recursion needs a constant bound that ends it sooner")]
    [InlineData("Left = 1;", "ALTA031@16: The MLP assigns the head output 'Left'; head outputs are written by attention only")]
    [InlineData("string s = $\"{A}\";", "ALTA030@16: 'string interpolation' is not supported in an ALTA program: strings are not values of an ALTA program")]
    public void RejectedConstructIsAnErrorAtItsLine(string body, string expected)
    {
        var outcome = Run(body, "static int Forever(int n) => Forever(n + 1);");
        Assert.Equal(expected, Assert.Single(outcome.Findings));
        Assert.Null(outcome.Evaluation);
    }

    private const string InitTemplate = """
        using System; using Alta;
        [AltaProgram(Vocabulary = 4, Output = nameof(X))]
        public partial class P
        {
            FIELD
            [Mlp] void Step() { }
            METHOD
        }
        """;

    [Theory]
    [InlineData("[FromToken] [Categorical(3)] public int X;", "", "ALTA037@5: 'X' starts as 3 for token 3, outside its range 0..2")]
    [InlineData("[FromToken(nameof(F))] [Categorical(3)] public int X;", "static int F(int token) => 6 / token;", "ALTA038@7: 'F' fails for token 0: '6 / token' may divide by zero")]
    [InlineData("[FromToken(nameof(F))] [Categorical(3)] public int X;", "static int F(int token) => \"abc\".Length;", "ALTA030@7: 'string.Length' is not supported in an ALTA program: only HasValue and Value of nullables, IndexSet.Count/IsEmpty/Empty and array Length are supported")]
    [InlineData("[FromToken] [Categorical(4)] public int X; [Numerical(CentresFrom = nameof(C))] public double Y;", "static double[] C() => new[] { 1.0, 0.5 };", "ALTA039@7: The bucket centres of 'Y' must be strictly ascending, but centre 1 (0.5) follows 1")]
    [InlineData("[FromToken] [Categorical(4)] public int X; [Set(4, ValuesFrom = nameof(C))] public IndexSet Y;", "static IndexSet[] C() => new[] { IndexSet.Of(5) };", "ALTA040@7: The possible sets of 'Y' must hold elements 0..3, but {5} holds 5")]
    public void BuildTimeMethodFindingsAreErrors(string field, string method, string expected)
    {
        var outcome = EvaluationHarness.Evaluate(InitTemplate.Replace("FIELD", field).Replace("METHOD", method), "P");
        Assert.Equal(expected, Assert.Single(outcome.Findings));
        Assert.Null(outcome.Evaluation);
    }

    [Fact]
    public void EveryRejectedStatementIsReportedAtItsOwnLine()
    {
        var outcome = Run("""
            int n = "abc".Length;
                    Console.WriteLine(n);
                    Digit = n % 10;
                    lock (Sets()) { }
            """);
        Assert.Equal(
        [
            "ALTA030@16: 'string.Length' is not supported in an ALTA program: only HasValue and Value of nullables, IndexSet.Count/IsEmpty/Empty and array Length are supported",
            "ALTA030@17: 'Console.WriteLine' is not supported in an ALTA program: only the class's own methods, static methods declared in this compilation, Math.Abs/Min/Max/Clamp/Round/Floor/Ceiling/Sign, IndexSet and Nullable members can be called",
            "ALTA030@19: 'lock' is not supported in an ALTA program: an ALTA program has no shared state to lock",
        ], outcome.Findings);
        Assert.Null(outcome.Evaluation);
    }

    [Fact]
    public void CancellationStopsTheEvaluation()
    {
        var source = Template.Replace("BODY", "int k = 0; for (int i = 0; i < 1000; i++) k += A; Digit = k % 10;").Replace("HELPERS", "");
        var compilation = Generator.GeneratorHarness.Compile(source);
        var tree = compilation.SyntaxTrees.Single();
        var type = (Microsoft.CodeAnalysis.INamedTypeSymbol)compilation.GetSemanticModel(tree).GetDeclaredSymbol(
            tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Single())!;
        var diagnostics = new List<Spec.DiagnosticInfo>();
        var model = Parse.ProgramParser.Parse(type, compilation, diagnostics, CancellationToken.None)!;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Generators.Evaluate.ProgramEvaluator.Evaluate(model, type, compilation, diagnostics, cancelled.Token));
    }

    [Fact]
    public void TooManyRulesIsAnError()
    {
        var outcome = EvaluationHarness.Evaluate("""
            using System; using Alta;
            [AltaProgram(Vocabulary = 24, Output = nameof(Out))]
            public partial class P
            {
                [FromToken] [Categorical(24)] public int A;
                [Categorical(24)] public int B;
                [Categorical(24)] public int C;
                [Categorical(24)] public int D;
                [Categorical(24)] public int Out;
                [Mlp] void Step() => Out = (A + B + C + D) % 24;
            }
            """, "P");
        Assert.Equal("ALTA036@10: The MLP of 'P' is too large to explore: it needs 331776 rules (at most 250000)", Assert.Single(outcome.Findings));
        Assert.Null(outcome.Evaluation);
    }
}
