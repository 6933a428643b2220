using System.Reflection;
using Alta.Interpretation;
using CsCheck;

namespace Alta.Generators.Tests.Reliability;

/// <summary>
/// Issue 10's central property, with shrinking (CsCheck): for every program compiled into the samples and these
/// tests, on random token sequences over the whole vocabulary at every length up to the limit, and on inputs
/// built from runs of repeated tokens (which make heads average to every reachable fraction, ties included),
/// <c>Run</c> equals <c>Interpret</c> (raw outputs, layers, halting) or both throw <see cref="AltaProgramException"/>
/// with the same message and variable. A failure is shrunk to a minimal input before it is reported.
/// CI runs <see cref="DefaultIterations"/> inputs per program with a fixed seed; set ALTA_PROPERTY_ITERATIONS
/// (and optionally ALTA_PROPERTY_SEED) for a longer campaign (docs/reliability.md).
/// </summary>
public class RunInterpretProperties(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int DefaultIterations = 150;

    /// <summary>Programs without MaxLength are drawn up to this length.</summary>
    private const int UnboundedLength = 48;

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        var assemblies = new[] { typeof(RunInterpretProperties).Assembly, Assembly.Load("Alta.Samples.Programs") };
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal))
            if (type.GetCustomAttribute<AltaProgramAttribute>() is not null && type.GetMethod("CreateInterpreterHost") is not null
                && type.GetProperty("Model") is not null)
                data.Add(type.AssemblyQualifiedName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void RunEqualsInterpretOrBothThrowTheSame(string typeName)
    {
        var type = Type.GetType(typeName)!;
        AltaModel model;
        try
        {
            model = (AltaModel)type.GetProperty("Model")!.GetValue(null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException or NotSupportedException)
        {
            return; // the program has ALTA errors on purpose (diagnostic tests); it has no model to compare
        }
        var program = (InterpretedProgram)type.GetProperty("InterpretedProgram")!.GetValue(null)!;
        var createHost = type.GetMethod("CreateInterpreterHost")!;
        int limit = program.MaxLength > 0 ? Math.Min(program.MaxLength, 64) : UnboundedLength;
        int vocabulary = program.Vocabulary;

        var token = Gen.Int[0, vocabulary - 1];
        var random = token.Array[1, limit];
        // Runs of repeated tokens: a^p b^q c^r averages every head to fractions p/n, q/n, ... including the ties.
        var runs = Gen.Select(token, token, token, Gen.Int[0, limit], Gen.Int[0, limit], Gen.Int[0, limit])
            .Where(r => r.Item4 + r.Item5 + r.Item6 is > 0 && r.Item4 + r.Item5 + r.Item6 <= limit)
            .Select(r => Enumerable.Repeat(r.Item1, r.Item4).Concat(Enumerable.Repeat(r.Item2, r.Item5)).Concat(Enumerable.Repeat(r.Item3, r.Item6)).ToArray());
        var inputs = Gen.Frequency((2, random), (1, runs));

        int iterations = int.TryParse(Environment.GetEnvironmentVariable("ALTA_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : DefaultIterations;
        var seed = Environment.GetEnvironmentVariable("ALTA_PROPERTY_SEED") ?? new PCG(10, (ulong)type.Name.Length).ToString();
        int tried = 0, thrown = 0;
        inputs.Sample(tokens =>
            {
                tried++;
                if (Agree(model, program, (IInterpreterHost)createHost.Invoke(null, null)!, tokens)) thrown++;
            },
            seed: seed, iter: iterations, threads: 1, print: tokens => "[" + string.Join(",", tokens) + "]");
        // The figures of docs/reliability.md come from this line.
        output.WriteLine($"{type.Name}: {tried} inputs, {thrown} where both threw the same AltaProgramException, 0 mismatches");
    }

    /// <summary>Throws on a disagreement; returns whether both sides threw (the same).</summary>
    private static bool Agree(AltaModel model, InterpretedProgram program, IInterpreterHost host, int[] tokens)
    {
        (double[] Outputs, int Layers, bool Halted)? expected = null;
        AltaProgramException? interpretError = null, runError = null;
        ModelRun? actual = null;
        try { expected = Interpreter.Run(program, host, tokens, null, null); }
        catch (AltaProgramException e) { interpretError = e; }
        try { actual = model.Run(tokens); }
        catch (AltaProgramException e) { runError = e; }

        if (interpretError is not null)
        {
            if (runError is null) throw new Xunit.Sdk.XunitException($"Interpret threw '{interpretError.Message}' but Run returned");
            if (runError.Message != interpretError.Message || runError.Variable != interpretError.Variable)
                throw new Xunit.Sdk.XunitException($"Interpret threw '{interpretError.Message}' but Run threw '{runError.Message}'");
            return true;
        }
        if (runError is not null) throw new Xunit.Sdk.XunitException($"Run threw '{runError.Message}' but Interpret returned");
        var (outputs, layers, halted) = expected!.Value;
        if (!outputs.SequenceEqual(actual!.Outputs) || layers != actual.Layers || halted != actual.Halted)
            throw new Xunit.Sdk.XunitException(
                $"Run gave [{string.Join(",", actual.Outputs)}] ({actual.Layers} layers, halted {actual.Halted}) but Interpret [{string.Join(",", outputs)}] ({layers} layers, halted {halted})");
        return false;
    }
}
