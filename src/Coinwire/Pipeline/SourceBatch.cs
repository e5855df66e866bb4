using Coinwire.Fetching;
using Coinwire.Normalizing;
using Coinwire.Storage.Entities;

namespace Coinwire.Pipeline;

/// <summary>One source's fetch, ready for <see cref="SourceBatchWriter"/>: everything computed off the writer.</summary>
/// <param name="SourceId">The source polled.</param>
/// <param name="Next">Its fetch state after this fetch (health, schedule, validators).</param>
/// <param name="Records">Item rows from <see cref="ItemWriter.ToRecords"/>.</param>
/// <param name="Log">The fetch log row; the writer fills in <see cref="FetchLogEntry.ItemsNew"/>.</param>
public sealed record SourceBatch(int SourceId, SourceFetchState Next, IReadOnlyList<ItemRecord> Records, FetchLogEntry Log)
{
    /// <summary>
    /// The batch for a fetch of <paramref name="source"/> that produced <paramref name="items"/> (none when it failed or
    /// <paramref name="parseError"/> is set). Hashes the rows: call it off the writer, in parallel across sources.
    /// </summary>
    public static SourceBatch Create(SourceRecord source, SourceFetchState next, IReadOnlyList<NormalizedFeedItem> items, FetchResult result, string? parseError, DateTimeOffset started, TimeSpan elapsed) =>
        new(source.Id, next, ItemWriter.ToRecords(source, items, started.UtcDateTime), new FetchLogEntry
        {
            SourceId = source.Id,
            StartedAt = started.UtcDateTime,
            Outcome = parseError is null ? result.Outcome.ToString() : nameof(FetchOutcome.NotAFeed),
            HttpStatus = result.StatusCode,
            Bytes = result.Body?.LongLength ?? 0,
            ItemsSeen = items.Count,
            ElapsedMs = (int)Math.Min(int.MaxValue, elapsed.TotalMilliseconds),
            Error = parseError ?? result.Error,
        });
}
