using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>A short job (the build machine is shared: 2 cores) plus the throughput columns.</summary>
public sealed class ParsingConfig : ManualConfig
{
    public ParsingConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(6).WithId("Short"));
        AddColumn(ThroughputColumn.Input, ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocRatio);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        HideColumns("Error", "StdDev");
    }
}
