using System.Diagnostics;

namespace Alta.Benchmarks;

/// <summary>
/// <c>--loop "subleq n=12" 10 [interpret]</c>: runs one benchmark line's fast pass through a session (or Interpret) for
/// that many seconds and nothing else, for a sampling profiler (e.g. <c>DOTNET_PerfMapEnabled=1 perf record</c>), and
/// reports the processor time per layer, the steadier figure when the machine is shared.
/// </summary>
public static class ProfileLoop
{
    public static void Run(string key, double seconds, bool interpret = false)
    {
        var program = BenchPrograms.Get(key);
        var session = program.Model.CreateSession();
        var outputs = new double[program.Tokens.Length];
        long runs = 0, layers = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            layers += interpret ? program.Interpret(program.Tokens) : session.Run(program.Tokens, null, outputs).Layers;
            runs++;
        }
        // Processor time is the steadier figure on a shared machine (it includes the JIT's warm-up, though).
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{program.Key} {(interpret ? "Interpret" : "Run")}: {runs} runs, {watch.Elapsed.TotalMilliseconds * 1000 / layers:F2} us per layer, {cpu.TotalMilliseconds * 1000 / layers:F2} us processor time per layer");
    }
}
