using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>
/// A short job (the build machine is shared: 2 cores; the warm-up is long enough for tiered compilation) plus
/// median/min and the throughput columns. MB/s and Alloc/Input use the median, which a busy machine disturbs less
/// than the mean.
/// </summary>
public sealed class ParsingConfig : ManualConfig
{
    public ParsingConfig()
    {
        // 15 warm-up iterations (~7 s of parsing): with 3, tiered compilation and dynamic PGO had not finished with the
        // parser's many methods, so its measured iterations ran 1.5-2.5x slower than steady state (profile-parse shows
        // rounds settling only after ~4 s); the floor, one small loop, settles at once.
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(15).WithIterationCount(10).WithId("Short"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        // The generated project builds slowly when other builders share the 2 cores.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        AddColumn(ThroughputColumn.Input, ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocRatio);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        HideColumns("Error", "StdDev");
    }
}
