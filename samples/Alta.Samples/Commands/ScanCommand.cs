namespace Alta.Samples.Commands;

/// <summary><c>scan "&lt;command&gt;"</c>: the command's actions, then layers, halted and time (<c>run scan</c> with a shorter name).</summary>
internal static class ScanCommand
{
    public static int Execute(CommandLine command)
    {
        command.Expect("command");
        return RunCommand.Execute(command with { Command = "run", Arguments = ["scan", command.Arguments[0]] });
    }
}
