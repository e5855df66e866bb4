using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing;

/// <summary>
/// Chooses an item's image: the widest image <c>media:content</c>, then <c>media:thumbnail</c>, then an image
/// enclosure, then <c>itunes:image</c>, then the first <c>&lt;img src&gt;</c> in the content or summary.
/// </summary>
internal static class ImagePicker
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp", ".svg"];

    public static string? Pick(List<MediaRef>? media, List<FeedEnclosure> enclosures, string? itunesImage, string? content, string? summary, Uri? baseUri)
    {
        if (media is not null)
        {
            MediaRef? best = null;
            foreach (var m in media)
            {
                if (!m.IsThumbnail && IsImage(m.Type, m.Medium, m.Url) && (best is null || m.Width > best.Value.Width))
                {
                    best = m;
                }
            }
            if (best is not null)
            {
                return best.Value.Url;
            }
            foreach (var m in media)
            {
                if (m.IsThumbnail)
                {
                    return m.Url;
                }
            }
        }
        foreach (var e in enclosures)
        {
            if (IsImage(e.Type, null, e.Url))
            {
                return e.Url;
            }
        }
        return itunesImage
            ?? XmlUris.ResolveString(baseUri, HtmlImages.FirstSrc(content))
            ?? XmlUris.ResolveString(baseUri, HtmlImages.FirstSrc(summary));
    }

    /// <summary>True when the MIME type, Media RSS medium or URL extension says image.</summary>
    public static bool IsImage(string? type, string? medium, string url)
    {
        if (medium is not null)
        {
            return medium.Equals("image", StringComparison.OrdinalIgnoreCase);
        }
        if (!string.IsNullOrEmpty(type))
        {
            return type.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        }
        var path = url.AsSpan();
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }
        foreach (var ext in ImageExtensions)
        {
            if (path.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
