using System;
using System.Collections.Generic;
using System.Linq;
using Alta.Samples.Commands.Learnability;

namespace Alta.Samples.Commands;

/// <summary>
/// <c>&lt;command&gt; --help</c>: that command's own lines of the usage text. The lines are cut from the one
/// usage text the app prints for <c>help</c>, so a command's help cannot drift from it.
/// </summary>
internal static class CommandHelp
{
    /// <summary>Prints the help of <c>args[0]</c> when the arguments ask for it; false for anything else
    /// (no --help, a command with its own help such as <c>learn</c>, or an unknown command).</summary>
    public static bool TryPrint(string[] args)
    {
        if (args.Length < 2 || !args.Skip(1).Any(a => a is "--help" or "-h")) return false;
        var command = args[0].ToLowerInvariant();
        if (command == "learn") return false;   // learn --help prints the task list and the training options
        var block = Block(command);
        if (block.Count == 0) return false;
        Console.WriteLine("usage: dotnet run -c Release --project samples/Alta.Samples -- " + block[0].Trim());
        foreach (var line in block.Skip(1)) Console.WriteLine(line);
        return true;
    }

    /// <summary>The command's line of the usage text and the deeper-indented lines that continue it.</summary>
    internal static List<string> Block(string command)
    {
        var lines = (CommandLine.Usage + "\n" + LearnabilityCommands.Usage).Replace("\r", "").Split('\n');
        var block = new List<string>();
        foreach (var line in lines)
        {
            int indent = line.Length - line.TrimStart().Length;
            if (block.Count == 0)
            {
                var words = line.Trim().Split(' ');
                if (indent == 2 && words[0] == command) block.Add(line);
            }
            else if (indent > 2 && line.Trim().Length > 0) block.Add(line);
            else break;
        }
        return block;
    }
}
