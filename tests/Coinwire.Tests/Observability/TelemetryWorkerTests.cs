using System.Net;
using System.Net.Sockets;
using Coinwire.App.Hosting;
using Coinwire.Tests.Storage;
using Microsoft.Extensions.Configuration;

namespace Coinwire.Tests.Observability;

public class TelemetryWorkerTests
{
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [Fact]
    public async Task MetricsPort_ServesMetricsLivezAndReadyz()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TempStore.CreateAsync();
        var stage = new NamedStage(NamedStage.UniqueName());
        await stage.EnqueueAsync(store.Factory, 1);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telemetry:MetricsPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Telemetry:MetricsHost"] = "127.0.0.1",
            ["Telemetry:SnapshotCache"] = "00:00:00",
        }).Build();
        await using var worker = await TelemetryWorker.StartAsync(store.Factory, config, ct);
        using var client = new HttpClient { BaseAddress = worker.Address };

        var series = $"stage=\"{stage.Name}\",state=\"pending\"";
        var metrics = await ScrapeUntilAsync(client, series, ct);
        using var live = await client.GetAsync(new Uri("/livez", UriKind.Relative), ct);
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative), ct);

        Assert.Contains(series, metrics, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    /// <summary>
    /// Scrapes until <paramref name="series"/> shows. The gauges skip a store whose read fails in that scrape (by design:
    /// one bad store must not blank the others), and parallel tests keep other stores busy, so one scrape may miss it.
    /// </summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, string series, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), ct);
            if (metrics.Contains(series, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return metrics;
            }
            await Task.Delay(200, ct);
        }
    }

    [Fact]
    public async Task NoPortAndNoCollector_StartsNoListener()
    {
        await using var store = await TempStore.CreateAsync();

        await using var worker = await TelemetryWorker.StartAsync(store.Factory, new ConfigurationBuilder().Build(), TestContext.Current.CancellationToken);

        Assert.Null(worker.Address);
    }
}
