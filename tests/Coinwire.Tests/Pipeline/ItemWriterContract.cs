using Coinwire.Normalizing;
using Coinwire.Pipeline;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Tests.Pipeline;

/// <summary>The item writer's dedup and bulk insert, run against each store.</summary>
public abstract class ItemWriterContract
{
    private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    protected abstract Task<StoreFactory> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static NormalizedFeedItem Item(string id, string? link = null, string? title = null) =>
        new() { Id = id, Link = link ?? $"https://news.example/{id}", Title = title ?? $"Headline {id}", Summary = $"Summary of {id}" };

    private async Task<(StoreFactory Store, JobQueue Queue, SourceRecord[] Sources)> SetupAsync(int sources = 1)
    {
        var store = await CreateStoreAsync();
        await using var db = store.CreateContext();
        var records = Enumerable.Range(1, sources).Select(i => new SourceRecord { Key = $"s{i}", Name = $"S{i}", Url = $"https://s{i}.example/feed", Type = "RSS" }).ToArray();
        db.Sources.AddRange(records);
        await db.SaveChangesAsync(Ct);
        return (store, new JobQueue(store), records);
    }

    private static async Task<IReadOnlyList<long>> WriteAsync(StoreFactory store, JobQueue queue, SourceRecord source, params NormalizedFeedItem[] items)
    {
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(Ct);
        var inserted = await ItemWriter.WriteAsync(db, queue, source.Id, ItemWriter.ToRecords(source, items, Now), Ct);
        await tx.CommitAsync(Ct);
        return inserted;
    }

