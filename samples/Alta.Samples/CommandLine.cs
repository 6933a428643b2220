using System.Collections.Generic;

namespace Alta.Samples;

/// <summary>The parsed command line: a command, its positional arguments and the flags.</summary>
internal sealed record CommandLine(string Command, IReadOnlyList<string> Arguments, bool Interpret, bool Trace)
{
    /// <summary><c>--max-layers N</c>: the layer budget of a run, or null for the program's own.</summary>
    public int? MaxLayers { get; init; }

    public const string Usage = """
        usage: dotnet run -c Release --project samples/Alta.Samples -- <command>
          list                                  every program with a one-line description
          run <program> <input> [--interpret] [--trace] [--max-layers N]
                                                runs the compiled model (--interpret: the interpreter;
                                                --trace: the interpreter, printing every variable after every layer;
                                                --max-layers: the layer budget, 1..1000000, default the program's)
          stats <program>                       the compiled model's statistics
          scan "<command>" [--interpret]        a SCAN command's actions, e.g. scan "jump twice after walk"
          scan-eval [--split length|simple|addprim-jump|all] [--interpret] [--limit N]
                                                the SCAN benchmark through Run (or Interpret), on every core
          learn <task> [options]                trains a Transformer Program and decompiles it (learn --help)
          decompile <program.json> [class]      prints the ALTA class of a saved learned program
        <command> --help prints that command's lines, --help alone this text, --version the version;
        commands and program names are case-insensitive
        example: run addition 789+456
        """;

    /// <summary>Reads the arguments; flags may stand anywhere, anything else starting with <c>--</c> is an error.</summary>
    public static CommandLine Parse(string[] args)
    {
        var positional = new List<string>();
        bool interpret = false, trace = false;
        int? maxLayers = null;
        for (int a = 0; a < args.Length; a++)
        {
            var arg = args[a];
            switch (arg)
            {
                case "--interpret": interpret = true; break;
                case "--trace": trace = true; break;
                case "--max-layers":
                    if (a + 1 == args.Length || !int.TryParse(args[a + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var budget)
                        || budget < 1 || budget > Alta.Interpretation.InputValidation.MaxLayerBudget)
                        throw new InputException($"--max-layers needs a number of layers from 1 to {Alta.Interpretation.InputValidation.MaxLayerBudget}.");
                    maxLayers = budget;
                    a++;
                    break;
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
        return new CommandLine(positional[0].ToLowerInvariant(), positional.GetRange(1, positional.Count - 1), interpret, trace) { MaxLayers = maxLayers };
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
