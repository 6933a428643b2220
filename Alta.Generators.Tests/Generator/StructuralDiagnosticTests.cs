using static Alta.Generators.Tests.Generator.DiagnosticExpectation;
using Alta.Generators.Parse;

namespace Alta.Generators.Tests.Generator;

/// <summary>Every structural diagnostic: its id, the line it points at, and its message.</summary>
public class StructuralDiagnosticTests
{
    // Line numbers below refer to TestSources.Parity (line 1 is "using Alta;").
    private const string Valid = TestSources.Parity;

    private static string Edit(string from, string to) => DiagnosticExpectation.Edit(Valid, from, to);

    [Fact]
    public void ValidProgramHasNoDiagnostics()
    {
        var result = GeneratorHarness.Run(Valid);
        Assert.Empty(result.Alta);
        Assert.Empty(result.CompilationErrors);
    }

    [Fact]
    public void Alta001ClassNotPartial() => Expect(Edit("public partial class P", "public class P"),
        "ALTA001@3: The ALTA program class 'P' must be declared 'partial' so the generator can add Model, Run and Interpret");

    [Fact]
    public void Alta002VocabularyMissing() => Expect(Edit("Vocabulary = 3, ", ""),
        "ALTA002@2: 'P' needs a Vocabulary between 1 and 256 (token ids 0 .. Vocabulary-1), not 0");

    [Fact]
    public void Alta002VocabularyTooLarge() => Expect(Edit("Vocabulary = 3", "Vocabulary = 300"),
        "ALTA002@2: 'P' needs a Vocabulary between 1 and 256 (token ids 0 .. Vocabulary-1), not 300");

    [Fact]
    public void Alta003UnknownOutput() => Expect(Edit("Output = nameof(Parity)", "Output = \"Parit\""),
        "ALTA003@2: Output names 'Parit', which is not a variable of 'P'");

    [Fact]
    public void Alta003UnknownHeadValue() => Expect(Edit("Value = nameof(Done)", "Value = \"Don\""),
        "ALTA003@8: Value names 'Don', which is not a variable of 'P'");

    [Fact]
    public void Alta004InitialiserWithWrongSignature() => Expect(Edit("static bool BitOf(int token) => token == 1;", "static int BitOf(int token) => token;"),
        "ALTA004@5: [FromToken] on 'Parity' names 'BitOf', which must be a method of 'P' with the signature static bool BitOf(int token)");

    [Fact]
    public void Alta004PredicateMissing() => Expect(
        Edit("[Attend(Value = nameof(Done), Offsets = new[] { -1 })]", "[Attend(Query = nameof(Done), Key = nameof(Parity), Value = nameof(Done), Where = \"Near\")]"),
        "ALTA004@8: Where of head 'DoneLeft' names 'Near', which must be a method of 'P' with the signature static bool Near(bool query, bool key)");

    [Fact]
    public void Alta005UnsupportedType() => Expect(Edit("    static bool BitOf", "    public string Name = \"\";\n    static bool BitOf"),
        "ALTA005@9: Variable 'Name' has type 'string'; ALTA variables are bool, enum, int, double, float or IndexSet (heads: their nullable forms)");

    [Fact]
    public void Alta006EnumNotZeroBased() => Expect(
        Edit("    static bool BitOf", "    public Mode M;\n    static bool BitOf") + "\npublic enum Mode { A = 1, B = 2 }",
        "ALTA006@9: Enum 'Mode' of variable 'M' must have members with the values 0 .. 1, each once");

    [Fact]
    public void Alta007IntWithoutRange() => Expect(Edit("    static bool BitOf", "    public int Count;\n    static bool BitOf"),
        "ALTA007@9: Variable 'Count' is an int, so it needs [Categorical(range)] giving its values 0 .. range-1");

    [Fact]
    public void Alta007CentresNotAscending() => Expect(Edit("    static bool BitOf", "    [Numerical(1, 0.5)] public double X;\n    static bool BitOf"),
        "ALTA007@9: Variable 'X' has bucket centres that are not strictly ascending (1 then 0.5)");

    [Fact]
    public void Alta008QueryKeyRangesDiffer() => Expect(
        Edit("    static bool BitOf", "    [Categorical(4)] public int A;\n    [Categorical(5)] public int B;\n    [Attend(Query = nameof(A), Key = nameof(B), Value = nameof(Parity))] public bool? H;\n    static bool BitOf"),
        "ALTA008@11: Head 'H': the query 'A' (int with range 4) and the key 'B' (int with range 5) must have the same type and range, or the head needs a Where predicate");

    [Fact]
    public void Alta009HeadTypeDoesNotMatchValue() => Expect(Edit("public bool? DoneLeft", "public int? DoneLeft"),
        "ALTA009@8: Head 'DoneLeft' has type 'int?' but its value 'Done' needs the type 'bool?'");

    [Fact]
    public void Alta010NoMlp() => Expect(Edit("[Mlp] void Step()", "void Step()"),
        "ALTA010@3: 'P' has no [Mlp] method; mark one instance method 'void M()' with [Mlp]");

    [Fact]
    public void Alta010TwoMlps() => Expect(Edit("    static bool BitOf", "    [Mlp] void Other() { }\n    static bool BitOf"),
        "ALTA010@12: 'P' has 2 [Mlp] methods; keep exactly one");

