using System.Net;
using System.Net.Sockets;
using Coinwire.Pipeline;
using Coinwire.Sources;
using Coinwire.Storage;
using Coinwire.Tests.Fetching;
using Coinwire.Tests.Storage;
using Microsoft.Extensions.Logging;

namespace Coinwire.Tests.Observability;

public class IngestTelemetryTests
{
    [Fact]
    public async Task FailingSource_WarningIsLoggedInsideItsSourceKeyScope()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TempStore.CreateAsync();
        int closedPort;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        await SourceSync.SyncAsync(store.Factory, [new SourceDefinition("Refusing Feed", new Uri($"http://127.0.0.1:{closedPort}/feed.xml"), SourceType.RSS, "en", 1.0, null, true)], ct);
        using var fetching = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:Timeout"] = "00:00:05" });
        var logger = new ScopeCapturingLogger<IngestService>();
        var ingest = new IngestService(store.Factory, fetching.Fetcher, new JobQueue(store.Factory), logger: logger);

        await ingest.RunRoundAsync(ignoreInterval: true, ct: ct);

        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal("refusing_feed", warning.Scope["SourceKey"]);
    }
}
