namespace Coinwire.Normalizing;

/// <summary>
/// What feed HTML may keep, shared by <see cref="FeedHtmlSanitizer"/> (on AngleSharp's DOM) and
/// <see cref="FastHtmlSanitizer"/>; free of AngleSharp so the fast path never pays for initializing it.
/// </summary>
internal static class FeedHtmlPolicy
{
    /// <summary>Tags kept; others are unwrapped (their content kept) or, for code and metadata, dropped with it.</summary>
    public static readonly string[] AllowedTags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "ins", "kbd", "li", "mark",
        "ol", "p", "picture", "pre", "q", "s", "samp", "small", "source", "span", "strong", "sub", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "video", "audio",
    ];

    /// <summary>Elements whose text is code or metadata, not content: removed with their children, where others are unwrapped.</summary>
    public static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "textarea", "select", "title", "head", "object", "embed", "applet", "frameset",
        "noembed", "noframes", "xmp", "plaintext", "svg", "math", "button", "canvas", "meta", "link", "base",
    };

    /// <summary>Attributes kept (URL attributes only with an allowed scheme).</summary>
    public static readonly string[] AllowedAttributes =
    [
        "href", "src", "srcset", "sizes", "alt", "title", "width", "height", "colspan", "rowspan", "cite", "datetime",
        "lang", "dir", "start", "reversed", "type", "controls", "poster", "allowfullscreen", "target",
    ];

    /// <summary>URL schemes kept in links and sources.</summary>
    public static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private static readonly HashSet<string> EmbedHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com", "player.vimeo.com",
    };

    private static readonly HashSet<string> PixelHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "pixel.wp.com", "stats.wordpress.com", "www.google-analytics.com", "google-analytics.com", "b.scorecardresearch.com",
        "sb.scorecardresearch.com", "pixel.quantserve.com", "pi.feedsportal.com", "feeds.feedblitz.com",
    };

    /// <summary>Attributes an embedded player gets besides its source, in this order.</summary>
    public static readonly KeyValuePair<string, string>[] EmbedAttributes =
    [
        new("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups"),
        new("referrerpolicy", "strict-origin-when-cross-origin"),
        new("loading", "lazy"),
    ];

    /// <summary>The https source of an embed from a known video host, or null when the iframe is dropped.</summary>
    public static string? EmbedSource(string? src) =>
        src is not null && Uri.TryCreate(src, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && EmbedHosts.Contains(uri.Host)
            ? new UriBuilder(uri) { Scheme = "https", Port = -1 }.Uri.AbsoluteUri
            : null;

    /// <summary>An image to drop: no source, at most one pixel wide or high, or served by a known counter.</summary>
    public static bool IsTrackingPixel(string? src, string? width, string? height)
    {
        if (string.IsNullOrWhiteSpace(src))
        {
            return true;
        }
        if (IsAtMostOnePixel(width) || IsAtMostOnePixel(height))
        {
            return true;
        }
        if (!Uri.TryCreate(src, UriKind.Absolute, out var uri))
        {
            return false;
        }
        return PixelHosts.Contains(uri.Host)
            || (uri.Host.EndsWith("feedburner.com", StringComparison.OrdinalIgnoreCase)
                && (uri.AbsolutePath.Contains("/~r/", StringComparison.Ordinal) || uri.AbsolutePath.Contains("/~ff/", StringComparison.Ordinal)));
    }

    private static bool IsAtMostOnePixel(string? size)
    {
        if (string.IsNullOrWhiteSpace(size))
        {
            return false;
        }
        var digits = size.AsSpan().Trim();
        var end = 0;
        while (end < digits.Length && char.IsAsciiDigit(digits[end]))
        {
            end++;
        }
        return end > 0 && end <= 3 && int.Parse(digits[..end], System.Globalization.CultureInfo.InvariantCulture) <= 1;
    }
}
