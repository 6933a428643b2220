using System.Reflection;
using Alta.Generators.Tests.Generator;

namespace Alta.Generators.Tests.Evaluate;

/// <summary>
/// The evaluator gaps a new user met (issue 9, "Evaluator gaps found when tried as a new user would"): each program
/// here was rejected or silently wrong before, and now builds and runs, or gets one located diagnostic.
/// </summary>
public class NewUserProgramTests
{
    /// <summary>Runs the generator on <paramref name="source"/>, checks that the build is clean, and loads the model.</summary>
    private static AltaModel Build(string source, string className = "P")
    {
        var result = GeneratorHarness.Run(InMemoryProgram.Prefixed(source));
        Assert.Empty(result.Alta);
        Assert.Empty(result.CompilationErrors);
        using var stream = new MemoryStream();
        var emitted = result.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var type = Assembly.Load(stream.ToArray()).GetTypes().Single(t => t.Name == className);
        return (AltaModel)type.GetProperty("Model", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    private const string EnumHalt = """
        public enum Phase { Read, Think, Write, Done }
        [AltaProgram(Vocabulary = 2, Output = nameof(Stage), HaltWhen = nameof(Stage), HaltValue = VALUE)]
        public partial class P
        {
            public Phase Stage;
            [Mlp] void Step() { if (Stage != Phase.Done) Stage = Stage + 1; }
        }
        """;

    [Fact]
    public void HaltValueMayBeAnIntForAnEnumVariable()
    {
        var model = Build(EnumHalt.Replace("VALUE", "3"));
        Assert.Equal(3, model.HaltValue);
        var run = model.Run([0, 1]);
        Assert.True(run.Halted);
        Assert.Equal(3, run.Layers);
        Assert.Equal(model.HaltValue, Build(EnumHalt.Replace("VALUE", "Phase.Done")).HaltValue);
    }

    [Fact]
    public void HaltValueOutsideTheEnumIsAnError() =>
        Assert.Equal(["ALTA011@3: HaltValue must be a value of 'Stage' (Phase, range 0..3), not 4"],
            GeneratorHarness.Run(InMemoryProgram.Prefixed(EnumHalt.Replace("VALUE", "4"))).Alta);

    /// <summary>Evaluates <paramref name="source"/>, expects no finding, and checks its rules against the method itself.</summary>
    private static EvaluationHarness.Outcome Agrees(string source)
    {
        var outcome = EvaluationHarness.Evaluate(source, "P");
        Assert.True(outcome.Evaluation is not null && outcome.Findings.Length == 0, string.Join("; ", outcome.Findings));
        int compared = RuleAgreement.Check(outcome, InMemoryProgram.Host(source, "P"), samples: 400);
        Assert.True(compared >= 20, $"only {compared} states compared");
        return outcome;
    }

    private static double[] CentresOf(EvaluationHarness.Outcome outcome, string variable) =>
        outcome.Evaluation!.Domains[outcome.Model.Variables.ToList().FindIndex(v => v.Name == variable)].Centres.ToArray();

    // Arrays are references in C#: a helper that fills an array passed to it changes the caller's array.
    private const string ArrayHelpers = """
        [AltaProgram(Vocabulary = 4, Output = nameof(D))]
        public partial class P
        {
            [FromToken] [Categorical(4)] public int A;
            [Categorical(8)] public int B;
            [Categorical(16)] public int D;
            [Numerical(CentresFrom = nameof(Centres))] public double R;

            static double[] Centres()
            {
                var values = new double[] { 0.5, 0.25, 0.5, 1 };
                int count = SortedDistinct(values, values.Length);
                var centres = new double[count];
                for (int i = 0; i < count; i++) centres[i] = values[i];
                return centres;
            }

            /// <summary>Sorts the first count values in place, drops repeats, and returns how many are left.</summary>
            static int SortedDistinct(double[] values, int count)
            {
                for (int i = 1; i < count; i++)
                    for (int j = i; j > 0 && values[j - 1] > values[j]; j--) (values[j], values[j - 1]) = (values[j - 1], values[j]);
                int kept = 0;
                for (int i = 0; i < count; i++)
                    if (kept == 0 || values[kept - 1] != values[i]) values[kept++] = values[i];
                return kept;
            }

            static void Fill(int[] cells, int value) { for (int i = 0; i < cells.Length; i++) cells[i] = value + i; }

            [Mlp]
            void Step()
            {
                var cells = new int[3];
                Fill(cells, A);
                var alias = cells;
                alias[0] = B;                      // the same array under a second name
                int sum = 0;
                foreach (var cell in cells) { sum += cell; if (sum < 3) cells[2] = 0; }   // foreach reads each element as it goes
                D = cells[0] + cells[2] + sum % 4;
                R = A == 0 ? 0.25 : 1;
            }
        }
        """;

    [Fact]
    public void BuildTimeHelpersWriteThroughArrayParameters()
    {
        var source = ArrayHelpers.Replace("(values[j], values[j - 1]) = (values[j - 1], values[j]);", "{ var t = values[j]; values[j] = values[j - 1]; values[j - 1] = t; }");
        var outcome = Agrees(source);
        Assert.Equal([0.25, 0.5, 1.0], CentresOf(outcome, "R"));
    }

    [Fact]
    public void TuplesInAHelperAreStillRejectedAtTheirLine() =>
        Assert.Equal(["ALTA030@23: 'tuple' is not supported in an ALTA program: use separate variables"],
            EvaluationHarness.Evaluate(ArrayHelpers, "P").Findings);

    private const string Tables = """
        [AltaProgram(Vocabulary = 4, Output = nameof(D))]
        public partial class P
        {
            [FromToken] [Categorical(4)] public int A;
            [Categorical(16)] public int D;
            static readonly int[] Squares = { 0, 1, 4, 9 };
            static readonly int[][] Rows = { new[] { 1, 2 }, new[] { 3, 4 } };
            static readonly int Offset = Squares[1] + 1;
            [Mlp] void Step() { BODY }
        }
        """;

    [Fact]
    public void StaticReadonlyTablesAreReadAtBuildTime() =>
        Agrees(Tables.Replace("BODY", "D = Squares[A] + Rows[A % 2][A / 2] + Offset;"));

    [Theory]
    [InlineData("Squares[A] = 2; D = Squares[0];", "ALTA030@10: 'Squares[A]' is not supported in an ALTA program: a static readonly table is shared by every position and every run, so it cannot be changed; copy it into a local array first")]
    [InlineData("var row = Rows[1]; row[0] = 7; D = Rows[1][0];", "ALTA030@10: 'row[0]' is not supported in an ALTA program: a static readonly table is shared by every position and every run, so it cannot be changed; copy it into a local array first")]
    public void StaticReadonlyTablesCannotBeChanged(string body, string expected) =>
        Assert.Equal([expected], EvaluationHarness.Evaluate(Tables.Replace("BODY", body), "P").Findings);

    [Fact]
    public void AStaticConstructorMakesATableUnreadable() =>
        Assert.Equal(["ALTA030@11: 'P.Squares' is not supported in an ALTA program: its type has a static constructor, which could change the field after its initialiser; initialise it in its declaration only"],
            EvaluationHarness.Evaluate(Tables.Replace("BODY", "D = Squares[A];").Replace("    [Mlp]", "    static P() { Squares[0] = 5; }\n    [Mlp]"), "P").Findings);

    // Helpers shared by several programs: a centre provider, a predicate and an MLP helper in another class.
    private const string SharedHelpers = """
        public static class Shared
        {
            public static readonly int[] Weights = { 3, 1, 2, 0 };
            public static double[] Reciprocals(int count)
            {
                var centres = new double[count];
                for (int i = 0; i < count; i++) centres[i] = 1.0 / (count - i);
                return centres;
            }
            public static bool Before(int query, int key) => key < query;
            public static int Clamp9(int value) => Math.Min(value, 9);
            public static int Half => 2;
        }
        [AltaProgram(Vocabulary = 4, Output = nameof(D))]
        public partial class P
        {
            [FromToken] [Categorical(4)] public int A;
            [Categorical(10)] public int D;
            [Numerical(CentresFrom = nameof(Centres))] public double R;
            [Attend(Query = nameof(A), Key = nameof(A), Value = nameof(A), Where = nameof(Before))] public int? Earlier;
            static double[] Centres() => Shared.Reciprocals(4);
            static bool Before(int query, int key) => Shared.Before(query, key);
            [Mlp] void Step() { D = Shared.Clamp9(Shared.Weights[A] * Shared.Half + (Earlier ?? 0)); R = A == 0 ? 0.25 : 1; }
        }
        """;

    [Fact]
    public void StaticMethodsOfOtherTypesAreInlined()
    {
        var outcome = Agrees(SharedHelpers);
        Assert.Equal([0.25, 1.0 / 3, 0.5, 1.0], CentresOf(outcome, "R"));
        Build(SharedHelpers);
    }

    [Fact]
    public void AttributesMayNameMethodsOfOtherTypes()
    {
        // nameof(Shared.M) names the shared method itself: no forwarding method in the program class.
        var source = SharedHelpers
            .Replace("    public static int Half => 2;", "    public static int Half => 2;\n    public static double[] Quarters() => Reciprocals(4);\n    public static int Doubled(int token) => 2 * token;")
            .Replace("CentresFrom = nameof(Centres)", "CentresFrom = nameof(Shared.Quarters)")
            .Replace("Where = nameof(Before)", "Where = nameof(Shared.Before)")
            .Replace("    [Categorical(10)] public int D;", "    [Categorical(10)] public int D;\n    [FromToken(nameof(Shared.Doubled))] [Categorical(8)] public int Twice;");
        var outcome = Agrees(source);
        Assert.Equal([0.25, 1.0 / 3, 0.5, 1.0], CentresOf(outcome, "R"));
        Assert.Equal(["global::Shared.Doubled", "global::Shared.Quarters"],
            outcome.Model.Variables.Select(v => v.CentresFrom ?? v.Init.Method).OfType<string>().ToArray());
        Build(source);
    }

    [Fact]
    public void InstanceMethodsOfOtherTypesAreStillRejected() =>
        Assert.Equal(["ALTA030@24: 'string.Length' is not supported in an ALTA program: only HasValue and Value of nullables, IndexSet.Count/IsEmpty/Empty and array Length are supported",
            "ALTA030@24: 'object.ToString' is not supported in an ALTA program: only the class's own methods, static methods declared in this compilation, Math.Abs/Min/Max/Clamp/Round/Floor/Ceiling/Sign, IndexSet and Nullable members can be called"],
            EvaluationHarness.Evaluate(SharedHelpers.Replace("D = Shared.Clamp9(", "D = Shared.Weights.ToString().Length + Shared.Clamp9("), "P").Findings);

    private const string Snapping = """
        [AltaProgram(Vocabulary = 4, Output = nameof(D))]
        public partial class P
        {
            [FromToken] [Categorical(4)] public int A;
            [Categorical(4)] public int D;
            [Numerical(0, 0.5, 1)] public double R;
            [Numerical(0, 0.5, 1)] public float F;
            [Attend(Value = nameof(R), Offsets = new[] { -1 })] public double? Left;
            [Mlp]
            void Step()
            {
                BODY
            }
        }
        """;

    [Theory]
    [InlineData("R = 0.3;", "ALTA048@13: 0.3 is not a bucket centre of 'R', so the write stores 0.5; the nearest centres are 0 and 0.5")]
    [InlineData("R = A > 1 ? 1 : 0.7;", "ALTA048@13: 0.7 is not a bucket centre of 'R', so the write stores 0.5; the nearest centres are 0.5 and 1")]
    [InlineData("if (R == 0.25) D = 1;", "ALTA048@13: 0.25 is not a bucket centre of 'R', so 'R == 0.25' is always false; the nearest centres are 0 and 0.5")]
    [InlineData("if (Left != 2) D = 1;", "ALTA048@13: 2 is not a bucket centre of 'Left', so 'Left != 2' is always true; the nearest centre is 1")]
    [InlineData("if (F is 0.75f) D = 1;", "ALTA048@13: 0.75 is not a bucket centre of 'F', so 'F is 0.75f' is always false; the nearest centres are 0.5 and 1")]
    [InlineData("double x = 0.3; R = x;", "ALTA048@13: 0.3 is not a bucket centre of 'R', so the write stores 0.5; the nearest centres are 0 and 0.5")]
    [InlineData("var t = 0.25; if (A > 1 && R == t) D = 1;", "ALTA048@13: 0.25 is not a bucket centre of 'R', so 'R == t' is always false; the nearest centres are 0 and 0.5")]
    public void AConstantThatIsNotACentreIsAWarning(string body, string expected)
    {
        var outcome = EvaluationHarness.Evaluate(Snapping.Replace("BODY", body), "P");
        Assert.Equal([expected], outcome.Findings);
        Assert.NotNull(outcome.Evaluation);
    }

    [Theory]
    [InlineData("R = 0.5; F = 1; if (R == 1 || F == 0.5f || Left == 0) D = 1;")]
    [InlineData("if (R < 0.3 && Left > 0.7) D = 1;")]   // thresholds between centres are exact
    [InlineData("double x = 0.3; if (A > 1) x = 1; R = x;")]   // a local written again may hold a centre: not followed
    [InlineData("double x = 0.3; x += 0.2; R = x;")]
    public void CentresAndOrderedComparisonsAreSilent(string body) =>
        Assert.Empty(EvaluationHarness.Evaluate(Snapping.Replace("BODY", body), "P").Findings);

    [Fact]
    public void EveryUnsupportedConstructIsReportedAtItsOwnLine()
    {
        var outcome = EvaluationHarness.Evaluate("""
            [AltaProgram(Vocabulary = 4, Output = nameof(D))]
            public partial class P
            {
                [FromToken] [Categorical(4)] public int A;
                [Categorical(10)] public int D;
                [Mlp]
                void Step()
                {
                    if (Console.ReadLine() == "x") { D = "abc".Length; }
                    D = "a".Length + Console.Read();
                    for (int i = 0; i < Environment.ProcessorCount; i++) { D = Helper(); }
                }
                static int Helper() { try { return 1; } finally { } }
            }
            """, "P");
        const string Calls = "only the class's own methods, static methods declared in this compilation, Math.Abs/Min/Max/Clamp/Round/Floor/Ceiling/Sign, IndexSet and Nullable members can be called";
        const string Properties = "only HasValue and Value of nullables, IndexSet.Count/IsEmpty/Empty and array Length are supported";
        Assert.Equal(
        [
            $"ALTA030@10: 'Console.ReadLine' is not supported in an ALTA program: {Calls}",
            $"ALTA030@10: 'string.Length' is not supported in an ALTA program: {Properties}",
            $"ALTA030@11: 'string.Length' is not supported in an ALTA program: {Properties}",
            $"ALTA030@11: 'Console.Read' is not supported in an ALTA program: {Calls}",
            $"ALTA030@12: 'Environment.ProcessorCount' is not supported in an ALTA program: {Properties}",
            "ALTA030@14: 'try' is not supported in an ALTA program: exceptions are not part of the build-time subset; use throw to mark impossible paths",
        ], outcome.Findings);
        Assert.Null(outcome.Evaluation);
    }

    [Theory]
    [InlineData("public int Count;", "ALTA007@6: Variable 'Count' is an int, so it needs [Categorical(range)] giving its values 0 .. range-1")]
    [InlineData("[Categorical(0)] public int Count;", "ALTA007@6: Variable 'Count' has [Categorical(0)]; the range must be between 1 and 4096")]
    [InlineData("[Numerical(CentresFrom = nameof(Missing))] public double Count;", "ALTA004@6: CentresFrom names 'Missing', which must be a method of 'P' with the signature static double[] Missing()")]
    [InlineData("public readonly bool Count;", "ALTA015@6: 'Count' is a readonly instance field; an ALTA program keeps its state only in variables (instance fields of a supported type)")]
    public void ARejectedVariableIsReportedOnceWhereItIsDeclared(string declaration, string expected)
    {
        var source = """
            [AltaProgram(Vocabulary = 4, Output = nameof(Count), HaltWhen = nameof(Count))]
            public partial class P
            {
                [FromToken] [Categorical(4)] public int A;
                DECLARATION
                [Attend(Query = nameof(Count), Key = nameof(A), Value = nameof(Count))] public int? Same;
                static double[] Missing(int x) => new double[0];
                [Mlp] void Step() { }
            }
            """.Replace("DECLARATION", declaration);
        Assert.Equal([expected], GeneratorHarness.Run(InMemoryProgram.Prefixed(source)).Alta);
    }
}