    private static async Task<List<ItemRecord>> ItemsAsync(StoreFactory store)
    {
        await using var db = store.CreateContext();
        return await db.Items.AsNoTracking().OrderBy(i => i.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task Write_SameIdTwiceInOneBatchStoresTheFirst()
    {
        var (store, queue, sources) = await SetupAsync();
        var inserted = await WriteAsync(store, queue, sources[0], Item("a", title: "First"), Item("a", title: "Second"), Item("b"));
        Assert.Equal(2, inserted.Count);
        Assert.Equal(["First", "Headline b"], (await ItemsAsync(store)).Select(i => i.Title));
    }

    [Fact]
    public async Task Write_RecaptureOfStoredItemsInsertsNothing()
    {
        var (store, queue, sources) = await SetupAsync();
        await WriteAsync(store, queue, sources[0], Item("a"), Item("b"));
        Assert.Empty(await WriteAsync(store, queue, sources[0], Item("a"), Item("b")));
        Assert.Equal(2, (await ItemsAsync(store)).Count);
    }

    [Fact]
    public async Task Write_RecaptureWithNewItemsStoresOnlyTheNewOnes()
    {
        var (store, queue, sources) = await SetupAsync();
        await WriteAsync(store, queue, sources[0], Item("a"), Item("b"));
        var inserted = await WriteAsync(store, queue, sources[0], Item("c"), Item("a"), Item("b"));
        var c = Assert.Single(await ItemsAsync(store), i => i.ExternalId == "c");
        Assert.Equal([c.Id], inserted);
    }

    [Fact]
    public async Task Write_SameIdFromAnotherSourceIsADuplicateOfTheStoredItem()
    {
        var (store, queue, sources) = await SetupAsync(2);
        var first = Assert.Single(await WriteAsync(store, queue, sources[0], Item("a", link: "https://one.example/a")));
        var second = Assert.Single(await WriteAsync(store, queue, sources[1], Item("a", link: "https://two.example/a")));
        Assert.Equal(first, (await ItemsAsync(store)).Single(i => i.Id == second).DuplicateOfId);
    }

    [Fact]
    public async Task Write_SameLinkFromAnotherSourceIsADuplicateOfTheStoredItem()
    {
        var (store, queue, sources) = await SetupAsync(2);
        var first = Assert.Single(await WriteAsync(store, queue, sources[0], Item("one-a", link: "https://news.example/story")));
        var second = Assert.Single(await WriteAsync(store, queue, sources[1], Item("two-a", link: "https://news.example/story")));
        Assert.Equal(first, (await ItemsAsync(store)).Single(i => i.Id == second).DuplicateOfId);
    }

    [Fact]
    public async Task Write_ThirdCopyPointsAtTheOriginalNotAtADuplicate()
    {
        var (store, queue, sources) = await SetupAsync(3);
        var first = Assert.Single(await WriteAsync(store, queue, sources[0], Item("a")));
        await WriteAsync(store, queue, sources[1], Item("a"));
        var third = Assert.Single(await WriteAsync(store, queue, sources[2], Item("a")));
        Assert.Equal(first, (await ItemsAsync(store)).Single(i => i.Id == third).DuplicateOfId);
    }

    [Fact]
    public async Task Write_SameLinkWithinOneSourceIsNotADuplicate()
    {
        var (store, queue, sources) = await SetupAsync();
        await WriteAsync(store, queue, sources[0], Item("a", link: "https://news.example/x"));
        await WriteAsync(store, queue, sources[0], Item("b", link: "https://news.example/x"));
        Assert.All(await ItemsAsync(store), i => Assert.Null(i.DuplicateOfId));
    }

    [Fact]
    public async Task Write_RowsReadBackWithEveryField()
    {
        var (store, queue, sources) = await SetupAsync();
        var full = Item("a") with
        {
            Content = "<p>Body</p>",
            Author = "Ann",
            Image = "https://news.example/a.png",
            Categories = ["btc", "eth"],
            Published = "2026-11-30T08:15:30Z",
            Updated = "2026-11-30T09:00:00Z",
        };
        await WriteAsync(store, queue, sources[0], full, Item("b") with { Summary = null, Link = null });
        var expected = ItemWriter.ToRecords(sources[0], [full, Item("b") with { Summary = null, Link = null }], Now);
        var stored = await ItemsAsync(store);
        Assert.Equal(expected.Select(Fields), stored.Select(Fields));
        Assert.All(stored, i => Assert.Equal(DateTimeKind.Utc, i.PublishedAt.Kind));
    }

    private static object Fields(ItemRecord r) => (r.SourceId, r.ExternalId, r.Link, r.ContentHash, r.Title, r.Summary, r.ContentHtml, (r.Author, r.ImageUrl, r.Categories, r.Lang, r.PublishedAt, r.UpdatedAt, r.FetchedAt, r.SimHash, r.DuplicateOfId, r.StoryId));

    [Fact]
    public async Task Write_QueuesOneClusterJobPerInsertedRow()
    {
        var (store, queue, sources) = await SetupAsync();
        var inserted = await WriteAsync(store, queue, sources[0], Item("a"), Item("b"));
        await using var db = store.CreateContext();
        var subjects = await db.Jobs.Where(j => j.Stage == ItemWriter.NextStage).Select(j => j.SubjectId).ToListAsync(Ct);
        Assert.Equal(inserted.Order(), subjects.Order());
    }

    [Fact]
    public async Task Write_BatchLargerThanOneStatementStoresEveryRowWithItsOwnId()
    {
        var (store, queue, sources) = await SetupAsync();
        var items = Enumerable.Range(0, 1_203).Select(i => Item($"id{i}")).ToArray();
        var inserted = await WriteAsync(store, queue, sources[0], items);
        var stored = await ItemsAsync(store);
        Assert.Equal(1_203, inserted.Distinct().Count());
        Assert.Equal(stored.Select(i => i.Id).Order(), inserted.Order());
    }
}

public sealed class SqliteItemWriterTests : ItemWriterContract, IAsyncDisposable
{
    private readonly ContractStores stores = new();

    protected override Task<StoreFactory> CreateStoreAsync() => stores.SqliteAsync();

    public ValueTask DisposeAsync() => stores.DisposeAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresItemWriterTests(PostgresServer server) : ItemWriterContract
{
    protected override Task<StoreFactory> CreateStoreAsync() => ContractStores.PostgresAsync(server);
}
