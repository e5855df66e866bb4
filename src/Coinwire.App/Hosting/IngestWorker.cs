using Coinwire.Alerts;
using Coinwire.Pipeline;
using Coinwire.Storage;
using Microsoft.Extensions.Options;

namespace Coinwire.App.Hosting;

/// <summary>
/// Continuous ingest: polls the due sources it can claim, runs the queued stages until idle, sleeps, repeats. Any
/// number of workers may share one PostgreSQL store (see DESIGN "Storage and scale"). An iteration that fails is
/// logged and retried on the next one. Cancellation (SIGTERM, Ctrl-C) stops claiming at once: the batch in flight
/// rolls back and its jobs and source claims are handed back, so another worker takes them without waiting for a lease.
/// </summary>
public sealed class IngestWorker(IngestService ingest, StoreFactory store, JobQueue queue, IServiceProvider services, ILogger<IngestWorker> log) : BackgroundService
{
    private readonly IngestOptions options = services.GetService<IOptions<IngestOptions>>()?.Value ?? new IngestOptions();

    /// <summary>Limit the rounds to one source key, or null for all.</summary>
    public string? OnlySource { get; init; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var runner = new StageRunner(store, queue, ingest.WorkerId, services.GetRequiredService<ILogger<StageRunner>>()) { Lease = options.JobLease };
        var stages = PipelineServices.Stages(services);
        log.LogInformation("worker {Worker} started", runner.WorkerId);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var round = await ingest.RunRoundAsync(ignoreInterval: false, OnlySource, stoppingToken);
                var done = await runner.RunUntilIdleAsync(stages, stoppingToken);
                await RetryAlertsAsync(stoppingToken);
                if (round.Polled > 0 || done > 0)
                {
                    log.LogInformation("polled {Polled} sources ({Failed} failed, {NotModified} not modified): {New} new items; {Jobs} jobs done",
                        round.Polled, round.Failed, round.NotModified, round.ItemsNew, done);
                }
                await Task.Delay(options.IdleDelay, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                log.LogError(e, "ingest iteration failed; retrying after {Delay}", options.IdleDelay);
                await Task.Delay(options.IdleDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        // The runner and the round release what they hold when cancelled; this also covers a claim made just before.
        var jobs = await queue.ReleaseAsync(runner.WorkerId, CancellationToken.None);
        var sources = await new SourceLeases(store).ReleaseAsync(runner.WorkerId, ct: CancellationToken.None);
        log.LogInformation("ingest worker {Worker} stopped ({Jobs} jobs and {Sources} source claims handed back)", runner.WorkerId, jobs, sources);
    }

    /// <summary>Deliveries whose backoff ran out go out here too, not only when the alert stage next has a batch.</summary>
    private async Task RetryAlertsAsync(CancellationToken ct)
    {
        if (services.GetService<IOptionsMonitor<AlertsOptions>>()?.CurrentValue.Rules.Count > 0
            && services.GetService<AlertDispatcher>() is { } dispatcher)
        {
            await dispatcher.DispatchDueAsync(ct);
        }
    }
}
