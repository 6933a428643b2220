using System;
using System.IO;
using System.Text.Json;
using Alta.Analysis.Learned;

namespace Alta.Samples.Commands;

/// <summary><c>decompile &lt;program.json&gt; [class]</c>: writes the ALTA class of a saved learned program to stdout.</summary>
internal static class DecompileCommand
{
    public static int Execute(CommandLine command)
    {
        if (command.Arguments.Count is < 1 or > 2) throw new InputException("'decompile' takes <program.json> [class name]. Run 'help' for usage.");
        string path = command.Arguments[0];
        if (!File.Exists(path)) throw new InputException($"No file '{path}'.");
        DiscreteProgram program;
        try { program = LearnedJson.Load(File.ReadAllText(path)); }
        catch (JsonException e) { throw new InputException($"'{path}' is not a saved learned program: {e.Message}"); }
        string className = command.Arguments.Count == 2 ? command.Arguments[1] : Decompiler.DefaultClassName(program.Task);
        Console.Write(new Decompiler(program, className).Write());
        return 0;
    }
}
