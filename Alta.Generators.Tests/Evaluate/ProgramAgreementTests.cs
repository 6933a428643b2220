using System.Reflection;
using Alta.Generators.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Tests.Evaluate;

/// <summary>
/// For every program compiled into the tests and the samples: the extracted rules agree with the class's own
/// [Mlp] method (run through the generated interpreter host) on every compared state, and the rule counts of
/// addition and SUBLEQ beat the ALTA reference compiler's hidden units (16,466 and 43,127) by the margins.
/// </summary>
public class ProgramAgreementTests
{
    private static readonly Lazy<Compilation> Sources = new(() =>
    {
        var assembly = typeof(ProgramAgreementTests).Assembly;
        var sources = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("programs/", StringComparison.Ordinal))
            .Select(name => new StreamReader(assembly.GetManifestResourceStream(name)!).ReadToEnd());
        return GeneratorHarness.Compile(sources.Select(InMemoryProgram.Prefixed).ToArray());
    });

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        // The samples project is referenced by the test project (its assembly is copied beside the tests).
        var assemblies = new[] { typeof(ProgramAgreementTests).Assembly, Assembly.Load("Alta.Samples.Programs") };
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
            if (type.GetCustomAttribute<AltaProgramAttribute>() is not null && type.GetMethod("CreateInterpreterHost") is not null)
                data.Add(type.AssemblyQualifiedName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void RulesAgreeWithTheMlpMethod(string typeName)
    {
        var type = Type.GetType(typeName)!;
        var outcome = EvaluationHarness.Evaluate(Sources.Value, type.Name);
        Assert.NotNull(outcome.Evaluation);
        int compared = RuleAgreement.Check(outcome, InMemoryProgram.Host(type), samples: 1500, seed: type.Name.Length);
        Assert.True(compared >= 20, $"only {compared} states of {type.Name} were compared");
    }

    [Fact]
    public void AdditionNeedsTenTimesFewerRulesThanTheReferenceCompiler()
    {
        var rules = EvaluationHarness.Evaluate(Sources.Value, "PlainAddition").Evaluation!.Rules.Count;
        Assert.True(rules * 10 <= 16_466, $"{rules} rules");
    }

    [Fact]
    public void SubleqWithATargetFlagNeedsTenTimesFewerRulesThanTheReferenceCompiler()
    {
        var rules = EvaluationHarness.Evaluate(Sources.Value, "PlainSubleq").Evaluation!.Rules.Count;
        Assert.True(rules * 10 <= 43_127, $"{rules} rules");
    }
}
