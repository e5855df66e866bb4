using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>
/// A short job (the build machine is shared: 2 cores) plus median/min and the throughput columns. MB/s and
/// Alloc/Input use the median, which a busy machine disturbs less than the mean.
/// </summary>
public sealed class ParsingConfig : ManualConfig
{
    public ParsingConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        // The generated project builds slowly when other builders share the 2 cores.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        AddColumn(ThroughputColumn.Input, ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocRatio);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        HideColumns("Error", "StdDev");
    }
}
