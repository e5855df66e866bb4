using System.Net;
using Coinwire.Fetching;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Fetching;

/// <summary>
/// The guard with private networks NOT allowed. The harness's connector only ever connects to loopback and records
/// every attempt, so these tests send nothing off the machine even if the guard failed; they assert it was not even tried.
/// </summary>
public class SsrfGuardTests
{
    private static readonly Dictionary<string, string?> Guarded = new() { ["Fetching:AllowPrivateNetworks"] = "false" };

    private static Task<LoopbackServer> StartAsync() =>
        LoopbackServer.StartAsync(context => context.Response.WriteAsync(ConditionalGetTests.Rss));

    [Fact]
    public async Task LoopbackIPv4_BlockedWithoutConnecting()
    {
        await using var server = await StartAsync();
        using var harness = FetchingHarness.Create(Guarded);

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Null(result.Body);
        Assert.Contains("AllowPrivateNetworks", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Theory]
    [InlineData("http://[::1]/feed")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/feed")]
    [InlineData("http://172.16.5.4/feed")]
    [InlineData("http://192.168.1.1/feed")]
    [InlineData("http://100.100.100.200/latest/meta-data/")]
    [InlineData("http://0.0.0.0/feed")]
    [InlineData("http://[::ffff:127.0.0.1]/feed")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/")]
    [InlineData("http://[fe80::1]/feed")]
    [InlineData("https://127.0.0.2/feed")]
    [InlineData("http://2130706433/feed")]
    [InlineData("http://0x7f.1/feed")]
    public async Task RestrictedAddressLiteral_BlockedBeforeConnecting(string url)
    {
        using var harness = FetchingHarness.Create(Guarded, new FakeResolver([]));

        var result = await harness.FetchAsync(new Uri(url));

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Fact]
    public async Task Localhost_BlockedAfterResolvingWithoutConnecting()
    {
        await using var server = await StartAsync();
        using var harness = FetchingHarness.Create(Guarded);

        var result = await harness.FetchAsync(new Uri($"http://localhost:{server.BaseUri.Port}/feed"));

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Contains("localhost", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Fact]
    public async Task NameResolvingToPrivateAddress_BlockedWithoutConnecting()
    {
        var resolver = new FakeResolver(new() { ["feeds.example.test"] = [IPAddress.Parse("10.1.2.3")] });
        using var harness = FetchingHarness.Create(Guarded, resolver);

        var result = await harness.FetchAsync(new Uri("http://feeds.example.test/rss"));

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Contains("10.1.2.3", result.Error, StringComparison.Ordinal);
        Assert.Contains("feeds.example.test", resolver.Lookups);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Fact]
    public async Task NameResolvingToLoopbackAndPrivate_BlockedWithoutConnecting()
    {
        var resolver = new FakeResolver(new()
        {
            ["rebind.example.test"] = [IPAddress.Parse("192.168.0.10"), IPAddress.Loopback, IPAddress.Parse("169.254.169.254")],
        });
        using var harness = FetchingHarness.Create(Guarded, resolver);

        var result = await harness.FetchAsync(new Uri("https://rebind.example.test/rss"));

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Fact]
    public async Task UnknownName_NetworkError()
    {
        using var harness = FetchingHarness.Create(Guarded, new FakeResolver([]));

        var result = await harness.FetchAsync(new Uri("http://nowhere.example.test/rss"));

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/feed.xml")]
    [InlineData("file:///etc/passwd")]
    public async Task NonHttpScheme_Blocked(string url)
    {
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(new Uri(url));

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Fact]
    public async Task SourceAllowedPrivate_ReachesLoopbackWhileOthersStayBlocked()
    {
        await using var server = await StartAsync();
        using var harness = FetchingHarness.Create(Guarded);

        var allowed = await harness.FetchAsync(server.Url("feed"), source: "lan", allowPrivate: true);
        var other = await harness.FetchAsync(server.Url("feed"), source: "public");

        Assert.Equal(FetchOutcome.Ok, allowed.Outcome);
        Assert.Equal(FetchOutcome.Blocked, other.Outcome);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AllowPrivateNetworksSetting_ReachesLoopback()
    {
        await using var server = await StartAsync();
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:AllowPrivateNetworks"] = "true" });

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
    }
}
