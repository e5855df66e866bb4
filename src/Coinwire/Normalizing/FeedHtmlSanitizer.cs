using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Coinwire.Normalizing;

/// <summary>
/// The DOM sanitizer for the feed HTML <see cref="FastHtmlSanitizer"/> declines: AngleSharp's HTML5 tree builder, then
/// the allow-list walk HtmlSanitizer performs for <see cref="FeedHtmlPolicy"/> (disallowed elements unwrapped or, for
/// <see cref="FeedHtmlPolicy.DropWithContent"/>, dropped with their content; raw text escaped; attributes filtered and
/// their URLs screened; comments removed), then our post-processing. HtmlSanitizer itself stays out of the process: its
/// start-up (compiled regular expressions, AngleSharp.Css's property tables) cost ~110 ms of CPU in every process that
/// met one such body, for CSS features this policy never allows. The tests hold this class to HtmlSanitizer's output.
/// </summary>
internal static class FeedHtmlSanitizer
{
    private static readonly HashSet<string> AllowedTags = new(FeedHtmlPolicy.AllowedTags, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> AllowedAttributes = new(FeedHtmlPolicy.AllowedAttributes, StringComparer.OrdinalIgnoreCase);

    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>
    /// One parser per thread, as HtmlSanitizer's default factory would build it (scripting on, so <c>noscript</c> is
    /// raw text) but without AngleSharp.Css: no <c>style</c> is ever kept. <c>ParseDocument</c> keeps no state between
    /// calls.
    /// </summary>
    private static HtmlParser Parser =>
        _parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = true }, BrowsingContext.New(Configuration.Default));

    /// <summary>The sanitized body of <paramref name="html"/>, relative URLs resolved against <paramref name="baseUrl"/> (empty: none).</summary>
    public static string Sanitize(string html, string baseUrl)
    {
        using var document = Parser.ParseDocument("<!doctype html><html><body>" + html);
        if (document.Body is not { } body)
        {
            return string.Empty;
        }
        RemoveDisallowedElements(body);
        EscapeRawText(body);
        var url = BaseUrl.Of(baseUrl);
        foreach (var element in Elements(body).ToList())
        {
            FilterAttributes(element, url);
        }
        RemoveComments(body);
        PostProcess(body);
        return body.ChildNodes.ToHtml(SanitizedMarkupFormatter.Instance);
    }

    // The elements under body in tree order, as QuerySelectorAll("*") lists them, without starting the selector engine.
    private static IEnumerable<IElement> Elements(IElement body) => body.GetDescendants().OfType<IElement>();

    // Listed before any is removed, so the elements inside a removed one are still visited.
    private static void RemoveDisallowedElements(IElement body)
    {
        foreach (var element in Elements(body).Where(e => !AllowedTags.Contains(e.NodeName)).ToList())
        {
            if (FeedHtmlPolicy.DropWithContent.Contains(element.LocalName))
            {
                element.TextContent = string.Empty;
            }
            if (element.HasChildNodes)
            {
                element.Replace([.. element.ChildNodes]);
            }
            else
            {
                element.Remove();
            }
        }
    }

    // The text of a kept raw-text element (an iframe's) is written out unescaped by the serializer: escape its markup.
    private static void EscapeRawText(IElement body)
    {
        var rawText = Elements(body).Where(e => e.LocalName != "style" && (e.Flags & NodeFlags.LiteralText) != 0 && !string.IsNullOrWhiteSpace(e.InnerHtml));
        foreach (var element in rawText.ToList())
        {
            var escaped = element.InnerHtml.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
            if (escaped != element.InnerHtml)
            {
                element.InnerHtml = escaped;
            }
            if (element.InnerHtml != escaped)
            {
                element.TextContent = escaped;
            }
        }
    }

    private static void FilterAttributes(IElement element, BaseUrl baseUrl)
    {
        foreach (var attribute in element.Attributes.ToList())
        {
            if (!AllowedAttributes.Contains(attribute.Name))
            {
                element.RemoveAttribute(attribute.Name);
            }
            else if (FastHtmlAttributes.KeptValue(attribute.Name, attribute.Value, baseUrl) is not { } value)
            {
                element.RemoveAttribute(attribute.Name);
            }
            else if (value != attribute.Value)
            {
                element.SetAttribute(attribute.Name, value);
            }
        }
    }

    // Walks first-child/next-sibling links, not recursion: hostile input can nest arbitrarily deep.
    private static void RemoveComments(IElement body)
    {
        var comments = new List<INode>();
        for (var node = body.FirstChild; node is not null;)
        {
            if (node.NodeType == NodeType.Comment)
            {
                comments.Add(node);
            }
            var next = node.FirstChild;
            while (next is null && node is not null && node != body)
            {
                next = node.NextSibling;
                node = next is null ? node.Parent : null;
            }
            node = next;
        }
        foreach (var comment in comments)
        {
            ((IChildNode)comment).Remove();
        }
    }

    /// <summary>Our rules after the allow-list: video embeds rewritten or dropped, tracking pixels and empty links dropped, links made <c>nofollow</c>, targets <c>_blank</c>.</summary>
    internal static void PostProcess(IElement body)
    {
        foreach (var frame in Elements(body).Where(e => e.LocalName == "iframe").ToList())
        {
            FixEmbed(frame);
        }
        foreach (var img in Elements(body).Where(e => e.LocalName == "img").ToList())
        {
            if (FeedHtmlPolicy.IsTrackingPixel(img.GetAttribute("src"), img.GetAttribute("width"), img.GetAttribute("height")))
            {
                img.Remove();
            }
        }
        foreach (var a in Elements(body).Where(e => e.LocalName == "a").ToList())
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
        if (FeedHtmlPolicy.EmbedSource(frame.GetAttribute("src")) is not { } src)
        {
            frame.Remove();
            return;
        }
        frame.SetAttribute("src", src);
        foreach (var (name, value) in FeedHtmlPolicy.EmbedAttributes)
        {
            frame.SetAttribute(name, value);
        }
    }

    /// <summary>AngleSharp's HTML serializer, except that attribute values also escape <c>&lt;</c> and <c>&gt;</c> (as HtmlSanitizer's does).</summary>
    private sealed class SanitizedMarkupFormatter : HtmlMarkupFormatter
    {
        public static new readonly SanitizedMarkupFormatter Instance = new();

        protected override string Attribute(IAttr attribute)
        {
            var html = new System.Text.StringBuilder();
            var ns = attribute.NamespaceUri;
            if (string.IsNullOrEmpty(ns))
            {
                html.Append(attribute.LocalName);
            }
            else if (ns == NamespaceNames.XmlUri)
            {
                html.Append(NamespaceNames.XmlPrefix).Append(':').Append(attribute.LocalName);
            }
            else if (ns == NamespaceNames.XLinkUri)
            {
                html.Append(NamespaceNames.XLinkPrefix).Append(':').Append(attribute.LocalName);
            }
            else if (ns == NamespaceNames.XmlNsUri)
            {
                html.Append(XmlNamespaceLocalName(attribute.LocalName));
            }
            else
            {
                html.Append(attribute.Name);
            }
            html.Append("=\"");
            FastHtmlText.AppendAttributeValue(html, attribute.Value);
            return html.Append('"').ToString();
        }
    }
}
