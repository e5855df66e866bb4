using Coinwire.Pipeline;
using Coinwire.Storage;

namespace Coinwire.App.Hosting;

/// <summary>
/// Continuous ingest: polls the due sources, runs the queued stages until idle, sleeps, repeats. An iteration that
/// fails is logged and retried on the next one; cancellation (SIGTERM, Ctrl-C) stops it quietly, and the stage runner
/// hands its unfinished claims back so another worker takes them at once.
/// </summary>
public sealed class IngestWorker(IngestService ingest, StoreFactory store, JobQueue queue, IServiceProvider services, ILogger<IngestWorker> log) : BackgroundService
{
    /// <summary>Pause between rounds when nothing was due.</summary>
    public TimeSpan IdleDelay { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Limit the rounds to one source key, or null for all.</summary>
    public string? OnlySource { get; init; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var runner = new StageRunner(store, queue, $"{Environment.MachineName}:{Environment.ProcessId}", services.GetRequiredService<ILogger<StageRunner>>());
        var stages = PipelineServices.Stages(services);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var round = await ingest.RunRoundAsync(ignoreInterval: false, OnlySource, stoppingToken);
                var done = await runner.RunUntilIdleAsync(stages, stoppingToken);
                if (round.Polled > 0 || done > 0)
                {
                    log.LogInformation("polled {Polled} sources ({Failed} failed, {NotModified} not modified): {New} new items; {Jobs} jobs done",
                        round.Polled, round.Failed, round.NotModified, round.ItemsNew, done);
                }
                await Task.Delay(IdleDelay, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                log.LogError(e, "ingest iteration failed; retrying after {Delay}", IdleDelay);
                await Task.Delay(IdleDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        log.LogInformation("ingest worker stopped");
    }
}
