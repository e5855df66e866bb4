using System.Diagnostics;
using Coinwire.Fetching;
using Coinwire.Normalizing;
using Coinwire.Observability;
using Coinwire.Parsing;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Coinwire.Pipeline;

/// <summary>
/// One fetch round over the due sources: fetch (politely, in parallel across hosts), parse, normalize, and store each
/// source's new items, its health and its fetch log in one transaction, so a crash anywhere loses nothing and a rerun
/// completes the work. Sources that fail keep their error in health and back off; they never stop the round.
/// </summary>
public sealed class IngestService(StoreFactory store, FeedFetcher fetcher, JobQueue queue, TimeProvider? clock = null, ILogger<IngestService>? logger = null,
    IOptions<IngestOptions>? options = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;
    private readonly SourceLeases leases = new(store, clock);
    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;
    private readonly SourceBatchWriter writer = new(store, queue, logger);

    /// <summary>Sources fetched at once (each host still gets one request at a time).</summary>
    public int MaxParallelFetches { get; init; } = 8;

    /// <summary>The worker's id in the sources' claim column.</summary>
    public string WorkerId { get; init; } = IngestOptions.ProcessWorkerId;

    /// <summary>
    /// Polls the enabled sources that are due. With <paramref name="ignoreInterval"/> (<c>--once</c>) only backoff and
    /// <c>Retry-After</c> hold a source back; <paramref name="onlyKey"/> limits the round to one source.
    /// </summary>
    public async Task<IngestRound> RunRoundAsync(bool ignoreInterval, string? onlyKey = null, CancellationToken ct = default)
    {
        List<SourceRecord> sources;
        await using (var db = store.CreateContext())
        {
            sources = await db.Sources.AsNoTracking().Where(s => s.Enabled && s.Type != "MANUAL" && (onlyKey == null || s.Key == onlyKey)).ToListAsync(ct);
        }
        var now = time.GetUtcNow();
        var due = sources.Where(s => SourceSchedule.IsDue(SourceHealth.ToState(s), now, ignoreInterval)).ToList();
        // Workers sharing the store split the due hosts: this round polls only the hosts it claimed, all their sources.
        await using var claim = await leases.ClaimAsync(due, sources, WorkerId, options?.Value.SourceLease ?? new IngestOptions().SourceLease, ct);
        var claimed = due.Where(s => claim.Holds(s.Id)).Select(s => s.Id).ToList();
        await using (var db = store.CreateContext())
        {
            // Read again under the claim: another worker may have polled these sources since the list above was read.
            due = (await db.Sources.AsNoTracking().Where(s => claimed.Contains(s.Id)).ToListAsync(ct))
                .Where(s => SourceSchedule.IsDue(SourceHealth.ToState(s), now, ignoreInterval)).ToList();
        }

        var results = new List<(bool Failed, bool NotModified, int Seen, int New)>();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelFetches, CancellationToken = ct }, async (source, token) =>
        {
            var r = await PollAsync(source, token);
            lock (results)
            {
                results.Add(r);
            }
        });
        return new IngestRound(due.Count, results.Count(r => r.Failed), results.Count(r => r.NotModified), results.Sum(r => r.Seen), results.Sum(r => r.New));
    }

    private async Task<(bool Failed, bool NotModified, int Seen, int New)> PollAsync(SourceRecord source, CancellationToken ct)
    {
        var state = SourceHealth.ToState(source);
        var started = time.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        var url = new Uri(source.PermanentRedirectUrl ?? source.Url);
        using var fetch = CoinwireTelemetry.StartFetch(log, source.Key, url);
        var result = await fetcher.FetchAsync(new FetchRequest { SourceKey = source.Key, Url = url, ETag = source.ETag, LastModified = source.LastModified }, ct);

        IReadOnlyList<NormalizedFeedItem> items = [];
        string? parseError = null;
        if (result.Outcome == FetchOutcome.Ok && result.Body is { } body)
        {
            try
            {
                var feed = FeedParser.Parse(body, result.ContentType, result.FinalUrl ?? url);
                items = feed.Items.Select(i => FeedItemNormalizer.Normalize(i, started)).ToList();
            }
            catch (FeedParseException e)
            {
                parseError = e.Message;
            }
        }

        var interval = SourceSchedule.PollInterval(items.Select(i => ItemWriter.ParseUtc(i.Published)).OfType<DateTime>().Select(t => new DateTimeOffset(t, TimeSpan.Zero)), started,
            source.IntervalSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        var next = SourceSchedule.Apply(state, result, started, interval, Random.Shared.NextDouble());
        if (parseError is not null)
        {
            // The server answered, but not with a feed we can read: count it as an error so the source backs off.
            next = SourceSchedule.Apply(state, result with { Outcome = FetchOutcome.NotAFeed, Body = null, Error = parseError }, started, interval, Random.Shared.NextDouble());
        }

        // Hashing the rows runs here, in parallel across sources; only the writes queue for the writer.
        var batch = SourceBatch.Create(source, next, items, result, parseError, started, stopwatch.Elapsed);
        var inserted = await writer.StoreAsync(batch, ct);
        fetch.Items(parseError is null ? result.Outcome.ToString() : nameof(FetchOutcome.NotAFeed), items.Count, inserted);
        if (!next.LastOutcome.HasValue || next.ErrorCount > 0)
        {
            log.LogWarning("{Source}: {Status} {Error}", source.Key, next.LastStatus, next.LastError);
        }
        return (next.ErrorCount > 0, result.Outcome == FetchOutcome.NotModified, items.Count, inserted);
    }
}
