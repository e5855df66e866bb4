using System.Text.Json;
using System.Xml.Linq;
using Coinwire.Publishing;

namespace Coinwire.Tests.Alerts;

public class WebSubTests
{
    private static readonly Uri Hub = new("https://hub.example/");

    private static OutputFeed Feed(Uri? hub) =>
        new("Coinwire", "news", new Uri("https://wire.example/"), new Uri("https://wire.example/feeds/rss.xml"), DateTime.UtcNow, []) { Hub = hub };

    [Fact]
    public async Task AfterPublishing_HubIsPingedForWireCoinAndCategoryFeeds()
    {
        await using var h = await AlertsHarness.StartAsync(r => new() { ["WebSub:Hub"] = r.Url("/hub") });
        var id = await h.AddStoryAsync("Ethereum upgrade ships", tags: "ETH,DEFI");

        await h.RunAsync(id);

        var pings = h.Receiver.Requests.ToList();
        Assert.All(pings, p => Assert.Equal("/hub", p.Path));
        Assert.All(pings, p => Assert.StartsWith("application/x-www-form-urlencoded", p.Headers["Content-Type"], StringComparison.Ordinal));
        var forms = pings.Select(p => System.Web.HttpUtility.ParseQueryString(p.Body)).ToList();
        Assert.All(forms, f => Assert.Equal("publish", f["hub.mode"]));
        var topics = forms.Select(f => f["hub.url"]).ToHashSet();
        Assert.Contains("https://wire.example/feeds/rss.xml", topics);
        Assert.Contains("https://wire.example/feeds/coins/ETH/atom.xml", topics);
        Assert.Contains("https://wire.example/feeds/categories/ETH/feed.json", topics);
        Assert.Equal(pings.Count, topics.Count);
    }

    [Fact]
    public async Task WithoutHub_NothingIsPinged()
    {
        await using var h = await AlertsHarness.StartAsync(_ => []);
        var id = await h.AddStoryAsync("Ethereum upgrade ships", tags: "ETH");

        await h.RunAsync(id);

        Assert.Empty(h.Receiver.Requests);
    }

    [Fact]
    public void Rss_DeclaresHubNextToSelf()
    {
        var links = XDocument.Parse(System.Text.Encoding.UTF8.GetString(FeedWriters.Rss(Feed(Hub))))
            .Descendants(XName.Get("link", "http://www.w3.org/2005/Atom")).ToDictionary(l => (string)l.Attribute("rel")!, l => (string)l.Attribute("href")!);
        Assert.Equal("https://hub.example/", links["hub"]);
        Assert.Equal("https://wire.example/feeds/rss.xml", links["self"]);
    }

    [Fact]
    public void Atom_DeclaresHubNextToSelf()
    {
        var links = XDocument.Parse(System.Text.Encoding.UTF8.GetString(FeedWriters.Atom(Feed(Hub))))
            .Root!.Elements(XName.Get("link", "http://www.w3.org/2005/Atom")).ToDictionary(l => (string)l.Attribute("rel")!, l => (string)l.Attribute("href")!);
        Assert.Equal("https://hub.example/", links["hub"]);
        Assert.Equal("https://wire.example/feeds/rss.xml", links["self"]);
    }

    [Fact]
    public void JsonFeed_ListsTheHubUnderHubs()
    {
        var hub = Assert.Single(JsonDocument.Parse(FeedWriters.JsonFeed(Feed(Hub))).RootElement.GetProperty("hubs").EnumerateArray());
        Assert.Equal("WebSub", hub.GetProperty("type").GetString());
        Assert.Equal("https://hub.example/", hub.GetProperty("url").GetString());
    }

    [Fact]
    public void WithoutHub_FeedsDeclareNone()
    {
        Assert.DoesNotContain("rel=\"hub\"", System.Text.Encoding.UTF8.GetString(FeedWriters.Atom(Feed(null))), StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(FeedWriters.JsonFeed(Feed(null))).RootElement.TryGetProperty("hubs", out _));
    }
}
