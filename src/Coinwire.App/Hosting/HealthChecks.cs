using System.Globalization;
using Coinwire.Observability;
using Coinwire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Coinwire.App.Hosting;

/// <summary>Readiness: every migration this build knows is applied, and the store has none this build does not know.</summary>
public sealed class MigrationsHealthCheck(StoreFactory store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var pending = known.Except(applied).Count();
        var unknown = applied.Count(m => !known.Contains(m));
        if (pending > 0)
        {
            return HealthCheckResult.Unhealthy($"{pending} migration(s) not applied");
        }
        // A newer build migrated the store: this one may still work, but should be upgraded.
        return unknown > 0
            ? HealthCheckResult.Degraded($"the store has {unknown} migration(s) newer than this build")
            : HealthCheckResult.Healthy($"{applied.Count} migrations applied");
    }
}

/// <summary>Readiness: how long the oldest due job has waited, against <see cref="HealthOptions"/>.</summary>
public sealed class QueueLagHealthCheck(PipelineGauges gauges, IOptions<HealthOptions> options) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = gauges.Current();
        var lag = snapshot.QueueLag;
        var o = options.Value;
        var data = new Dictionary<string, object>
        {
            ["lagSeconds"] = Math.Round(lag.TotalSeconds, 1),
            ["pending"] = snapshot.Queue.Where(q => q.State == Storage.Entities.JobStatus.Pending).Sum(q => q.Count),
            ["failed"] = snapshot.Queue.Where(q => q.State == Storage.Entities.JobStatus.Failed).Sum(q => q.Count),
        };
        var text = $"oldest due job waited {lag.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";
        var result = o.QueueLagUnhealthy is { } bad && lag > bad ? HealthCheckResult.Unhealthy(text, data: data)
            : lag > o.QueueLagDegraded ? HealthCheckResult.Degraded(text, data: data)
            : HealthCheckResult.Healthy(text, data);
        return Task.FromResult(result);
    }
}

/// <summary>Readiness: the share of enabled sources whose last fetch failed, against <see cref="HealthOptions"/>.</summary>
public sealed class FeedHealthCheck(PipelineGauges gauges, IOptions<HealthOptions> options) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = gauges.Current();
        var o = options.Value;
        var share = snapshot.FailingShare;
        var data = new Dictionary<string, object> { ["enabled"] = snapshot.EnabledSources, ["failing"] = snapshot.FailingSources };
        var text = $"{snapshot.FailingSources} of {snapshot.EnabledSources} enabled sources failing";
        var result = o.FailingSourcesUnhealthy is { } bad && share > bad ? HealthCheckResult.Unhealthy(text, data: data)
            : share > o.FailingSourcesDegraded ? HealthCheckResult.Degraded(text, data: data)
            : HealthCheckResult.Healthy(text, data);
        return Task.FromResult(result);
    }
}
