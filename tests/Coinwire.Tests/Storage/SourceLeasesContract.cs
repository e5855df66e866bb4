using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Coinwire.Tests.Storage;

/// <summary>Fetch claims on sources, run against each store.</summary>
public abstract class SourceLeasesContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    protected abstract Task<StoreFactory> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Host a has sources a1 and a2, host b has b1.</summary>
    private async Task<(SourceLeases Leases, List<SourceRecord> All, FakeTimeProvider Clock, StoreFactory Store)> SetupAsync()
    {
        var store = await CreateStoreAsync();
        await using (var db = store.CreateContext())
        {
            db.Sources.AddRange(
                new SourceRecord { Key = "a1", Name = "A1", Url = "https://a.example/1.xml", Type = "RSS" },
                new SourceRecord { Key = "a2", Name = "A2", Url = "https://A.example/2.xml", Type = "RSS" },
                new SourceRecord { Key = "b1", Name = "B1", Url = "https://b.example/1.xml", Type = "RSS" });
            await db.SaveChangesAsync(Ct);
        }
        await using var read = store.CreateContext();
        var all = await read.Sources.AsNoTracking().OrderBy(s => s.Key).ToListAsync(Ct);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        return (new SourceLeases(store, clock), all, clock, store);
    }

    private static List<SourceRecord> Keys(List<SourceRecord> all, params string[] keys) => all.Where(s => keys.Contains(s.Key)).ToList();

    [Fact]
    public async Task Claim_TakesEverySourceOfTheDueHost()
    {
        var (leases, all, _, _) = await SetupAsync();
        await using var claim = await leases.ClaimAsync(Keys(all, "a1"), all, "w1", Lease, Ct);
        Assert.Equal(Keys(all, "a1", "a2").Select(s => s.Id).Order(), claim.SourceIds.Order());
    }

    [Fact]
    public async Task Claim_HostHeldByAnotherWorkerIsSkipped()
    {
        var (leases, all, _, _) = await SetupAsync();
        await using var first = await leases.ClaimAsync(Keys(all, "a1"), all, "w1", Lease, Ct);
        await using var second = await leases.ClaimAsync(Keys(all, "a2", "b1"), all, "w2", Lease, Ct);
        Assert.Equal([Keys(all, "b1")[0].Id], second.SourceIds);
    }

    [Fact]
    public async Task Dispose_ReleasesTheHostForOtherWorkers()
    {
        var (leases, all, _, store) = await SetupAsync();
        await (await leases.ClaimAsync(all, all, "w1", Lease, Ct)).DisposeAsync();
        await using var second = await leases.ClaimAsync(all, all, "w2", Lease, Ct);
        Assert.Equal(3, second.SourceIds.Count);
        await using var db = store.CreateContext();
        Assert.All(await db.Sources.ToListAsync(Ct), s => Assert.Equal("w2", s.ClaimedBy));
    }

    [Fact]
    public async Task Claim_ExpiredClaimOfAKilledWorkerIsTakenOver()
    {
        var (leases, all, clock, store) = await SetupAsync();
        var hostA = Keys(all, "a1", "a2").Select(s => s.Id).ToList();
        await using (var db = store.CreateContext())
        {
            // What a worker killed while holding host a leaves behind.
            var expires = clock.GetUtcNow().UtcDateTime + Lease;
            await db.Sources.Where(s => hostA.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.ClaimedBy, "dead").SetProperty(s => s.ClaimExpiresAt, expires), Ct);
        }
        await using (var early = await leases.ClaimAsync(Keys(all, "a1"), all, "w2", Lease, Ct))
        {
            Assert.Empty(early.SourceIds);
        }
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await using var late = await leases.ClaimAsync(Keys(all, "a1"), all, "w2", Lease, Ct);
        Assert.Equal(2, late.SourceIds.Count);
    }

    [Fact]
    public async Task Claim_RacingWorkersNeverShareAHost()
    {
        var (leases, all, _, _) = await SetupAsync();
        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(() => ClaimWithRetryAsync(leases, all, $"w{w}"), Ct)));
        try
        {
            var hostA = Keys(all, "a1", "a2").Select(s => s.Id).ToHashSet();
            var holdersOfA = claims.Where(c => c.SourceIds.Overlaps(hostA)).ToList();
            Assert.True(holdersOfA.Count <= 1, $"{holdersOfA.Count} workers hold host a");
            Assert.All(holdersOfA, c => Assert.True(hostA.IsSubsetOf(c.SourceIds), "a worker holds only part of host a"));
        }
        finally
        {
            foreach (var c in claims)
            {
                await c.DisposeAsync();
            }
        }
    }

    private static Task<SourceClaim> ClaimWithRetryAsync(SourceLeases leases, List<SourceRecord> all, string worker)
        => ContractStores.RetryBusyAsync(() => leases.ClaimAsync(all, all, worker, Lease, Ct));
}

public sealed class SqliteSourceLeasesTests : SourceLeasesContract, IAsyncDisposable
{
    private readonly ContractStores stores = new();

    protected override Task<StoreFactory> CreateStoreAsync() => stores.SqliteAsync();

    public ValueTask DisposeAsync() => stores.DisposeAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSourceLeasesTests(PostgresServer server) : SourceLeasesContract
{
    protected override Task<StoreFactory> CreateStoreAsync() => ContractStores.PostgresAsync(server);
}
