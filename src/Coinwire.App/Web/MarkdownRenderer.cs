using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Coinwire.App.Web;

/// <summary>
/// Article bodies as HTML: Markdig with raw HTML disabled (it is shown as text), and every link or image whose target
/// is not http(s), mailto or site-relative neutralized.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The HTML of <paramref name="markdown"/>; safe to insert into a page.</summary>
    public static string ToHtml(string markdown)
    {
        var doc = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var node in doc.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    link.Url = Safe(link.Url, allowMailto: !link.IsImage);
                    if (!link.IsImage)
                    {
                        link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
                    }
                    break;
                case AutolinkInline auto:
                    auto.Url = Safe(auto.Url, allowMailto: true);
                    break;
            }
        }
        return doc.ToHtml(Pipeline);
    }

    private static string Safe(string? url, bool allowMailto)
    {
        if (allowMailto && url is not null && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && !url.Contains(':', 7))
        {
            return url;
        }
        return HtmlBuilder.SafeUrl(url) ?? "#";
    }

    private static bool Contains(this string s, char c, int start) => s.IndexOf(c, start) >= 0;
}
