namespace Coinwire.App.Hosting;

/// <summary>
/// Readiness thresholds, bound from the <c>Health</c> section. Queue lag and feed failures only degrade readiness by
/// default: a web tier must keep serving while its workers lag. Set the <c>Unhealthy</c> thresholds on workers whose
/// orchestrator should restart them.
/// </summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Health";

    /// <summary>Oldest due job older than this: Degraded (default 10 minutes).</summary>
    public TimeSpan QueueLagDegraded { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Oldest due job older than this: Unhealthy (default: never).</summary>
    public TimeSpan? QueueLagUnhealthy { get; set; }

    /// <summary>Share of enabled sources failing above which feeds are Degraded (default 0.5).</summary>
    public double FailingSourcesDegraded { get; set; } = 0.5;

    /// <summary>Share of enabled sources failing above which feeds are Unhealthy (default: never).</summary>
    public double? FailingSourcesUnhealthy { get; set; }
}
