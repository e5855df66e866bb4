using Coinwire.Alerts;
using Coinwire.App.Hosting;
using Coinwire.Pipeline;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tests.Clustering;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coinwire.Tests.Pipeline;

/// <summary>A stage run again on the same subject (a replay after a lost lease, a re-queue) must change nothing.</summary>
public class StageReplayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Harness(TempStore Store, ServiceProvider Services, JobQueue Queue, StageRunner Runner, IReadOnlyList<IPipelineStage> Stages) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Services.DisposeAsync();
            await Store.DisposeAsync();
        }
    }

    /// <summary>Two sources carrying the same corpus items (so stories have two sources), run through every stage.</summary>
    private static async Task<Harness> PublishedAsync()
    {
        var store = await TempStore.CreateAsync();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" }).Build();
        var services = PipelineServices.Build(store.Factory, config, store.Dir);
        var queue = services.GetRequiredService<JobQueue>();
        var corpus = CorpusFeeds.Read("crypto/015-cryptonews.xml").DistinctBy(i => i.Title).Take(6).ToList();
        await using (var db = store.Factory.CreateContext())
        {
            for (var s = 0; s < 2; s++)
            {
                var source = new SourceRecord { Key = $"s{s}", Name = $"Source {s}", Url = $"https://s{s}.example/feed.xml", Type = "RSS" };
                db.Sources.Add(source);
                await db.SaveChangesAsync(Ct);
                var rows = corpus.Select((c, i) => new ItemRecord
                {
                    SourceId = source.Id, ExternalId = $"s{s}-{i}", Link = $"https://s{s}.example/{i}", ContentHash = $"h{s}-{i}",
                    Title = c.Title, Summary = c.Lead, PublishedAt = c.Published, FetchedAt = c.Published,
                }).ToList();
                db.Items.AddRange(rows);
                await db.SaveChangesAsync(Ct);
                await queue.EnqueueAsync(db, ClusterStage.StageName, rows.Select(r => r.Id), ct: Ct);
            }
        }
        // A fixed clock: enrich scores by age, so only a frozen "now" makes a replay comparable.
        var enrich = new EnrichStage(queue, clock: new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)));
        IReadOnlyList<IPipelineStage> stages = [services.GetRequiredService<ClusterStage>(), enrich, services.GetRequiredService<PublishStage>(), services.GetRequiredService<AlertStage>()];
        var runner = new StageRunner(store.Factory, queue, "w1");
        await runner.RunUntilIdleAsync(stages, Ct);
        await using (var db = store.Factory.CreateContext())
        {
            Assert.Empty(await db.Jobs.Where(j => j.Status != JobStatus.Done).Select(j => j.Stage + ": " + j.LastError).ToListAsync(Ct));
        }
        return new Harness(store, services, queue, runner, stages);
    }

    private static async Task<List<StoryRecord>> StoriesAsync(StoreFactory store)
    {
        await using var db = store.CreateContext();
        return await db.Stories.AsNoTracking().OrderBy(s => s.Id).ToListAsync(Ct);
    }

    private static async Task<List<(long Id, string Slug, long? StoryId, string Title)>> ArticlesAsync(StoreFactory store)
    {
        await using var db = store.CreateContext();
        return (await db.Articles.AsNoTracking().OrderBy(a => a.Id).ToListAsync(Ct)).Select(a => (a.Id, a.Slug, a.StoryId, a.Title)).ToList();
    }

    private static async Task ReplayAsync(Harness h, string stage)
    {
        await using (var db = h.Store.Factory.CreateContext())
        {
            var ids = await db.Stories.Select(s => s.Id).ToListAsync(Ct);
            Assert.Equal(ids.Count, await h.Queue.RequeueAsync(db, stage, ids, ct: Ct));
        }
        await h.Runner.RunUntilIdleAsync(h.Stages, Ct);
    }

    [Fact]
    public async Task EnrichReplay_LeavesEveryStoryFieldAsItWas()
    {
        await using var h = await PublishedAsync();
        var before = await StoriesAsync(h.Store.Factory);
        Assert.All(before, s => Assert.NotNull(s.Sentiment));

        await ReplayAsync(h, EnrichStage.StageName);

        var after = await StoriesAsync(h.Store.Factory);
        Assert.Equal(before.Select(Fields), after.Select(Fields));
    }

    [Fact]
    public async Task PublishReplay_UpdatesTheSameArticleInsteadOfAddingOne()
    {
        await using var h = await PublishedAsync();
        var before = await ArticlesAsync(h.Store.Factory);
        Assert.Equal((await StoriesAsync(h.Store.Factory)).Select(s => (long?)s.Id), before.Select(a => a.StoryId).Order());

        await ReplayAsync(h, PublishStage.StageName);

        Assert.Equal(before, await ArticlesAsync(h.Store.Factory));
        // Twelve cluster jobs, then enrich, publish and alert once per story.
        Assert.Equal(new JobCounts(0, 0, 0, 12 + 3 * before.Count), await h.Queue.CountAsync(Ct));
    }

    private static string Fields(StoryRecord s) =>
        string.Join('|', s.Id, s.Title, s.Category, s.Tags, s.Sentiment, s.SentimentProbability, s.Score, s.ScoreBreakdown, s.ItemCount, s.FirstPublishedAt.ToString("O"), s.UpdatedAt.ToString("O"));
}
