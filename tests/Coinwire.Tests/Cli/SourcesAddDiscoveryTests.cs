using Coinwire.Common;
using Coinwire.Tests.Pipeline;

namespace Coinwire.Tests.Cli;

/// <summary><c>sources add</c> with a home page runs feed discovery; the real executable is used so configuration comes from the environment.</summary>
public class SourcesAddDiscoveryTests
{
    [Fact]
    public async Task SourcesAdd_HomePageUrlAddsTheDiscoveredFeed()
    {
        await using var server = await FeedServer.StartAsync();
        var feed = server.Serve("/feed.xml", await File.ReadAllBytesAsync(RepoPaths.Shared("corpus", "feeds", "crypto", "015-cryptonews.xml"), TestContext.Current.CancellationToken));
        var home = server.Serve("/", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/feed.xml\"></head><body>hi</body></html>"u8.ToArray());
        var file = Path.Combine(CliRunner.TempDir(), "sources.yaml");
        await File.WriteAllTextAsync(file, "sources:\n", TestContext.Current.CancellationToken);

        var r = await CoinwireProcess.RunAsync(new Dictionary<string, string> { ["COINWIRE__Fetching__AllowPrivateNetworks"] = "true" },
            TimeSpan.FromMinutes(1), "sources", "add", home.ToString(), "--name", "Local News", "--sources", file);

        Assert.True(r.ExitCode == 0, r.Error);
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Contains($"url: '{feed}'", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesAdd_LoopbackIsRefusedWithoutAllowPrivateNetworks()
    {
        await using var server = await FeedServer.StartAsync();
        var home = server.Serve("/", "<html></html>"u8.ToArray());
        var file = Path.Combine(CliRunner.TempDir(), "sources.yaml");
        await File.WriteAllTextAsync(file, "sources:\n", TestContext.Current.CancellationToken);

        var r = await CoinwireProcess.RunAsync(new Dictionary<string, string>(), TimeSpan.FromMinutes(1), "sources", "add", home.ToString(), "--sources", file);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Blocked", r.Error, StringComparison.Ordinal);
        Assert.Equal("sources:\n", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        Assert.Empty(server.Requests);
    }
}
