using AngleSharp;
using AngleSharp.Html.Parser;
using Coinwire.Normalizing;
using Ganss.Xss;

namespace Coinwire.Tests.Normalizing;

/// <summary>
/// The reference <see cref="FeedHtmlSanitizer"/> is held to: HtmlSanitizer configured with <see cref="FeedHtmlPolicy"/>
/// and the same post-processing (the product's sanitizer until it was rebuilt on AngleSharp alone, to drop
/// HtmlSanitizer's start-up cost).
/// </summary>
internal static class HtmlSanitizerReference
{
    /// <summary>What HtmlSanitizer makes of <paramref name="html"/>, trimmed as <c>HtmlText</c> trims.</summary>
    public static string Sanitize(string html, string baseUrl) => Instance.Sanitize(html, baseUrl).Trim();

    [ThreadStatic]
    private static HtmlParser? _parser;

    private static HtmlSanitizer Instance { get; } = Create();

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
            AllowedTags = new HashSet<string>(FeedHtmlPolicy.AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(FeedHtmlPolicy.AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(FeedHtmlPolicy.AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true, HtmlParserFactory = Parser };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (FeedHtmlPolicy.DropWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.TextContent = string.Empty;
            }
        };
        sanitizer.PostProcessDom += (_, e) =>
        {
            if (e.Document.Body is { } body)
            {
                FeedHtmlSanitizer.PostProcess(body);
            }
        };
        return sanitizer;
    }
}
