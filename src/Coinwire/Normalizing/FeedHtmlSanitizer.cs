using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Coinwire.Normalizing;

/// <summary>
/// The one configured <see cref="HtmlSanitizer"/> for feed HTML. HtmlSanitizer documents <c>Sanitize</c> as thread-safe on a
/// shared instance as long as its properties are not changed concurrently; this instance is configured once here and
/// its event handlers keep no state. Each thread reuses one HTML parser (see <see cref="Parser"/>).
/// </summary>
internal static class FeedHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "ins", "kbd", "li", "mark",
        "ol", "p", "picture", "pre", "q", "s", "samp", "small", "source", "span", "strong", "sub", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "video", "audio",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "srcset", "sizes", "alt", "title", "width", "height", "colspan", "rowspan", "cite", "datetime",
        "lang", "dir", "start", "reversed", "type", "controls", "poster", "allowfullscreen", "target",
    ];

    // Elements whose text is code or metadata, not content: removed with their children although KeepChildNodes is on.
    private static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "textarea", "select", "title", "head", "object", "embed", "applet", "frameset",
        "noembed", "noframes", "xmp", "plaintext", "svg", "math", "button", "canvas", "meta", "link", "base",
    };

    private static readonly HashSet<string> EmbedHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com", "player.vimeo.com",
    };

    private static readonly HashSet<string> PixelHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "pixel.wp.com", "stats.wordpress.com", "www.google-analytics.com", "google-analytics.com", "b.scorecardresearch.com",
        "sb.scorecardresearch.com", "pixel.quantserve.com", "pi.feedsportal.com", "feeds.feedblitz.com",
    };

    [ThreadStatic]
    private static HtmlParser? _parser;

    public static HtmlSanitizer Instance { get; } = Create();

    /// <summary>
    /// The parser HtmlSanitizer's default factory would build (scripting on, so <c>noscript</c> is raw text) but without
    /// AngleSharp.Css and created once per thread instead of once per call. Without CSS the DOM builder no longer parses
    /// every <c>style</c> attribute as a declaration block: wasted work here, as <c>style</c> attributes and elements are
    /// never allowed and no CSS property is. <c>ParseDocument</c> keeps no state between calls.
    /// </summary>
    private static HtmlParser Parser() =>
        _parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = true }, BrowsingContext.New(Configuration.Default));

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true, HtmlParserFactory = Parser };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.TextContent = string.Empty;
            }
        };
        sanitizer.PostProcessDom += (_, e) => PostProcess(e.Document.Body);
        return sanitizer;
    }

    private static void PostProcess(IElement? body)
    {
        if (body is null)
        {
            return;
        }
        foreach (var frame in body.QuerySelectorAll("iframe").ToList())
        {
            FixEmbed(frame);
        }
        foreach (var img in body.QuerySelectorAll("img").ToList())
        {
            if (IsTrackingPixel(img))
            {
                img.Remove();
            }
        }
        foreach (var a in body.QuerySelectorAll("a").ToList())
        {
            if (string.IsNullOrWhiteSpace(a.TextContent) && a.ChildElementCount == 0)
            {
                a.Remove();
                continue;
            }
            if (a.HasAttribute("href"))
            {
                a.SetAttribute("rel", "nofollow noopener noreferrer");
            }
            if (a.HasAttribute("target"))
            {
                a.SetAttribute("target", "_blank");
            }
        }
    }

    private static void FixEmbed(IElement frame)
    {
        var src = frame.GetAttribute("src");
        if (src is null || !Uri.TryCreate(src, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !EmbedHosts.Contains(uri.Host))
        {
            frame.Remove();
            return;
        }
        frame.SetAttribute("src", new UriBuilder(uri) { Scheme = "https", Port = -1 }.Uri.AbsoluteUri);
        frame.SetAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups");
        frame.SetAttribute("referrerpolicy", "strict-origin-when-cross-origin");
        frame.SetAttribute("loading", "lazy");
    }

    private static bool IsTrackingPixel(IElement img)
    {
        var src = img.GetAttribute("src");
        if (string.IsNullOrWhiteSpace(src))
        {
            return true;
        }
        if (IsAtMostOnePixel(img.GetAttribute("width")) || IsAtMostOnePixel(img.GetAttribute("height")))
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
