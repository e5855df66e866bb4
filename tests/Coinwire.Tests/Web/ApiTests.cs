using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Coinwire.Tests.Web;

public class ApiTests(WebFixture site) : IClassFixture<WebFixture>
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var text = await site.Client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Articles_ListShape_PinnedFirst_NoDrafts()
    {
        var json = await GetJsonAsync("/api/articles");

        Assert.Equal(8, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("demo-bitcoin-climbs-back-above-70-000-as-etf-inflows-return", items[0].GetProperty("slug").GetString());
        Assert.Equal(10, items[0].GetProperty("stickyWeight").GetInt32());
        Assert.DoesNotContain(items, i => i.GetProperty("title").GetString()!.Contains("Unverified", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("?coin=BTC", 3)]
    [InlineData("?coin=eth", 3)]
    [InlineData("?sentiment=NEGATIVE", 4)]
    [InlineData("?category=BTC", 3)]
    [InlineData("?source=coinwire_demo", 6)]
    [InlineData("?coin=BTC&sentiment=POSITIVE", 1)]
    [InlineData("?coin=USDC&category=STABLECOINS", 1)]
    [InlineData("?coin=DOGE", 0)]
    public async Task Articles_Filters(string query, int total)
    {
        var json = await GetJsonAsync("/api/articles" + query);

        Assert.Equal(total, json.GetProperty("total").GetInt32());
        Assert.Equal(total, json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Articles_Paging_ClampsPageSizeTo100()
    {
        var page2 = await GetJsonAsync("/api/articles?pageSize=3&page=2");
        var huge = await GetJsonAsync("/api/articles?pageSize=5000");

        Assert.Equal(3, page2.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(100, huge.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Article_Detail_RepairedDescriptionBodyAndMarkdown()
    {
        var json = await GetJsonAsync("/api/articles/" + WebFixture.ReferenceSlug);

        var article = json.GetProperty("article");
        Assert.EndsWith("This\u2026", article.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("NEGATIVE", article.GetProperty("sentiment").GetString());
        Assert.Equal("BTC", article.GetProperty("coins")[0].GetString());
        Assert.Equal("bloomberg_crypto_", article.GetProperty("source").GetProperty("key").GetString());
        Assert.Equal(WebFixture.ReferenceText, json.GetProperty("markdown").GetString());
        Assert.Contains("<h2>Overview</h2>", json.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coins_CountsPublishedArticles()
    {
        var json = await GetJsonAsync("/api/coins");

        var btc = json.EnumerateArray().Single(c => c.GetProperty("ticker").GetString() == "BTC");
        Assert.Equal(3, btc.GetProperty("articles").GetInt32());
        Assert.Equal("Bitcoin", btc.GetProperty("name").GetString());
        Assert.DoesNotContain(json.EnumerateArray(), c => c.GetProperty("ticker").GetString() == "MARKET");
    }

    [Fact]
    public async Task OpenApi_DescribesTheApiRoutes()
    {
        var json = await GetJsonAsync("/openapi/v1.json");

        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/articles/{slug}", "/api/coins", "/api/sources", "/feeds/{file}", "/healthz" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
        Assert.Equal("ListArticles", paths.GetProperty("/api/articles").GetProperty("get").GetProperty("operationId").GetString());
        Assert.False(paths.TryGetProperty("/", out _));
    }

    [Theory]
    [InlineData("/api/articles?coin=BTC")]
    [InlineData("/api/articles/" + WebFixture.ReferenceSlug)]
    [InlineData("/api/coins")]
    [InlineData("/")]
    public async Task Get_ETag_Then304(string url)
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = await site.Client.GetAsync(new Uri(url, UriKind.Relative), ct);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await site.Client.SendAsync(again, ct);
        using var stale = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        using var third = await site.Client.SendAsync(stale, ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(ct));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }
}
