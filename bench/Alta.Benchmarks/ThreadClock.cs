using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Alta.Benchmarks;

/// <summary>
/// The processor time of the calling thread, in microseconds (Linux's <c>CLOCK_THREAD_CPUTIME_ID</c>). On a shared
/// machine a thread waits for a core for much of the wall-clock time; its own processor time leaves that wait out, so
/// two single-threaded figures measured minutes apart stay comparable. Elsewhere it falls back to the wall clock.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadProcessorTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Whether <see cref="Microseconds"/> is the thread's processor time (else the wall clock).</summary>
    public static bool IsThreadTime { get; } = OperatingSystem.IsLinux() && Probe();

    public static string Name => IsThreadTime ? "thread-cpu" : "wall";

    public static double Microseconds()
    {
        if (!IsThreadTime) return Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
        ClockGetTime(ThreadProcessorTime, out var time);
        return time.Seconds * 1e6 + time.Nanoseconds / 1e3;
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadProcessorTime, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
