using Coinwire.Alerts.Channels;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coinwire.Alerts;

/// <summary>
/// Sends the due deliveries of the log, each outside any pipeline transaction: it claims the row (committed), sends
/// through the resilient client, and records the outcome. A crash between claim and record leaves the row claimed;
/// a stale claim is taken over, so an alert is sent at least once and, short of such a crash, exactly once.
/// </summary>
public sealed class AlertDispatcher(StoreFactory store, IHttpClientFactory http, IOptionsMonitor<AlertsOptions> options, TimeProvider time, ILogger<AlertDispatcher> log)
{
    /// <summary>Name of the HTTP client alerts and WebSub pings use.</summary>
    public const string ClientName = "coinwire-alerts";

    private const int BatchSize = 100;

    /// <summary>Sends every delivery that is due; returns how many were delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var (now, stale) = Times();
        List<long> due;
        await using (var db = store.CreateContext())
        {
            due = await Due(db, now, stale).OrderBy(d => d.Id).Select(d => d.Id).Take(BatchSize).ToListAsync(ct);
        }
        var delivered = 0;
        foreach (var id in due)
        {
            delivered += await TrySendAsync(id, ct) ? 1 : 0;
        }
        return delivered;
    }

    private async Task<bool> TrySendAsync(long id, CancellationToken ct)
    {
        var (now, stale) = Times();
        await using var db = store.CreateContext();
        // The claim is its own statement so two senders can never both send one row.
        var claimed = await Due(db, now, stale).Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, AlertDeliveryStatus.Sending).SetProperty(d => d.ClaimedAt, now), ct);
        if (claimed == 0)
        {
            return false;
        }
        var row = await db.AlertDeliveries.SingleAsync(d => d.Id == id, ct);
        var settings = options.CurrentValue;
        DeliveryResult result;
        try
        {
            result = settings.Channels.TryGetValue(row.Channel, out var channel)
                ? await SendAsync(channel, row, settings.Channels.Values.SelectMany(AlertRequests.Secrets).ToList(), ct)
                : new DeliveryResult(false, true, null, "channel is no longer configured", []);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down mid-send: hand the row back instead of waiting for the claim to go stale.
            row.Status = AlertDeliveryStatus.Pending;
            row.ClaimedAt = null;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        DeliveryLog.Record(row, result, settings.Delivery, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(CancellationToken.None);
        if (result.Delivered)
        {
            log.LogInformation("alert {Rule} for story {Story} delivered to {Channel} after {Attempts} attempt(s)", row.Rule, row.StoryId, row.Channel, result.Attempts.Count);
        }
        else
        {
            log.LogWarning("alert {Rule} for story {Story} to {Channel} failed ({Status}): {Error}", row.Rule, row.StoryId, row.Channel, row.Status, row.LastError);
        }
        return result.Delivered;
    }

    // Redacts with every channel's secrets: an answer may echo any of them, not only its own channel's.
    private async Task<DeliveryResult> SendAsync(AlertChannelOptions channel, AlertDeliveryRecord row, List<string> secrets, CancellationToken ct)
    {
        using var request = AlertRequests.Build(channel, row, time.GetUtcNow());
        var attempts = AttemptLog.Attach(request);
        try
        {
            using var response = await http.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var code = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new DeliveryResult(true, false, code, null, attempts);
            }
            var permanent = code is >= 400 and < 500 and not 408 and not 429;
            var body = await DeliveryLog.SnippetAsync(response, ct);
            return new DeliveryResult(false, permanent, code, DeliveryLog.Redact($"HTTP {code}: {body}", secrets), attempts);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new DeliveryResult(false, false, null, DeliveryLog.Redact($"{e.GetType().Name}: {e.Message}", secrets), attempts);
        }
    }

    private static IQueryable<AlertDeliveryRecord> Due(CoinwireDbContext db, DateTime now, DateTime stale) =>
        db.AlertDeliveries.Where(d => (d.Status == AlertDeliveryStatus.Pending && d.NextAttemptAt <= now)
            || (d.Status == AlertDeliveryStatus.Sending && d.ClaimedAt < stale));

    private (DateTime Now, DateTime Stale) Times()
    {
        var now = time.GetUtcNow().UtcDateTime;
        // A claim older than two whole deliveries belongs to a sender that died.
        var limit = options.CurrentValue.Delivery.Timeout * 2 + TimeSpan.FromMinutes(1);
        return (now, now - limit);
    }
}
