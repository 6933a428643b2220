using System.Diagnostics;
using System.Globalization;

namespace Alta.Benchmarks;

/// <summary>
/// <c>--quick</c>: a Stopwatch measurement of every figure issues 6 and 12 ask for, all in one run (so ratios compare
/// like with like), in well under three minutes. Each figure is the median of several rounds; <c>Run</c> and
/// <c>Interpret</c> are timed in alternating rounds of one line, so a swing in the machine's load falls on both, and
/// every single-threaded figure is the measuring thread's processor time (<see cref="ThreadClock"/>), which leaves out
/// the time spent waiting for a core.
/// </summary>
public static class QuickBenchmark
{
    private const int Rounds = 7;

    /// <summary>Lines longer than this skip the dense reference pass.</summary>
    private const int ReferenceLengthLimit = 64;

    /// <summary>Rounds of the Run-versus-Interpret comparison: each round times both, one after the other.</summary>
    private const int PairedRounds = 15;

    /// <summary>Every figure; with <paramref name="only"/>, just the lines whose key contains it (and their allocation);
    /// <c>RunBatch</c> alone with <c>--quick RunBatch</c> (a short run to take while the machine is quiet).</summary>
    public static void Run(string? only = null)
    {
        Console.WriteLine(Invariant($"clock={ThreadClock.Name} (single-threaded figures; batch: wall clock) processors={Environment.ProcessorCount}"));
        if (only == "RunBatch")
        {
            ReportBatch();
            return;
        }
        var programs = BenchPrograms.All.Where(p => only is null || p.Key.Contains(only, StringComparison.Ordinal)).ToList();
        foreach (var program in programs) ReportProgram(program);
        ReportAllocation(programs);
        if (only is not null) return;
        ReportBatch();
        ReportGenerator();
    }

    /// <summary><c>--samples</c>: <c>Run</c> against <c>Interpret</c> on every catalogue sample at its own example input
    /// (<see cref="BenchPrograms.Catalogue"/>), paired as in the quick run, without the reference pass; with
    /// <paramref name="only"/>, just the samples whose name contains it.</summary>
    public static void RunSamples(string? only = null)
    {
        Console.WriteLine(Invariant($"clock={ThreadClock.Name} catalogue examples processors={Environment.ProcessorCount}"));
        foreach (var program in BenchPrograms.Catalogue)
            if (only is null || program.Name.Contains(only, StringComparison.Ordinal)) ReportProgram(program, withReference: false, prefix: "sample ");
    }

    private static void ReportProgram(BenchProgram program) => ReportProgram(program, withReference: true, prefix: "");

    private static void ReportProgram(BenchProgram program, bool withReference, string prefix)
    {
        var session = program.Model.CreateSession();
        var outputs = new double[program.Tokens.Length];
        int layers = session.Run(program.Tokens, null, outputs).Layers;
        var (fast, interpret) = PairedMedians(() => session.Run(program.Tokens, null, outputs), () => program.Interpret(program.Tokens), TimeSpan.FromMilliseconds(150));
        // The dense reference pass is quadratic in n with n x d_model matrices: seconds per run on the long lines.
        string reference = "";
        if (withReference && program.Tokens.Length <= ReferenceLengthLimit)
        {
            double dense = Median(() => program.Model.RunReference(program.Tokens), TimeSpan.FromMilliseconds(300));
            reference = Invariant($" reference_us_per_layer={dense / layers:F2} fast_vs_reference={dense / fast:F1}x");
        }
        Console.WriteLine(Invariant(
            $"{prefix}{program.Key} layers={layers} fast_us_per_layer={fast / layers:F2} interpret_us_per_layer={interpret / layers:F2} fast_vs_interpret={interpret / fast:F2}x{reference}"));
    }

