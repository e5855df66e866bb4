using System.CommandLine;
using Coinwire.App.Hosting;
using Coinwire.Pipeline;
using Coinwire.Sources;
using Coinwire.Storage;

namespace Coinwire.App.Cli;

/// <summary><c>coinwire ingest [--source KEY] [--once]</c>: fetch the configured sources and run every stage after fetching.</summary>
public static class IngestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliContext io, GlobalOptions g)
    {
        var once = new Option<bool>("--once") { Description = "One round over every due source (ignoring intervals), then exit" };
        var source = new Option<string?>("--source") { Description = "Only this source key" };
        var json = GlobalOptions.Json();
        var command = new Command("ingest", "Fetch and process the configured sources") { once, source, json };
        command.SetAction(async (parse, ct) =>
        {
            var definitions = SourcesCommands.LoadFile(parse, g);
            var only = parse.GetValue(source);
            if (only is not null && definitions.All(d => d.Key != only))
            {
                throw new CliException($"no source with key '{only}' (see 'coinwire sources list')");
            }
            var store = await CommandStore.OpenAsync(parse.GetValue(g.Data)!, ct);
            await SyncSourcesAsync(store, definitions, ct);
            await using var services = PipelineServices.Build(store, CoinwireConfiguration.Build(), Path.GetFullPath(parse.GetValue(g.Data)!));
            await using var telemetry = await TelemetryWorker.StartAsync(store, CoinwireConfiguration.Build(), ct);
            var ingest = services.GetRequiredService<IngestService>();
            if (parse.GetValue(once))
            {
                var runner = new StageRunner(store, services.GetRequiredService<JobQueue>(), IngestOptions.ProcessWorkerId, services.GetRequiredService<ILogger<StageRunner>>());
                var stages = PipelineServices.Stages(services);
                var round = await ingest.RunRoundAsync(ignoreInterval: true, only, ct);
                var processed = await runner.RunUntilIdleAsync(stages, ct);
                var stats = await StoreStats.ReadAsync(store, ct);
                if (parse.GetValue(json))
                {
                    await CliJson.WriteAsync(io.Out, new { round, jobsCompleted = processed, stats });
                }
                else
                {
                    await io.Out.WriteLineAsync($"polled {round.Polled} sources ({round.Failed} failed, {round.NotModified} not modified): {round.ItemsNew} new of {round.ItemsSeen} items; {processed} jobs done; {stats.Items} items, {stats.Stories} stories in store");
                }
                return ExitCodes.Ok;
            }

            await io.Out.WriteLineAsync($"ingesting {definitions.Count(d => d.Enabled)} sources into {store.Description}; Ctrl-C or SIGTERM stops");
            var worker = new IngestWorker(ingest, store, services.GetRequiredService<JobQueue>(), services, services.GetRequiredService<ILogger<IngestWorker>>()) { OnlySource = only };
            await worker.StartAsync(ct);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }
            await worker.StopAsync(CancellationToken.None);
            await io.Out.WriteLineAsync("stopped");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task SyncSourcesAsync(StoreFactory store, IReadOnlyList<SourceDefinition> definitions, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SourceSync.SyncAsync(store, definitions, ct);
                return;
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException) when (attempt < 3)
            {
                // Workers started together race to insert the same new sources; the loser's retry finds them stored.
            }
        }
    }
}
