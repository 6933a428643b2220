using Alta.Benchmarks;
using BenchmarkDotNet.Running;

// --quick [line]: the figures of issues 6 and 12 in one short run (or only the lines whose key contains line; `--quick RunBatch`: only RunBatch vs Run); --samples [name]: Run vs Interpret on every catalogue sample at its example input (or only the samples whose name contains name); --generator [name]: the generator's processor time per program; --loop: one line for a profiler; otherwise the full BenchmarkDotNet suite (with its own arguments).
int quick = Array.IndexOf(args, "--quick");
if (quick >= 0)
{
    QuickBenchmark.Run(args.Length > quick + 1 ? args[quick + 1] : null);
    return;
}
int samples = Array.IndexOf(args, "--samples");
if (samples >= 0)
{
    QuickBenchmark.RunSamples(args.Length > samples + 1 ? args[samples + 1] : null);
    return;
}
int generator = Array.IndexOf(args, "--generator");
if (generator >= 0)
{
    GeneratorTimes.Run(args.Length > generator + 1 ? args[generator + 1] : null);
    return;
}
int loop = Array.IndexOf(args, "--loop");
if (loop >= 0)
{
    ProfileLoop.Run(args[loop + 1], double.Parse(args[loop + 2], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > loop + 3 && args[loop + 3] == "interpret");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(QuickBenchmark).Assembly).Run(args);
