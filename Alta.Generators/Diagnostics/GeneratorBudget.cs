using System;
using System.Linq;
using System.Threading;
using Alta.Generators.Spec;

namespace Alta.Generators.Diagnostics;

/// <summary>
/// The generator's time budget per program (issue 10): a build must never hang on one class. Each of the two
/// steps (reading and evaluating the class; building its weights) is stopped after 120 seconds of wall-clock time,
/// and ALTA054 names the stage and the size to blame. The steps are cached separately and keep no clock, so each
/// has its own 120 seconds; a tighter shared budget made SUBLEQ's build fail on a loaded machine. Deterministic
/// limits stop the usual causes much earlier (ALTA036 for the exploration, ALTA053 for the weights); this is the
/// guard for everything else. The host's own cancellation is always honoured as well (and reported as nothing).
/// </summary>
internal static class GeneratorBudget
{
    // 120 s, not 10: on the shared two-core CI machine under load, building NaturalSubleq's weights alone took more
    // than 30 s, which made the test project's build fail now and then.
    public static readonly TimeSpan Total = TimeSpan.FromSeconds(120);

    /// <summary>The two steps, each with its own budget.</summary>
    public enum Stage { Analysis, Compilation }

    /// <summary>Tests set this to give the class with a given name a smaller budget.</summary>
    internal static Func<string, TimeSpan?>? TestBudget;

    /// <summary>A token that fires when the host cancels or when the step's budget is spent.</summary>
    public static CancellationTokenSource Start(string className, Stage stage, CancellationToken host)
    {
        var budget = TestBudget?.Invoke(className) ?? Total;
        var source = CancellationTokenSource.CreateLinkedTokenSource(host);
        // A zero budget cancels at once: a timer callback can be late on a busy thread pool, which made the test flaky.
        if (budget <= TimeSpan.Zero) source.Cancel(); else source.CancelAfter(budget);
        return source;
    }

    /// <summary>The size that makes a program slow: the variables the MLP explores and their ranges.</summary>
    public static string Size(ProgramSpec model)
    {
        var largest = model.Variables.Where(v => !v.IsHead).OrderByDescending(v => v.Range).Take(3)
            .Select(v => $"'{v.Name}' has {v.Range} values");
        double states = model.Variables.Aggregate(1.0, (product, v) => product * Math.Max(1, v.Range + (v.IsHead ? 1 : 0)));
        return $"{model.Variables.Count} variables with up to {states:G3} combinations of values ({string.Join(", ", largest)})";
    }

    public static DiagnosticInfo Exceeded(SourceLocation? location, string className, string stage, string size) =>
        DiagnosticInfo.Create(CompilationDiagnostics.OverBudget, location, ExceededArguments(className, stage, size));

    /// <summary>ALTA054's arguments: the class, the budget in seconds, the stage and the size to blame.</summary>
    public static string[] ExceededArguments(string className, string stage, string size) =>
        [className, ((int)Total.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), stage, size];
}
