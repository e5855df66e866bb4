using System.Text;
using AngleSharp.Html.Parser;
using Coinwire.Parsing.Text;

namespace Coinwire.Fetching;

/// <summary>A feed a web page advertises with <c>&lt;link rel="alternate" type="…"&gt;</c>.</summary>
/// <param name="Url">Absolute URL of the feed.</param>
/// <param name="Title">The link's <c>title</c>, when given.</param>
/// <param name="Type">Source type the media type names: <c>RSS</c>, <c>ATOM</c> or <c>JSON_FEED</c>.</param>
public sealed record DiscoveredFeed(Uri Url, string? Title, string Type);

/// <summary>What discovery found at a URL.</summary>
/// <param name="Fetch">The fetch of the page (its outcome says why nothing was found when it failed).</param>
/// <param name="Feeds">The feeds found; the page itself when it is a feed.</param>
/// <param name="PageIsFeed"><see langword="true"/> when the URL given already was a feed.</param>
public sealed record FeedDiscoveryResult(FetchResult Fetch, IReadOnlyList<DiscoveredFeed> Feeds, bool PageIsFeed);

/// <summary>Finds the feeds a site's home page links to (used by <c>coinwire sources add URL</c>).</summary>
public sealed class FeedDiscovery
{
    private static readonly Dictionary<string, string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/rss+xml"] = "RSS",
        ["application/rdf+xml"] = "RSS",
        ["application/atom+xml"] = "ATOM",
        ["application/feed+json"] = "JSON_FEED",
    };

    private readonly FeedFetcher _fetcher;

    /// <summary>Creates the discoverer.</summary>
    public FeedDiscovery(FeedFetcher fetcher) => _fetcher = fetcher;

    /// <summary>
    /// Fetches <paramref name="pageUrl"/> (through the same guard and manners as feeds) and lists the feeds it links to,
    /// or the URL itself when it already is a feed.
    /// </summary>
    public async Task<FeedDiscoveryResult> DiscoverAsync(Uri pageUrl, bool allowPrivate = false, CancellationToken cancellationToken = default)
    {
        var fetch = await _fetcher.FetchAsync(
            new FetchRequest { SourceKey = "discovery", Url = pageUrl, AllowPrivate = allowPrivate, AcceptHtml = true },
            cancellationToken);
        if (fetch.Outcome != FetchOutcome.Ok || fetch.Body is null)
            return new FeedDiscoveryResult(fetch, [], false);

        if (ContentSniffer.Classify(fetch.Body, fetch.ContentType) == BodyKind.Feed)
        {
            var feed = new DiscoveredFeed(fetch.FinalUrl, null, GuessType(fetch.Body));
            return new FeedDiscoveryResult(fetch with { Body = null }, [feed], true);
        }
        var links = FindFeedLinks(Decode(fetch.Body, fetch.ContentType), fetch.FinalUrl);
        return new FeedDiscoveryResult(fetch with { Body = null }, links, false);
    }

    /// <summary>
    /// The feed links of an HTML page in document order, resolved against <c>&lt;base href&gt;</c> or else
    /// <paramref name="baseUri"/>; only http(s) URLs, each once.
    /// </summary>
    public static IReadOnlyList<DiscoveredFeed> FindFeedLinks(string html, Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(baseUri);
        var document = new HtmlParser().ParseDocument(html);
        var effectiveBase = baseUri;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref
            && Uri.TryCreate(baseUri, baseHref.Trim(), out var declared) && IsHttp(declared))
        {
            effectiveBase = declared;
        }

        var found = new List<DiscoveredFeed>();
        foreach (var link in document.QuerySelectorAll("link[href][type]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            if (!rel.Split(' ', '\t', '\n', '\r', '\f').Contains("alternate", StringComparer.OrdinalIgnoreCase))
                continue;
            var mediaType = (link.GetAttribute("type") ?? "").Split(';')[0].Trim();
            if (!FeedTypes.TryGetValue(mediaType, out var type))
                continue;
            var href = link.GetAttribute("href")!.Trim();
            if (href.Length == 0 || !Uri.TryCreate(effectiveBase, href, out var url) || !IsHttp(url))
                continue;
            if (found.Any(f => f.Url == url))
                continue;
            var title = link.GetAttribute("title")?.Trim();
            found.Add(new DiscoveredFeed(url, string.IsNullOrEmpty(title) ? null : title, type));
        }
        return found;
    }

    /// <summary>Text of an HTML body: the charset of <paramref name="contentType"/> when known, else UTF-8.</summary>
    internal static string Decode(byte[] body, string? contentType)
    {
        var charset = contentType?.Split(';').Select(p => p.Trim())
            .FirstOrDefault(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))?["charset=".Length..].Trim('"', '\'', ' ');
        // Labels as browsers read them (legacy code pages included); unknown ones are common on the web, and UTF-8
        // is the best guess for URLs.
        var encoding = EncodingNames.Resolve(charset) ?? Encoding.UTF8;
        return encoding.GetString(body);
    }

    private static bool IsHttp(Uri url) => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps;

    private static string GuessType(byte[] body)
    {
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4096)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('{'))
            return "JSON_FEED";
        return head.Contains("<feed", StringComparison.OrdinalIgnoreCase) && !head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            ? "ATOM"
            : "RSS";
    }
}
