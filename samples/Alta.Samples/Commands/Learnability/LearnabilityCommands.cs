using System.Collections.Generic;

namespace Alta.Samples.Commands.Learnability;

/// <summary>
/// Dispatch for <c>trace</c>, <c>coverage</c> and <c>learn-mlp</c>, which take their own options
/// (see <see cref="Usage"/>), before the shared command line sees them.
/// </summary>
internal static class LearnabilityCommands
{
    public const string Usage = """
          trace <program> --out FILE [--lengths 1..8 --count K --seed S | --inputs FILE] [--noise] [--interpret]
                                                feed-forward traces (input, output minus input, undefined mask) as safetensors
          coverage <program> [--lengths 1..N --count K --seed S | --inputs FILE] [--all] [--test-lengths 1..40]
                                                which compiled rules a dataset exercises, in the program's own terms
          learn-mlp <program> [--lengths 1..8] [--test-lengths 1..40] [options]
                                                trains an MLP on traces, runs the model with it in place of the
                                                compiled feed-forward block; options in docs/learnability.md
          plot --out FILE.svg A.csv B.csv ...   accuracy by length (learn-mlp --csv files), one line per file
          (programs: parity-relative, parity-absolute, parity-sum, addition)
        """;

    public static bool TryRun(IReadOnlyList<string> args, out int exitCode)
    {
        exitCode = 0;
        if (args.Count == 0) return false;
        var rest = new List<string>(args).GetRange(1, args.Count - 1);
        switch (args[0].ToLowerInvariant())   // commands, like program names, in either case
        {
            case "trace": exitCode = TraceCommand.Execute(LearnabilityOptions.Parse("trace", rest)); return true;
            case "coverage": exitCode = CoverageCommand.Execute(LearnabilityOptions.Parse("coverage", rest)); return true;
            case "learn-mlp": exitCode = LearnMlpCommand.Execute(LearnabilityOptions.Parse("learn-mlp", rest)); return true;
            case "plot": exitCode = PlotCommand.Execute(rest); return true;
            default: return false;
        }
    }
}
