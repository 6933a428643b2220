using System;
using System.Diagnostics;
using System.Globalization;
using Alta.Samples.Catalog;

namespace Alta.Samples.Commands;

/// <summary><c>run &lt;program&gt; &lt;input&gt;</c>: the decoded output with its legend, then layers, halted and time.</summary>
internal static class RunCommand
{
    public static int Execute(CommandLine command)
    {
        command.Expect("program", "input");
        var sample = SampleCatalog.Find(command.Arguments[0]);
        var tokens = sample.Encode(command.Arguments[1]);

        // A trace is recorded by the interpreter, so --trace implies --interpret.
        bool interpret = command.Interpret || command.Trace;
        if (command.Trace) Console.Error.WriteLine("note: --trace runs the interpreter (Interpret), which records every variable; the compiled model keeps no trace.");
        if (!interpret && CompiledModelProblem(sample) is { } problem)
        {
            Console.Error.WriteLine($"note: the compiled model of {sample.Name} is not available ({problem}); using the interpreter.");
            interpret = true;
        }

        // Time a second run: the first one pays for JIT compilation, which says nothing about the model.
        sample.Execute(tokens, interpret, null, command.MaxLayers);
        var trace = command.Trace ? new AltaTrace() : null;
        var clock = Stopwatch.StartNew();
        var result = sample.Execute(tokens, interpret, trace, command.MaxLayers);
        clock.Stop();

        if (trace is not null) Console.Write(trace.ToString());
        // Every sample halts when it is done: outputs of a run that did not are unfinished, not the answer.
        if (!result.Halted)
            throw new InputException($"{sample.Name} did not halt within {result.Layers} layers, so it has no answer yet; "
                + $"give it a larger budget with --max-layers (at most {Alta.Interpretation.InputValidation.MaxLayerBudget}).");
        Console.WriteLine($"outputs: {result.Output} ({sample.Legend})");
        Console.WriteLine($"layers: {result.Layers}");
        Console.WriteLine($"halted: {(result.Halted ? "yes" : "no")}");
        Console.WriteLine($"time: {clock.Elapsed.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)} ms ({(interpret ? "Interpret" : "Run")})");
        if (!result.Halted)
            Console.Error.WriteLine($"note: not halted means the layer budget ({result.Layers} layers) ran out before the halting rule held everywhere"
                + " (a program without HaltWhen always runs MaxLayers layers; a one-shot program wants MaxLayers = 1). The outputs are those after the last layer.");
        return 0;
    }

    private static string? CompiledModelProblem(ISample sample)
    {
        try
        {
            _ = sample.Model;
            return null;
        }
        catch (NotSupportedException e)
        {
            return e.Message;
        }
    }
}
