using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>
/// Extra summary columns for benchmarks with a <c>Set</c> parameter naming a <see cref="FeedCorpus"/> set:
/// the input size, throughput in MB/s (10^6 bytes of raw input per second) and allocated bytes per input byte.
/// </summary>
public sealed class ThroughputColumn(string name, Func<long, double, long?, string> format) : IColumn
{
    /// <summary>Input size of the set (bytes and files).</summary>
    public static readonly IColumn Input = new ThroughputColumn("Input", (bytes, _, _) => $"{bytes / 1e6:0.00} MB");

    /// <summary>Raw input megabytes per second.</summary>
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn("MB/s", (bytes, ns, _) => $"{bytes / 1e6 / (ns / 1e9):0.0}");

    /// <summary>Allocated bytes divided by input bytes.</summary>
    public static readonly IColumn AllocRatio = new ThroughputColumn("Alloc/Input", (bytes, _, alloc) => alloc is { } a ? $"{(double)a / bytes:0.00}×" : "?");

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => ColumnName switch
    {
        "Input" => "Raw input bytes of the corpus set",
        "MB/s" => "Raw input MB (10^6 bytes) per second, from the median time",
        _ => "Bytes allocated per byte of raw input",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Set"] is not string set || summary[benchmarkCase] is not { ResultStatistics: { } stats } report)
        {
            return "-";
        }
        var bytes = FeedCorpus.Bytes(FeedCorpus.Get(set));
        var alloc = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return format(bytes, stats.Median, alloc);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public override string ToString() => ColumnName;
}
