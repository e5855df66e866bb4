using System.Diagnostics;
using System.Runtime;

namespace Coinwire.Benchmarks.Ingest;

/// <summary>Waits for the JIT's background (tier-1) recompilation after a warm-up to settle.</summary>
internal static class JitQuiet
{
    /// <summary>Returns once no method was compiled for <paramref name="quiet"/> (default 1 s), or after 20 s.</summary>
    public static async Task WaitAsync(TimeSpan? quiet = null)
    {
        var settle = quiet ?? TimeSpan.FromSeconds(1);
        var started = Stopwatch.GetTimestamp();
        var count = JitInfo.GetCompiledMethodCount();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(settle);
            var now = JitInfo.GetCompiledMethodCount();
            if (now == count)
            {
                break;
            }
            count = now;
        }
        Console.WriteLine($"JIT idle after {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s of waiting ({count:N0} methods compiled so far)");
    }
}
