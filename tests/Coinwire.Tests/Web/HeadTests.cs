using System.Net;

namespace Coinwire.Tests.Web;

public class HeadTests(WebFixture site) : IClassFixture<WebFixture>
{
    public static TheoryData<string> Urls() =>
    [
        "/",
        "/?coin=BTC",
        "/articles/" + WebFixture.ReferenceSlug,
        "/coins/BTC",
        "/search?q=bitcoin",
        "/api/articles",
        "/api/articles/" + WebFixture.ReferenceSlug,
        "/api/coins",
        "/feeds/rss.xml",
        "/feeds/coins/BTC/atom.xml",
        "/feeds/feed.json",
        "/healthz",
        "/assets/site.css",
    ];

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url) =>
        client.SendAsync(new HttpRequestMessage(method, new Uri(url, UriKind.Relative)), TestContext.Current.CancellationToken);

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Head_SameStatusTypeAndLengthAsGet_NoBody(string url)
    {
        using var get = await SendAsync(site.Client, HttpMethod.Get, url);
        var getBody = await get.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var head = await SendAsync(site.Client, HttpMethod.Head, url);
        var headBody = await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(getBody.Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(headBody);
    }

    [Fact]
    public async Task Head_MissingArticle_404()
    {
        using var head = await SendAsync(site.Client, HttpMethod.Head, "/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task Head_MatchingETag_304()
    {
        using var get = await SendAsync(site.Client, HttpMethod.Get, "/feeds/rss.xml");
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/feeds/rss.xml", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(get.Headers.ETag!);
        using var head = await site.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, head.StatusCode);
    }
}

public sealed class CachedWebFixture : WebFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Web:CacheSeconds"] = "30" };
}

public class CachedHeadTests(CachedWebFixture site) : IClassFixture<CachedWebFixture>
{
    [Fact]
    public async Task Head_ServedFromOutputCache_KeepsLengthWithoutBody()
    {
        var ct = TestContext.Current.CancellationToken;
        var body = await site.Client.GetByteArrayAsync(new Uri("/", UriKind.Relative), ct);
        for (var i = 0; i < 2; i++)
        {
            using var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/", UriKind.Relative)), ct);

            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(body.Length, head.Content.Headers.ContentLength);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync(ct));
        }
    }
}
