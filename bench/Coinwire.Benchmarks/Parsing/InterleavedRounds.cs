using System.Diagnostics;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>
/// Readers take turns over the same files, round after round, in one process (the first reader of a round rotates):
/// a busy machine slows them alike, so their ratios hold better than those of BenchmarkDotNet's separate processes run
/// a minute apart. Prints each reader's fastest round and its mean over the second half of the rounds.
/// </summary>
public static class InterleavedRounds
{
    /// <summary>Runs <paramref name="rounds"/> rounds of every reader over <paramref name="files"/>; ratios are to the first reader.</summary>
    public static int Run(CorpusFile[] files, int rounds, IReadOnlyList<(string Name, Func<CorpusFile, int> Read)> readers)
    {
        var n = readers.Count;
        var best = Enumerable.Repeat(double.MaxValue, n).ToArray();
        var sum = new double[n];
        var cpu = new TimeSpan[n];
        var pauses = new TimeSpan[n];
        using var process = Process.GetCurrentProcess();
        long checksum = 0;
        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < n; k++)
            {
                var i = (r + k) % n;
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var pauseBefore = GC.GetTotalPauseDuration();
                var sw = Stopwatch.StartNew();
                foreach (var file in files)
                {
                    checksum += readers[i].Read(file);
                }
                var ms = sw.Elapsed.TotalMilliseconds;
                process.Refresh();
                best[i] = Math.Min(best[i], ms);
                if (r >= rounds / 2)
                {
                    sum[i] += ms;
                    cpu[i] += process.TotalProcessorTime - cpuBefore;
                    pauses[i] += GC.GetTotalPauseDuration() - pauseBefore;
                }
            }
        }
        var half = rounds - rounds / 2;
        Console.WriteLine($"{files.Length} files, {FeedCorpus.Bytes(files)} bytes, {rounds} rounds; per pass, fastest (mean of the second half):");
        for (var i = 0; i < n; i++)
        {
            Console.WriteLine($"  {readers[i].Name,-15} {best[i],7:F2} ({sum[i] / half:F2}) ms; CPU {cpu[i].TotalMilliseconds / half:F2} ms, GC pauses "
                + $"{pauses[i].TotalMilliseconds / half:F2} ms; {best[i] / best[0]:F2}x ({sum[i] / sum[0]:F2}x) {readers[0].Name}");
        }
        Console.WriteLine($"  {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} GCs, checksum {checksum}");
        return 0;
    }
}
