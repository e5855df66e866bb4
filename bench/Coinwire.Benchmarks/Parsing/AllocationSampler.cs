using System.Diagnostics.Tracing;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>
/// The runtime's allocation samples (one event per ~100 KB allocated, naming the type that crossed the mark) summed by
/// type while <see cref="On"/> is set: where a parse's garbage comes from, without an external profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly Dictionary<string, long> _bytesByType = [];

    /// <summary>Samples are counted only while this is set.</summary>
    public bool On { get; set; }

    /// <summary>Sampled bytes per type, largest first.</summary>
    public IEnumerable<KeyValuePair<string, long>> ByType
    {
        get
        {
            lock (_bytesByType)
            {
                return _bytesByType.OrderByDescending(t => t.Value).ToList();
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!On || eventData.EventName != "GCAllocationTick_V4" || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }
        var type = payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
