using System.Reflection;

namespace Alta.Generators.Tests.Samples;

/// <summary>
/// A fact about the compiled models (<c>Run</c>) of one or more programs. While the generator does not build one of those
/// models yet (its <c>Model</c> throws <see cref="NotSupportedException"/>), the test is reported as
/// skipped with the reason, never passed silently; as soon as the model exists the test runs.
/// </summary>
public sealed class CompiledFactAttribute : FactAttribute
{
    public CompiledFactAttribute(params Type[] programs)
    {
        foreach (var program in programs)
        {
            if (CompiledModel.Unavailable(program) is not { } reason) continue;
            Skip = $"{program.Name}.Run is not available: {reason}";
            return;
        }
    }
}

internal static class CompiledModel
{
    /// <summary>Why the program has no compiled model, or null when it has one.</summary>
    public static string? Unavailable(Type program)
    {
        var model = program.GetProperty("Model", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{program.Name} has no generated Model property.");
        try
        {
            model.GetValue(null);
            return null;
        }
        catch (TargetInvocationException e) when (e.InnerException is NotSupportedException unsupported)
        {
            return unsupported.Message;
        }
    }
}
