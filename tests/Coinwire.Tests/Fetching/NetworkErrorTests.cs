using System.Net;
using System.Net.Sockets;
using Coinwire.Fetching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Coinwire.Tests.Fetching;

public class NetworkErrorTests
{
    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task ConnectionRefused_NetworkErrorAfterOneQuickRetry()
    {
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(new Uri($"http://127.0.0.1:{ClosedLoopbackPort()}/feed"));

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Contains("ConnectionError", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, harness.Connector.Attempts.Count);
    }

    [Fact]
    public async Task CallerCancels_OperationCanceledThrown()
    {
        await using var server = await LoopbackServer.StartAsync(context => Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted));
        using var harness = FetchingHarness.Create();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Fetcher.FetchAsync(
            new FetchRequest { SourceKey = "s", Url = server.Url("feed") }, cancel.Token));
    }

    [Fact]
    public async Task ServerHangsUpMidBody_NetworkErrorNoBody()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentLength = 10_000;
            await context.Response.WriteAsync("<rss><channel>");
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.Null(result.Body);
    }

    [Fact]
    public void Options_DefaultsAndConfigurationKeys()
    {
        var defaults = new FetchingOptions();
        Assert.Equal(TimeSpan.FromSeconds(1), defaults.MinHostDelay);
        Assert.False(defaults.AllowPrivateNetworks);
        Assert.Equal(5, defaults.MaxRedirects);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.Timeout);
        Assert.Equal(10L * 1024 * 1024, defaults.MaxResponseBytes);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Fetching:MinHostDelay"] = "00:00:02.5",
            ["Fetching:AllowPrivateNetworks"] = "true",
            ["Fetching:MaxResponseBytes"] = "1234",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddFetching().BuildServiceProvider();
        var bound = services.GetRequiredService<IOptions<FetchingOptions>>().Value;

        Assert.Equal(TimeSpan.FromMilliseconds(2500), bound.MinHostDelay);
        Assert.True(bound.AllowPrivateNetworks);
        Assert.Equal(1234, bound.MaxResponseBytes);
        Assert.NotNull(services.GetRequiredService<FeedFetcher>());
        Assert.NotNull(services.GetRequiredService<FeedDiscovery>());
    }

    [Fact]
    public void Options_Invalid_Rejected()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Fetching:Timeout"] = "00:00:00",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddFetching().BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FetchingOptions>>().Value);
    }
}
