using System;
using System.IO;
using Alta.Analysis.Traces;

namespace Alta.Samples.Commands.Learnability;

/// <summary><c>trace &lt;program&gt; --out FILE</c>: writes the feed-forward traces of a dataset as safetensors.</summary>
internal static class TraceCommand
{
    public static int Execute(LearnabilityOptions options)
    {
        var program = StudiedPrograms.Find(options.Program);
        var file = options.Text("out") ?? throw new InputException("'trace' needs --out FILE (a .safetensors file to write).");
        var inputs = options.Inputs(program);
        var trace = options.Flag("interpret")
            ? Tracing.FromInterpreter(program.Program, program.CreateHost, program.Model.Layout, inputs)
            : Tracing.FromModel(program.Model, inputs);
        if (options.Flag("noise")) trace = trace.WithNoise(options.Int("seed", 1));
        using (var stream = File.Create(file))
            TraceFile.Write(trace, program.Name, stream);
        Console.WriteLine($"{program.Name}: {inputs.Count} inputs, {trace.Rows} rows x {program.Model.Layout.ModelWidth} dimensions -> {file}");
        return 0;
    }
}
