using Alta.Benchmarks;
using BenchmarkDotNet.Running;

// --quick: the figures of issue 6 in one short run; otherwise the full BenchmarkDotNet suite (with its own arguments).
if (args.Contains("--quick"))
{
    QuickBenchmark.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(QuickBenchmark).Assembly).Run(args);
