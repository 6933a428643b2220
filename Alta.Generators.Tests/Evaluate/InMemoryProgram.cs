using System.Reflection;
using Alta.Generators.Tests.Generator;
using Alta.Interpretation;

namespace Alta.Generators.Tests.Evaluate;

/// <summary>Compiles a program with the generator into an in-memory assembly, for its generated interpreter host.</summary>
internal static class InMemoryProgram
{
    public static IInterpreterHost Host(string source, string className)
    {
        var result = GeneratorHarness.Run(Prefixed(source));
        Assert.Empty(result.CompilationErrors);
        using var stream = new MemoryStream();
        var emitted = result.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var assembly = Assembly.Load(stream.ToArray());
        var type = assembly.GetTypes().Single(t => t.Name == className);
        return (IInterpreterHost)type.GetMethod("CreateInterpreterHost")!.Invoke(null, null)!;
    }

    /// <summary>Host of a class compiled into this test assembly by the real generator.</summary>
    public static IInterpreterHost Host(Type type) =>
        (IInterpreterHost)type.GetMethod("CreateInterpreterHost")!.Invoke(null, null)!;

    public static string Prefixed(string source) => source.Contains("using Alta;") ? source : "using System; using Alta;\n" + source;
}
