using System.Diagnostics;
using System.Text.Json;
using Coinwire.App.Web;
using Coinwire.Publishing;
using Coinwire.Tests.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coinwire.Tests.Web;

public class CacheAcrossInstancesTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static async Task<WebApplication> StartAsync(string dir, bool demo, string pollSeconds)
    {
        // A cache far longer than the test: only the change watcher can make the other instance see the edit.
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Web:CacheSeconds"] = "600",
            ["Web:ChangePollSeconds"] = pollSeconds,
        }).Build();
        var app = await WebApp.CreateAsync(new WebAppOptions(dir, demo), config, b => b.WebHost.UseTestServer(), TestContext.Current.CancellationToken);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static async Task<string[]> SlugsAsync(HttpClient client)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative), TestContext.Current.CancellationToken));
        return [.. doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!)];
    }

    [Fact]
    public async Task PinThroughOneInstance_OtherInstanceServesItWithinPollInterval()
    {
        var ct = TestContext.Current.CancellationToken;
        var dir = CliRunner.TempDir();
        await using var editing = await StartAsync(dir, demo: true, pollSeconds: "0.2");
        await using var reading = await StartAsync(dir, demo: false, pollSeconds: "0.2");
        using var readingClient = reading.GetTestClient();
        var before = await SlugsAsync(readingClient);
        var target = before[^1];

        Assert.True(await editing.Services.GetRequiredService<ArticleEditor>().PinAsync(target, 500, ct));
        await WebApp.ArticlesChangedAsync(editing.Services.GetRequiredService<IOutputCacheStore>(), ct);
        var clock = Stopwatch.StartNew();
        var after = await SlugsAsync(readingClient);
        while (after[0] != target && clock.Elapsed < Timeout)
        {
            await Task.Delay(50, ct);
            after = await SlugsAsync(readingClient);
        }

        Assert.NotEqual(target, before[0]);
        Assert.Equal(target, after[0]);
    }

    [Fact]
    public async Task StampMoves_WhenAnArticleIsPinned()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await StartAsync(CliRunner.TempDir(), demo: true, pollSeconds: "0");
        var store = app.Services.GetRequiredService<Coinwire.Storage.StoreFactory>();
        using var client = app.GetTestClient();
        var slug = (await SlugsAsync(client))[^1];
        var before = await ArticleChangeWatcher.ReadAsync(store, ct);

        Assert.True(await app.Services.GetRequiredService<ArticleEditor>().PinAsync(slug, 5, ct));
        var after = await ArticleChangeWatcher.ReadAsync(store, ct);

        Assert.Equal(before.Count, after.Count);
        Assert.NotEqual(before, after);
    }
}
