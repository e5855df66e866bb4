using Coinwire.App.Cli;
using Coinwire.App.Web;

namespace Coinwire.App.Hosting;

/// <summary>Starts the ASP.NET Core host for <c>coinwire run</c>.</summary>
public static class WebHost
{
    /// <summary>Runs the site on localhost until <paramref name="ct"/> is cancelled (Ctrl-C, SIGTERM), then stops cleanly.</summary>
    public static async Task RunAsync(WebHostOptions options, CliContext io, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(io);
        var dataDir = Path.GetFullPath(options.DataDir);
        WebApplication app;
        try
        {
            app = await WebApp.CreateAsync(new WebAppOptions(dataDir, options.Demo), CoinwireConfiguration.Build(),
                b => b.WebHost.UseUrls($"http://{b.Configuration["Web:Host"] ?? "localhost"}:{options.Port}"), ct);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or ArgumentException)
        {
            throw new CliException($"cannot open the store: {e.Message.Split('\n')[0].Trim()}");
        }
        await using (app)
        {
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException e)
            {
                throw new CliException($"cannot listen on port {options.Port}: {e.Message}");
            }
            await io.Out.WriteLineAsync($"Coinwire listening on http://localhost:{options.Port} (data: {dataDir}{(options.Demo ? ", demo" : "")}); Ctrl-C stops it.");
            await using var ingest = await StartIngestAsync(app, options, dataDir, io, ct);
            await app.WaitForShutdownAsync(ct);
        }
    }

    /// <summary>The in-process ingest worker over the sources file; none in demo mode (offline sample content), with <c>Web:Ingest=false</c> (separate workers) or without a file.</summary>
    private static async Task<IngestHandle?> StartIngestAsync(WebApplication app, WebHostOptions options, string dataDir, CliContext io, CancellationToken ct)
    {
        if (options.Demo || !app.Configuration.GetValue("Web:Ingest", true) || options.SourcesFile is not { } file || !File.Exists(file))
        {
            return null;
        }
        var store = app.Services.GetRequiredService<Coinwire.Storage.StoreFactory>();
        try
        {
            await Coinwire.Sources.SourceSync.SyncAsync(store, Coinwire.Sources.SourcesFile.Load(file), ct);
        }
        catch (Coinwire.Sources.SourcesFileException e)
        {
            throw new CliException(e.Message);
        }
        var services = PipelineServices.Build(store, CoinwireConfiguration.Build(), dataDir);
        var worker = new IngestWorker(services.GetRequiredService<Coinwire.Pipeline.IngestService>(), store, services.GetRequiredService<Coinwire.Storage.JobQueue>(),
            services, services.GetRequiredService<ILogger<IngestWorker>>());
        await worker.StartAsync(ct);
        await io.Out.WriteLineAsync($"ingesting the sources in {file}");
        return new IngestHandle(worker, services);
    }

    private sealed class IngestHandle(IngestWorker worker, ServiceProvider services) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
            await services.DisposeAsync();
        }
    }
}
