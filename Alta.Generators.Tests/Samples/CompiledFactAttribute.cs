using System.Reflection;

namespace Alta.Generators.Tests.Samples;

/// <summary>
/// A fact about a program's compiled model (<c>Run</c>). While the generator does not build that program's
/// model yet (its <c>Model</c> throws <see cref="NotSupportedException"/>), the test is reported as
/// skipped with the reason, never passed silently; as soon as the model exists the test runs.
/// </summary>
public sealed class CompiledFactAttribute : FactAttribute
{
    public CompiledFactAttribute(Type program)
    {
        if (CompiledModel.Unavailable(program) is { } reason) Skip = $"{program.Name}.Run is not available: {reason}";
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
