using System.Text.Json;
using Coinwire.App.Hosting;
using Coinwire.Common;
using Coinwire.Pipeline;
using Coinwire.Sources;
using Coinwire.Storage;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coinwire.Tests.Pipeline;

public class IngestServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Feeds = ["crypto/002-cointelegraph-2023.xml", "crypto/005-bitcoin-com-news.xml", "crypto/015-cryptonews.xml"];

    /// <summary>Distinct item ids per feed, as feedparser (the peer) reports them.</summary>
    private static int ExpectedDistinctItems(string feed)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Shared("corpus", "feeds", "expected", feed + ".json")));
        return doc.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString() ?? e.GetProperty("link").GetString()).Distinct().Count();
    }

    /// <summary>A temp store, a loopback feed server and the pipeline services, disposed together.</summary>
    private sealed record Harness(TempStore Store, FeedServer Server, ServiceProvider Services) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Services.DisposeAsync();
            await Server.DisposeAsync();
            await Store.DisposeAsync();
        }
    }

    private static async Task<Harness> SetupAsync()
    {
        var store = await TempStore.CreateAsync();
        var server = await FeedServer.StartAsync();
        var definitions = Feeds.Select((f, i) => new SourceDefinition($"Feed {i}", server.Serve("/" + f, File.ReadAllBytes(RepoPaths.Shared("corpus", "feeds", f))), SourceType.RSS, "en", 1.0, null, true)).ToList();
        await SourceSync.SyncAsync(store.Factory, definitions, Ct);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Fetching:AllowPrivateNetworks"] = "true",
            ["Fetching:MinHostDelay"] = "00:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        return new Harness(store, server, PipelineServices.Build(store.Factory, config, store.Dir));
    }

    [Fact]
    public async Task TwoRounds_StoreEachDistinctItemOnceAndAskConditionallyTheSecondTime()
    {
        await using var harness = await SetupAsync();
        var (store, server, services) = harness;
        var ingest = services.GetRequiredService<IngestService>();

        var first = await ingest.RunRoundAsync(ignoreInterval: true, ct: Ct);
        var second = await ingest.RunRoundAsync(ignoreInterval: true, ct: Ct);

        var expected = Feeds.Sum(ExpectedDistinctItems);
        Assert.Equal((3, 0, expected), (first.Polled, first.Failed, first.ItemsNew));
        Assert.Equal((3, 3, 0), (second.Polled, second.NotModified, second.ItemsNew));
        Assert.Equal(3, server.Requests.Count(r => r.Status == 304));
        Assert.Equal(expected, (await StoreStats.ReadAsync(store.Factory, Ct)).Items);
    }

    [Fact]
    public async Task ClusterStage_PutsEveryItemInAStoryExactlyOnce()
    {
        await using var harness = await SetupAsync();
        var (store, server, services) = harness;
        await services.GetRequiredService<IngestService>().RunRoundAsync(ignoreInterval: true, ct: Ct);

        var runner = new StageRunner(store.Factory, services.GetRequiredService<JobQueue>(), "test");
        await runner.RunUntilIdleAsync(PipelineServices.Stages(services), Ct);

        await using var db = store.Factory.CreateContext();
        Assert.Equal(0, await db.Items.CountAsync(i => i.StoryId == null, Ct));
        var stories = await db.Stories.ToListAsync(Ct);
        Assert.Equal(await db.Items.CountAsync(Ct), stories.Sum(s => s.ItemCount));
        Assert.Equal(stories.Count, await db.Jobs.CountAsync(j => j.Stage == ClusterStage.NextStage, Ct));
        Assert.Equal(0, (await new JobQueue(store.Factory).CountAsync(Ct)).Running);
    }

    [Fact]
    public async Task EnrichStage_GivesEveryStoryCategorySentimentAndAnExplainedScore()
    {
        await using var harness = await SetupAsync();
        var (store, server, services) = harness;
        await services.GetRequiredService<IngestService>().RunRoundAsync(ignoreInterval: true, ct: Ct);

        await new StageRunner(store.Factory, services.GetRequiredService<JobQueue>(), "test").RunUntilIdleAsync(PipelineServices.Stages(services), Ct);

        await using var db = store.Factory.CreateContext();
        var stories = await db.Stories.ToListAsync(Ct);
        Assert.NotEmpty(stories);
        Assert.All(stories, s =>
        {
            Assert.False(string.IsNullOrEmpty(s.Category));
            Assert.Contains(s.Sentiment, new[] { "POSITIVE", "NEGATIVE", "NEUTRAL" });
            Assert.InRange(s.Score, 1, 100);
            Assert.Equal(s.Score, Coinwire.Scoring.ScoreBreakdownJson.Deserialize(s.ScoreBreakdown!).Parts.Sum(p => p.Points));
        });
        Assert.Contains(stories, s => s.Category == "BTC");
    }

    [Fact]
    public async Task PublishStage_WritesOneArticlePerStoryThatPassesTheContractCheck()
    {
        await using var harness = await SetupAsync();
        var (store, server, services) = harness;
        await services.GetRequiredService<IngestService>().RunRoundAsync(ignoreInterval: true, ct: Ct);
        var runner = new StageRunner(store.Factory, services.GetRequiredService<JobQueue>(), "test");
        await runner.RunUntilIdleAsync(PipelineServices.Stages(services), Ct);
        // A replay of every stage must not add articles.
        await using (var reset = store.Factory.CreateContext())
        {
            await reset.Jobs.ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, Coinwire.Storage.Entities.JobStatus.Pending), Ct);
        }
        await runner.RunUntilIdleAsync(PipelineServices.Stages(services), Ct);

        await using var db = store.Factory.CreateContext();
        var articles = await db.Articles.ToListAsync(Ct);
        Assert.Equal(await db.Stories.CountAsync(Ct), articles.Count);
        Assert.Equal(articles.Count, articles.Select(a => a.Slug).Distinct().Count());
        Assert.All(articles, a =>
        {
            var errors = Coinwire.Articles.ArticleValidator.Check(a.Markdown).Where(f => f.Severity == Coinwire.Articles.FindingSeverity.Error).ToList();
            Assert.True(errors.Count == 0, a.Slug + ": " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        });
        Assert.All(articles, a => Assert.StartsWith("http", Coinwire.Articles.Article.Parse(a.Markdown).CoverImage.Raw, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailingSource_GoesToHealthAndDoesNotStopTheRound()
    {
        await using var harness = await SetupAsync();
        var (store, server, services) = harness;
        await SourceSync.SyncAsync(store.Factory, [
            new SourceDefinition("Feed 0", new Uri(server.BaseUri, "missing.xml"), SourceType.RSS, "en", 1, null, true),
            new SourceDefinition("Feed 1", new Uri(server.BaseUri, Feeds[1]), SourceType.RSS, "en", 1, null, true),
        ], Ct);

        var round = await services.GetRequiredService<IngestService>().RunRoundAsync(ignoreInterval: true, ct: Ct);

        Assert.Equal((2, 1), (round.Polled, round.Failed));
        await using var db = store.Factory.CreateContext();
        var failed = await db.Sources.SingleAsync(s => s.Key == "feed_0", Ct);
        Assert.Equal((1, "HttpError", 404), (failed.ErrorCount, failed.LastStatus, failed.LastHttpStatus));
        Assert.True(failed.NextPollAt > DateTime.UtcNow);
        Assert.Equal(ExpectedDistinctItems(Feeds[1]), (await db.Sources.SingleAsync(s => s.Key == "feed_1", Ct)).ItemCount);
    }
}
