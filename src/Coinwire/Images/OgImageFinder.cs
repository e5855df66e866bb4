using AngleSharp.Html.Parser;
using Coinwire.Fetching;
using Microsoft.Extensions.Logging;

namespace Coinwire.Images;

/// <summary>
/// Reads an article page's <c>og:image</c> (else <c>twitter:image</c>) through <see cref="FeedFetcher"/>, so the page fetch
/// has the same SSRF guard, politeness and limits as feed fetches.
/// </summary>
public sealed class OgImageFinder
{
    private static readonly string[] Selectors =
    [
        "meta[property='og:image:secure_url']", "meta[property='og:image']", "meta[property='og:image:url']",
        "meta[name='og:image']", "meta[name='twitter:image']", "meta[property='twitter:image']",
        "meta[name='twitter:image:src']",
    ];

    private readonly FeedFetcher _fetcher;
    private readonly ILogger<OgImageFinder> _logger;

    /// <summary>Creates the finder.</summary>
    public OgImageFinder(FeedFetcher fetcher, ILogger<OgImageFinder> logger)
    {
        _fetcher = fetcher;
        _logger = logger;
    }

    /// <summary>The page's image as an absolute http(s) URL, or <see langword="null"/> when the page or image cannot be had.</summary>
    public async Task<Uri?> FindAsync(Uri page, bool allowPrivate = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!page.IsAbsoluteUri)
            return null;
        var result = await _fetcher.FetchAsync(
            new FetchRequest { SourceKey = "og-image", Url = page, AcceptHtml = true, AllowPrivate = allowPrivate }, cancellationToken);
        if (result.Outcome != FetchOutcome.Ok || result.Body is not { } body)
        {
            _logger.LogDebug("og:image of {Url} not read: {Outcome} {Error}", page, result.Outcome, result.Error);
            return null;
        }
        using var stream = new MemoryStream(body, writable: false);
        return Extract(stream, result.FinalUrl);
    }

    /// <summary>The image named by the page's meta tags, resolved against <c>&lt;base href&gt;</c> and <paramref name="pageUrl"/>.</summary>
    public static Uri? Extract(Stream html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        using var document = new HtmlParser().ParseDocument(html);
        var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(pageUrl, b.Trim(), out var based)
            ? based
            : pageUrl;
        foreach (var selector in Selectors)
        {
            foreach (var meta in document.QuerySelectorAll(selector))
            {
                if (meta.GetAttribute("content")?.Trim() is { Length: > 0 } content
                    && Uri.TryCreate(baseUrl, content, out var image)
                    && (image.Scheme == Uri.UriSchemeHttps || image.Scheme == Uri.UriSchemeHttp))
                {
                    return image;
                }
            }
        }
        return null;
    }

    /// <summary><see cref="Extract(Stream, Uri)"/> for HTML text.</summary>
    public static Uri? Extract(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html));
        return Extract(stream, pageUrl);
    }
}
