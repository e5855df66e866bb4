using Coinwire.Alerts;
using Coinwire.Pipeline;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tests.Images;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coinwire.Tests.Alerts;

/// <summary>A temp store, the alert services configured from a dictionary, a loopback receiver and every log line.</summary>
internal sealed class AlertsHarness : IAsyncDisposable
{
    private readonly TempStore store;
    private readonly ServiceProvider services;

    private AlertsHarness(TempStore store, ServiceProvider services, FakeReceiver receiver, CapturingLoggerProvider logs)
    {
        this.store = store;
        this.services = services;
        Receiver = receiver;
        Logs = logs;
    }

    public FakeReceiver Receiver { get; }

    public CapturingLoggerProvider Logs { get; }

    public StoreFactory Store => store.Factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts with <paramref name="configure"/> given the receiver to point channels at.</summary>
    public static async Task<AlertsHarness> StartAsync(Func<FakeReceiver, Dictionary<string, string?>> configure)
    {
        var receiver = await FakeReceiver.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Site:BaseUrl"] = "https://wire.example/",
            ["Alerts:Delivery:RetryDelay"] = "00:00:00.010",
            ["Alerts:Delivery:AttemptTimeout"] = "00:00:10",
            ["Alerts:Delivery:Timeout"] = "00:00:30",
        };
        foreach (var (key, value) in configure(receiver))
        {
            settings[key] = value;
        }
        var logs = new CapturingLoggerProvider();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var temp = await TempStore.CreateAsync();
        collection.AddSingleton(temp.Factory);
        collection.AddAlerts();
        return new AlertsHarness(temp, collection.BuildServiceProvider(), receiver, logs);
    }

    /// <summary>Config for one rule named "all" matching everything, sent to one channel "out".</summary>
    public static Dictionary<string, string?> OneChannel(string type, string url, params (string Key, string Value)[] extra)
    {
        var config = new Dictionary<string, string?>
        {
            ["Alerts:Channels:out:Type"] = type,
            ["Alerts:Channels:out:Url"] = url,
            ["Alerts:Rules:0:Name"] = "all",
            ["Alerts:Rules:0:Channels:0"] = "out",
        };
        foreach (var (key, value) in extra)
        {
            config[key] = value;
        }
        return config;
    }

    /// <summary>A published story told by <paramref name="sources"/> (one item each); returns its id.</summary>
    public async Task<long> AddStoryAsync(string title, string tags = "BTC", int score = 70, string sentiment = "POSITIVE", bool draft = false, string[]? sources = null)
    {
        await using var db = Store.CreateContext();
        var now = DateTime.UtcNow;
        var story = new StoryRecord { Title = title, Category = tags.Split(',')[0], Tags = tags, Sentiment = sentiment, Score = score, FirstPublishedAt = now, UpdatedAt = now };
        db.Stories.Add(story);
        await db.SaveChangesAsync(Ct);
        foreach (var name in sources ?? ["Wire One"])
        {
            await AddItemAsync(db, story.Id, name);
        }
        db.Articles.Add(new ArticleRecord
        {
            Slug = $"story-{story.Id}", StoryId = story.Id, Title = title, Category = story.Category, Tags = tags, Sentiment = sentiment, Score = score,
            Draft = draft, PublishedAt = now, UpdatedAt = now,
            Markdown = $"---\ntitle: {title}\ndescription: Summary of story {story.Id}.\n---\n## Overview\n\nBody.\n",
        });
        await db.SaveChangesAsync(Ct);
        return story.Id;
    }

    /// <summary>Another source joins the story.</summary>
    public async Task AddSourceAsync(long storyId, string name)
    {
        await using var db = Store.CreateContext();
        await AddItemAsync(db, storyId, name);
    }

    /// <summary>Queues (or re-queues, as publish does) the alert job of each story and runs the alert stage until idle.</summary>
    public async Task RunAsync(params long[] storyIds)
    {
        var queue = new JobQueue(Store);
        await using (var db = Store.CreateContext())
        {
            await queue.RequeueAsync(db, AlertStage.StageName, storyIds, ct: Ct);
        }
        var runner = new StageRunner(Store, queue, "test", services.GetRequiredService<ILogger<StageRunner>>());
        await runner.RunUntilIdleAsync([services.GetRequiredService<AlertStage>()], Ct);
    }

    public async Task<List<AlertDeliveryRecord>> DeliveriesAsync()
    {
        await using var db = Store.CreateContext();
        return await db.AlertDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync(Ct);
    }

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    private static async Task AddItemAsync(CoinwireDbContext db, long storyId, string sourceName)
    {
        var key = sourceName.ToLowerInvariant().Replace(' ', '_');
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Key == key, Ct);
        if (source is null)
        {
            source = new SourceRecord { Key = key, Name = sourceName, Url = $"https://{key}.example/feed", Type = "RSS" };
            db.Sources.Add(source);
            await db.SaveChangesAsync(Ct);
        }
        db.Items.Add(new ItemRecord
        {
            SourceId = source.Id, StoryId = storyId, ExternalId = $"{key}-{storyId}", ContentHash = $"{key}-{storyId}", Title = "item",
            Link = $"https://{key}.example/{storyId}", PublishedAt = DateTime.UtcNow, FetchedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Receiver.DisposeAsync();
        await store.DisposeAsync();
    }
}