    [Fact]
    public void Alta010MlpWithParameters() => Expect(Edit("[Mlp] void Step()", "[Mlp] void Step(int x)"),
        "ALTA010@11: 'P' marks 'Step' with [Mlp], which must be an instance method 'void Step()' with no parameters");

    [Fact]
    public void Alta011HaltWhenNotCategorical() => Expect(
        Edit("HaltWhen = nameof(Done)", "HaltWhen = nameof(X)").Replace("    static bool BitOf", "    [Numerical(0, 1)] public double X;\n    static bool BitOf"),
        "ALTA011@2: HaltWhen names 'X', which is numerical; it must be an ordinary bool, enum or categorical int variable");

    [Fact]
    public void Alta011HaltValueOfTheWrongType() => Expect(Edit("HaltWhen = nameof(Done)", "HaltWhen = nameof(Done), HaltValue = 3"),
        "ALTA011@2: HaltValue must be a value of 'Done' (bool, range 0..1), not 3");

    [Fact]
    public void Alta014PositionWithoutMaxLength() => Expect(Edit("    static bool BitOf", "    [FromPosition] [Categorical(8)] public int Index;\n    static bool BitOf"),
        "ALTA014@9: Variable 'Index' is initialised from the position, so [AltaProgram] needs MaxLength > 0");

    [Fact]
    public void Alta015AutoProperty() => Expect(Edit("    static bool BitOf", "    public bool Flag { get; set; }\n    static bool BitOf"),
        "ALTA015@9: 'Flag' is an auto-property; an ALTA program keeps its state only in variables (instance fields of a supported type)");

    [Fact]
    public void Alta015StaticMutableField() => Expect(Edit("    static bool BitOf", "    static int counter;\n    static bool BitOf"),
        "ALTA015@9: 'counter' is a static mutable field; an ALTA program keeps its state only in variables (instance fields of a supported type)");

    [Fact]
    public void Alta016InitialiserNotConstant() => Expect(Edit("    static bool BitOf", "    public bool Flag = BitOf(1);\n    static bool BitOf"),
        "ALTA016@9: The initialiser of 'Flag' must be a constant; use [FromToken] or [FromPosition] for values that depend on the input");

    [Fact]
    public void Alta017OutputMissing() => Expect(Edit("Output = nameof(Parity), ", ""),
        "ALTA017@2: 'P' needs Output = nameof(...) naming its output variable");

    [Fact]
    public void Alta018HeadWithoutValue() => Expect(Edit("[Attend(Value = nameof(Done), Offsets = new[] { -1 })]", "[Attend(Offsets = new[] { -1 })]"),
        "ALTA018@8: Head 'DoneLeft' needs Value = nameof(...) naming the variable it reads");

    [Fact]
    public void Alta018QueryWithoutKey() => Expect(Edit("[Attend(Value = nameof(Done), Offsets", "[Attend(Query = nameof(Done), Value = nameof(Done), Offsets"),
        "ALTA018@8: Head 'DoneLeft' gives only one of Query and Key; give both or neither");

    [Fact]
    public void Alta018HeadReadsAHead() => Expect(Edit("[Attend(Value = nameof(Done),", "[Attend(Value = nameof(ParityLeft),").Replace("public bool? DoneLeft", "public bool? DoneLeft"),
        "ALTA018@8: Head 'DoneLeft' uses the head output 'ParityLeft' as its value; heads read ordinary variables (head outputs are null during attention)");

    [Fact]
    public void Alta019MaxLayersNotPositive() => Expect(Edit("Vocabulary = 3,", "Vocabulary = 3, MaxLayers = 0,"),
        "ALTA019@2: 'P': MaxLayers must be between 1 and 1000000, not 0");

    [Fact]
    public void Alta019OutputIsAHead() => Expect(Edit("Output = nameof(Parity)", "Output = nameof(ParityLeft)"),
        "ALTA019@2: 'P': Output names the head 'ParityLeft', which is null after every layer; name an ordinary variable");

    [Fact]
    public void Alta020GenericClass() => Expect(Edit("public partial class P", "public partial class P<T>"),
        "ALTA020@3: 'P' is generic; an ALTA program class cannot have type parameters");

    [Fact]
    public void Alta021ConstantOutOfRange() => Expect(Edit("    static bool BitOf", "    [Categorical(4)] public int Step2 = 7;\n    static bool BitOf"),
        "ALTA021@9: Variable 'Step2' starts as 7, outside its range 0..3");

    [Fact]
    public void Alta999GeneratorFailureKeepsTheClassCompiling()
    {
        ProgramAnalysis.TestFault = name => name == "Boom";
        try
        {
            var result = GeneratorHarness.Run(Valid.Replace("class P", "class Boom"));
            Assert.Equal(["ALTA999@3: The ALTA generator failed on 'Boom': InvalidOperationException: fault injected by a test. The class compiles with members that throw; please report this."], result.Alta);
            Assert.Empty(result.CompilationErrors);
            Assert.Contains(result.GeneratedSources, s => s.Contains("public static global::Alta.AltaResult<bool> Interpret(", StringComparison.Ordinal));
        }
        finally
        {
            ProgramAnalysis.TestFault = null;
        }
    }
}
