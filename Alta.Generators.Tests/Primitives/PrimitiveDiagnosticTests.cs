using Alta.Generators.Tests.Generator;
using static Alta.Generators.Tests.Generator.DiagnosticExpectation;

namespace Alta.Generators.Tests.Primitives;

/// <summary>Misused RASP primitives (Prefer, Count, offset ranges): each is an error at the argument that causes it.</summary>
public class PrimitiveDiagnosticTests
{
    private static string Edit(string from, string to, string source = TestSources.Parity) => DiagnosticExpectation.Edit(source, from, to);

    private const string ParityLeft = "[Attend(Value = nameof(Parity), Offsets = new[] { -1 })]";

    [Fact]
    public void PreferNeedsMaxLength() => Expect(Edit(ParityLeft, "[Attend(Value = nameof(Parity), Offsets = new[] { -2, -1 }, Prefer = Preference.Latest)]"),
        "ALTA018@7: Head 'ParityLeft' has Prefer = Latest, which is compiled from the positions' indices; give the program a MaxLength");

    [Fact]
    public void PreferIsExactOnlyUpToALength() => Expect(
        Edit("Vocabulary = 3,", "Vocabulary = 3, MaxLength = 200,", Edit(ParityLeft, "[Attend(Value = nameof(Parity), Prefer = Preference.Nearest)]")),
        "ALTA018@7: Head 'ParityLeft' has Prefer = Nearest, whose attention scores stay exact in float32 only up to length 111; MaxLength is 200");

    [Fact]
    public void PreferIsForCategoricalHeads() => Expect("""
        using Alta;
        [AltaProgram(Vocabulary = 3, MaxLength = 8, Output = nameof(Big))]
        public partial class P
        {
            [FromToken] [Numerical(0, 1, 2)] public double Value;
            public bool Big;
            [Attend(Value = nameof(Value), Prefer = Preference.Earliest)] [Numerical(0, 1, 2)] public double? Mean;
            [Mlp] void Step() { Big = Mean is double m && m > 1; }
        }
        """,
        "ALTA018@7: Head 'Mean' is numerical and has Prefer = Earliest; a preference picks one position, so it applies to categorical heads (a numerical head averages the selected positions)");

    [Fact]
    public void CountNeedsMaxLength() => Expect(Edit(ParityLeft + " public bool? ParityLeft;", "[Attend(Aggregate = Aggregation.Count)] public int? ParityLeft;",
            Edit("Parity ^= ParityLeft ?? false;", "Parity ^= ParityLeft > 1;")),
        "ALTA018@7: Head 'ParityLeft' counts the selected positions, a value in 0 .. MaxLength; give the program a MaxLength");

    [Fact]
    public void CountReadsNoValue() => Expect(Edit("Vocabulary = 3,", "Vocabulary = 3, MaxLength = 8,",
            Edit(ParityLeft + " public bool? ParityLeft;", "[Attend(Value = nameof(Parity), Aggregate = Aggregation.Count)] public int? ParityLeft;",
            Edit("Parity ^= ParityLeft ?? false;", "Parity ^= ParityLeft > 1;"))),
        "ALTA018@7: Head 'ParityLeft' counts the selected positions (Aggregate = Count), so it reads no Value; remove it");

    [Fact]
    public void OffsetsGivenTwice() => Expect(Edit(ParityLeft, "[Attend(Value = nameof(Parity), Offsets = new[] { -1 }, Causal = true)]"),
        "ALTA018@7: Head 'ParityLeft' gives its offsets in more than one way; use one of Offsets, a range (Causal, MinOffset, MaxOffset) or OffsetsFrom");

    [Fact]
    public void OpenOffsetRangeNeedsMaxLength() => Expect(Edit(ParityLeft, "[Attend(Value = nameof(Parity), MaxOffset = -1)]"),
        "ALTA018@7: Head 'ParityLeft' has an offset range open at one end, which reaches as far as MaxLength allows; give the program a MaxLength or both MinOffset and MaxOffset");

    [Fact]
    public void ClosedOffsetRangeNeedsNoMaxLength()
    {
        var result = GeneratorHarness.Run(Edit(ParityLeft, "[Attend(Value = nameof(Parity), MinOffset = -1, MaxOffset = -1)]"));
        Assert.Empty(result.Alta);
    }

    [Fact]
    public void OffsetsFromNeedsAnIntArrayProvider() => Expect(Edit(ParityLeft, "[Attend(Value = nameof(Parity), OffsetsFrom = nameof(BitOf))]"),
        "ALTA004@7: OffsetsFrom of head 'ParityLeft' names 'BitOf', which must be a method of 'P' with the signature static int[] BitOf()");
}
