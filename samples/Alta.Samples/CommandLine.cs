using System.Collections.Generic;

namespace Alta.Samples;

/// <summary>The parsed command line: a command, its positional arguments and the flags.</summary>
internal sealed record CommandLine(string Command, IReadOnlyList<string> Arguments, bool Interpret, bool Trace)
{
    public const string Usage = """
        usage: dotnet run --project samples/Alta.Samples -- <command>
          list                                  every program with a one-line description
          run <program> <input> [--interpret] [--trace]
                                                runs the compiled model (--interpret: the interpreter;
                                                --trace: the interpreter, printing every variable after every layer)
          stats <program>                       the compiled model's statistics
          scan "<command>" [--interpret]        a SCAN command's actions, e.g. scan "jump twice after walk"
          scan-eval [--split length|simple|addprim-jump|all] [--interpret] [--limit N]
                                                the SCAN benchmark through Run (or Interpret), on every core
          learn <task> [options]                trains a Transformer Program and decompiles it (learn --help)
        every command takes --help (this text) and --version; commands and program names are case-insensitive
        example: run addition 789+456
        """;

    /// <summary>Reads the arguments; flags may stand anywhere, anything else starting with <c>--</c> is an error.</summary>
    public static CommandLine Parse(string[] args)
    {
        var positional = new List<string>();
        bool interpret = false, trace = false;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--interpret": interpret = true; break;
                case "--trace": trace = true; break;
                case "--help" or "-h": positional.Insert(0, "help"); break;
                case "--version": positional.Insert(0, "version"); break;
                default:
                    if (arg.StartsWith("--", System.StringComparison.Ordinal)) throw new InputException($"Unknown option '{arg}'. Run 'help' for usage.");
                    positional.Add(arg);
                    break;
            }
        }
        if (positional.Count == 0) throw new InputException($"No command given. Run 'help' for usage.");
        // Commands, like program names, are case-insensitive: "Run Addition" works as "run addition".
        return new CommandLine(positional[0].ToLowerInvariant(), positional.GetRange(1, positional.Count - 1), interpret, trace);
    }

    /// <summary>The positional arguments, exactly <paramref name="names"/>.Length of them.</summary>
    public void Expect(params string[] names)
    {
        if (Arguments.Count != names.Length)
        {
            var shape = names.Length == 0 ? "no arguments" : "<" + string.Join("> <", names) + ">";
            throw new InputException($"'{Command}' takes {shape}; got {Arguments.Count} argument(s). Run 'help' for usage.");
        }
    }
}
