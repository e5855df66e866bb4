using Coinwire.Publishing;
using Coinwire.Storage;
using Coinwire.Tests.Storage;

namespace Coinwire.Tests.Web;

[Collection(PostgresCollection.Name)]
public class PostgresPublishingTests(PostgresServer server)
{
    [Fact]
    public async Task ImportFilterSearch_OnPostgres()
    {
        var cs = await server.RequireAsync();
        var ct = TestContext.Current.CancellationToken;
        var store = new StoreFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs }, Path.GetTempPath());
        await store.MigrateAsync(ct);
        await SearchIndex.EnsureAsync(store, ct);
        await SearchIndex.EnsureAsync(store, ct);

        var entries = await ArticleFolder.ImportAsync(store, WebFixture.SamplesFolder(), ct);
        await new ArticleImporter(store).ImportAsync(WebFixture.ReferenceText, ct);
        var queries = new ArticleQueries(store);
        var btc = await queries.ListAsync(ArticleFilter.From("btc", null, null, null, 1, 10), ct);
        var (found, total) = await SearchIndex.SearchAsync(store, "oracle manipulated", 1, 10, ct);
        var (prefix, _) = await SearchIndex.SearchAsync(store, "stablecoin reser", 1, 10, ct);
        var (drafts, _) = await SearchIndex.SearchAsync(store, "rumors", 1, 10, ct);
        var coins = await queries.CoinsAsync(ct);

        Assert.All(entries, e => Assert.Null(e.Error));
        Assert.Equal(3, btc.Total);
        Assert.Equal("demo-bitcoin-climbs-back-above-70-000-as-etf-inflows-return", btc.Items[0].Slug);
        Assert.Equal(1, total);
        Assert.Equal("demo-lending-protocol-pauses-markets-after-12-million-exploit", found[0].Slug);
        Assert.Contains(prefix, a => a.Slug == "demo-regulators-publish-draft-rules-for-stablecoin-reserves");
        Assert.Empty(drafts);
        Assert.Equal("BTC", coins[0].Ticker);
    }
}
