using System;
using Alta;
using Alta.Samples;
using Alta.Samples.Commands;
using Alta.Samples.Commands.Learnability;

// The samples app: list the programs, run one on human input, print a compiled model's statistics.
// Every expected failure (bad input, unknown program, a program error) is one line on stderr and exit code 1.
try
{
    if (CommandHelp.TryPrint(args)) return 0;
    if (LearnabilityCommands.TryRun(args, out int learnabilityExit)) return learnabilityExit;
    // scan-eval and learn take options with values, which the shared command line does not parse.
    if (args.Length > 0 && args[0].Equals("scan-eval", StringComparison.OrdinalIgnoreCase)) return ScanEvalCommand.Execute(args[1..]);
    if (args.Length > 0 && args[0].Equals("learn", StringComparison.OrdinalIgnoreCase)) return LearnCommand.Execute(args[1..]);
    var command = CommandLine.Parse(args);
    return command.Command switch
    {
        "list" => ListCommand.Execute(command),
        "run" => RunCommand.Execute(command),
        "stats" => StatsCommand.Execute(command),
        "decompile" => DecompileCommand.Execute(command),
        "scan" => ScanCommand.Execute(command),
        "help" => Help(),
        "version" => Version(),
        _ => throw new InputException($"Unknown command '{command.Command}'. Run 'help' for usage."),
    };
}
catch (InputException e)
{
    return Fail(e.Message);
}
catch (ArgumentException e)
{
    // Input checks of Run/Interpret (empty, too long, token outside the vocabulary).
    return Fail(e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", ""));
}
catch (AltaProgramException e)
{
    return Fail("The program failed: " + e.Message);
}

static int Help()
{
    Console.WriteLine(CommandLine.Usage);
    Console.WriteLine(LearnabilityCommands.Usage);
    return 0;
}

static int Version()
{
    var assembly = typeof(AltaModel).Assembly;
    var version = (Attribute.GetCustomAttribute(assembly, typeof(System.Reflection.AssemblyInformationalVersionAttribute)) as System.Reflection.AssemblyInformationalVersionAttribute)?.InformationalVersion
        ?? assembly.GetName().Version?.ToString() ?? "unknown";
    Console.WriteLine($"Alta {version} (.NET {Environment.Version})");
    return 0;
}

static int Fail(string message)
{
    // One line, whatever the user typed: control characters are escaped.
    Console.Error.WriteLine("error: " + Alta.Samples.Catalog.CharacterText.Escape(message));
    return 1;
}