    private static void ReportAllocation(IEnumerable<BenchProgram> programs)
    {
        foreach (var program in programs)
        {
            var session = program.Model.CreateSession();
            var outputs = new double[program.Tokens.Length];
            session.Run(program.Tokens, null, outputs);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) session.Run(program.Tokens, null, outputs);
            long perRun = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
            Console.WriteLine(Invariant($"allocation {program.Key} session_bytes_per_run={perRun}"));
        }
    }

    private static void ReportBatch()
    {
        var inputs = BenchPrograms.AdditionInputs();
        var model = BenchPrograms.Get("addition").Model;
        // The same work on one core: Run on every input in turn, results included.
        double oneCore = Median(() =>
        {
            foreach (var input in inputs) model.Run(input, null, static x => x);
        }, TimeSpan.FromMilliseconds(600), rounds: 5, wallClock: true);
        double batch = Median(() => model.RunBatch(inputs, null, static x => x), TimeSpan.FromMilliseconds(600), rounds: 5, wallClock: true);
        // The process's processor time per call of each: where the batch costs about what one core does, its workers
        // do not get in each other's way, and a wall-clock ratio below the cores is the machine's load, not the batch.
        double oneCoreCpu = ProcessorMilliseconds(() =>
        {
            foreach (var input in inputs) model.Run(input, null, static x => x);
        });
        double batchCpu = ProcessorMilliseconds(() => model.RunBatch(inputs, null, static x => x));
        Console.WriteLine(Invariant(
            $"batch addition inputs={inputs.Length} cores={Environment.ProcessorCount} one_core_ms={oneCore / 1000:F2} batch_ms={batch / 1000:F2} throughput_ratio={oneCore / batch:F2}x one_core_cpu_ms={oneCoreCpu:F2} batch_cpu_ms={batchCpu:F2}"));
    }

    /// <summary>The whole process's processor time per call, over 20 calls.</summary>
    private static double ProcessorMilliseconds(Action action)
    {
        const int calls = 20;
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (int i = 0; i < calls; i++) action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds / calls;
    }

    private static void ReportGenerator()
    {
        var names = SampleSources.Names.ToList();
        var times = new List<double>();
        foreach (var name in names)
        {
            var compilation = SampleSources.Compilation(name);
            SampleSources.Generate(compilation); // JIT and first-use costs are not the program's
            var samples = new double[5];
            for (int i = 0; i < samples.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                SampleSources.Generate(compilation);
                samples[i] = watch.Elapsed.TotalMilliseconds;
            }
            Array.Sort(samples);
            times.Add(samples[samples.Length / 2]);
            Console.WriteLine(Invariant($"generator {name} ms={times[^1]:F1}"));
        }
        Console.WriteLine(Invariant($"generator samples={names.Count} mean_ms={times.Average():F1} max_ms={times.Max():F1} total_ms={times.Sum():F1}"));
    }

    /// <summary>
    /// Median microseconds per call of two actions, timed in alternating rounds (each round one batch of each) so that
    /// the machine's load, which swings within seconds on a shared machine, falls on both alike; both are warmed up
    /// alike too. <paramref name="budget"/> is each action's total time over all rounds.
    /// </summary>
    private static (double First, double Second) PairedMedians(Action first, Action second, TimeSpan budget)
    {
        for (int warm = 0; warm < 4; warm++)
        {
            WarmUp(first, TimeSpan.FromMilliseconds(100));
            WarmUp(second, TimeSpan.FromMilliseconds(100));
        }
        int firstCalls = CallsPerRound(first, budget, PairedRounds), secondCalls = CallsPerRound(second, budget, PairedRounds);
        var firstSamples = new double[PairedRounds];
        var secondSamples = new double[PairedRounds];
        for (int r = 0; r < PairedRounds; r++)
        {
            firstSamples[r] = Time(first, firstCalls);
            secondSamples[r] = Time(second, secondCalls);
        }
        Array.Sort(firstSamples);
        Array.Sort(secondSamples);
        return (firstSamples[PairedRounds / 2], secondSamples[PairedRounds / 2]);
    }

    /// <summary>
    /// Calls <paramref name="action"/> for <paramref name="time"/> of the thread's own processor time, and for at least
    /// as long by the wall clock. On a loaded machine a wall-clock warm-up ran a line a few dozen times: tiered
    /// compilation had not finished, and the first lines of a run read 2x to 7x slow on either side, at random.
    /// </summary>
    private static void WarmUp(Action action, TimeSpan time)
    {
        var watch = Stopwatch.StartNew();
        double start = ThreadClock.Microseconds();
        while (ThreadClock.Microseconds() - start < time.TotalMilliseconds * 1000 || watch.Elapsed < time) action();
    }

    /// <summary>How many calls make one round of <paramref name="rounds"/> rounds filling <paramref name="budget"/>.</summary>
    private static int CallsPerRound(Action action, TimeSpan budget, int rounds)
    {
        var watch = Stopwatch.StartNew();
        int calibration = 0;
        while (watch.Elapsed < TimeSpan.FromMilliseconds(20)) { action(); calibration++; }
        return Math.Max(1, (int)(calibration * budget.TotalMilliseconds / rounds / watch.Elapsed.TotalMilliseconds));
    }

    /// <summary>Microseconds per call over <paramref name="calls"/> calls: the thread's processor time
    /// (<see cref="ThreadClock"/>), or the wall clock for work spread over several threads.</summary>
    private static double Time(Action action, int calls, bool wallClock = false)
    {
        if (wallClock)
        {
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < calls; i++) action();
            return watch.Elapsed.TotalMilliseconds * 1000 / calls;
        }
        double start = ThreadClock.Microseconds();
        for (int i = 0; i < calls; i++) action();
        return (ThreadClock.Microseconds() - start) / calls;
    }

    /// <summary>Median microseconds per call over <paramref name="rounds"/> rounds of roughly <paramref name="budget"/> each.</summary>
    private static double Median(Action action, TimeSpan budget, int rounds = Rounds, bool wallClock = false)
    {
        // Warm up long enough for tiered compilation to reach its optimised, profile-guided code.
        WarmUp(action, TimeSpan.FromMilliseconds(400));
        int calls = CallsPerRound(action, budget, rounds);
        var samples = new double[rounds];
        for (int r = 0; r < rounds; r++) samples[r] = Time(action, calls, wallClock);
        Array.Sort(samples);
        return samples[rounds / 2];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
