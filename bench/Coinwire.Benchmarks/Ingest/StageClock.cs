using System.Diagnostics;
using System.Globalization;

namespace Coinwire.Benchmarks.Ingest;

/// <summary>
/// Wall time and on-thread CPU time of one synchronous stage, summed over the workers. The CPU time (Linux
/// <c>/proc/thread-self/schedstat</c>, zero elsewhere) is what the stage costs, whatever else runs on the machine.
/// </summary>
internal sealed class StageClock
{
    private long wallTicks;
    private long cpuNanos;
    private long allocated;

    public TimeSpan Wall => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref wallTicks));

    public TimeSpan Cpu => TimeSpan.FromTicks(Interlocked.Read(ref cpuNanos) / 100);

    /// <summary>Bytes the stage allocated (on its threads): what it leaves the GC to collect.</summary>
    public long Allocated => Interlocked.Read(ref allocated);

    public T Time<T>(Func<T> work)
    {
        var wall = Stopwatch.GetTimestamp();
        var cpu = ThreadCpuNanos();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        Interlocked.Add(ref allocated, GC.GetAllocatedBytesForCurrentThread() - bytes);
        Interlocked.Add(ref cpuNanos, ThreadCpuNanos() - cpu);
        Interlocked.Add(ref wallTicks, Stopwatch.GetTimestamp() - wall);
        return result;
    }

    private static long ThreadCpuNanos()
    {
        const string path = "/proc/thread-self/schedstat";
        return File.Exists(path) ? long.Parse(File.ReadAllText(path).Split(' ')[0], CultureInfo.InvariantCulture) : 0;
    }
}
