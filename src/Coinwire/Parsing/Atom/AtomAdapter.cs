namespace Coinwire.Parsing.Atom;

/// <summary>Applies the Atom rules: alternate link preference, published/updated (0.3: issued/modified/created), inherited authors.</summary>
internal static class AtomAdapter
{
    public static FeedItem ToFeedItem(AtomEntry entry, string? feedLanguage, List<string> feedAuthors)
    {
        var content = entry.Content?.AsHtml;
        // An entry with no text of its own (a YouTube video) is summarized by its media:description.
        var summary = entry.Summary?.AsHtml ?? (content is null ? entry.MediaDescription : null);
        // Relative URLs in the body resolve against the content element's own xml:base when it has one.
        var baseUri = entry.ContentBase ?? entry.BaseUri;
        // The feed's authors are shared by every entry without its own: each item gets a copy.
        var item = new FeedItem(entry.Authors.Count > 0 ? entry.Authors : [.. feedAuthors], entry.Categories, entry.Enclosures)
        {
            Id = entry.Id,
            Title = entry.Title?.Value,
            TitleIsHtml = entry.Title?.IsHtml ?? false,
            Link = PickLink(entry.Links) ?? (Xml.XmlUris.LooksLikeWebUrl(entry.Id) ? entry.Id : null),
            Summary = summary,
            Content = content,
            Language = entry.Language ?? feedLanguage,
            BaseUri = baseUri,
            PublishedRaw = entry.Published ?? entry.Created,
            UpdatedRaw = entry.Updated,
        };
        item.Published = FeedDateParsing.Parse(item.PublishedRaw);
        // An entry without <updated> (required by RFC 4287, missing in the wild) was last changed when it was published.
        item.Updated = FeedDateParsing.Parse(item.UpdatedRaw) ?? item.Published;
        item.Image = ImagePicker.Pick(entry.Media, entry.Enclosures, null, content, summary, baseUri);
        return item;
    }

    /// <summary>The first alternate link of an HTML type (or untyped), else the first alternate, else none.</summary>
    public static string? PickLink(List<(string Rel, string? Type, string Href)> links)
    {
        string? firstAlternate = null;
        foreach (var (rel, type, href) in links)
        {
            if (rel != "alternate")
            {
                continue;
            }
            if (type is null || type.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return href;
            }
            firstAlternate ??= href;
        }
        return firstAlternate;
    }
}
