using Coinwire.App.Hosting;
using Coinwire.Pipeline;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coinwire.Tests.Pipeline;

public class PublishStageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publish_TwoStoriesWithOneTitleInABatch_GetDistinctSlugs()
    {
        await using var store = await TempStore.CreateAsync();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" }).Build();
        await using var services = PipelineServices.Build(store.Factory, config, store.Dir);
        var jobs = new List<ClaimedJob>();
        await using (var db = store.Factory.CreateContext())
        {
            var source = new SourceRecord { Key = "s", Name = "Source", Url = "https://s.example/feed.xml", Type = "RSS" };
            db.Sources.Add(source);
            await db.SaveChangesAsync(Ct);
            // Two outlets' "Markets Wrap" on two days: one title, two stories.
            foreach (var day in new[] { 1, 2 })
            {
                var at = new DateTime(2026, 11, day, 9, 0, 0, DateTimeKind.Utc);
                var story = new StoryRecord { Title = "Bitcoin Markets Wrap", Sentiment = "NEUTRAL", Score = 50, FirstPublishedAt = at, UpdatedAt = at, ItemCount = 1 };
                db.Stories.Add(story);
                await db.SaveChangesAsync(Ct);
                db.Items.Add(new ItemRecord
                {
                    SourceId = source.Id, ExternalId = $"wrap-{day}", Link = $"https://s.example/wrap-{day}", ContentHash = $"h{day}",
                    Title = story.Title, Summary = $"Bitcoin traded sideways on day {day} of the month as volumes stayed thin.", PublishedAt = at, FetchedAt = at, StoryId = story.Id,
                });
                await db.SaveChangesAsync(Ct);
                jobs.Add(new ClaimedJob(day, PublishStage.StageName, story.Id, 1));
            }
        }

        await using (var db = store.Factory.CreateContext())
        {
            await services.GetRequiredService<PublishStage>().ProcessAsync(db, jobs, Ct);
        }

        await using var check = store.Factory.CreateContext();
        var slugs = await check.Articles.OrderBy(a => a.StoryId).Select(a => a.Slug).ToListAsync(Ct);
        Assert.Equal(["bitcoin-markets-wrap", "bitcoin-markets-wrap-2"], slugs);
    }
}
