using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Rss;

/// <summary>Applies the RSS rules that pick one link, id, date and image from what an item holds.</summary>
internal static class RssAdapter
{
    public static FeedItem ToFeedItem(RssItem raw, string? feedLanguage)
    {
        var item = new FeedItem(raw.Authors, raw.Categories, raw.Enclosures)
        {
            Id = raw.Guid ?? raw.About,
            Title = raw.Title ?? raw.DcTitle,
            TitleIsHtml = true,
            Link = PickLink(raw),
            Summary = Summary(raw),
            Content = raw.ContentEncoded,
            Language = raw.Language ?? feedLanguage,
            BaseUri = raw.BaseUri,
        };
        SetDates(raw, item);
        if (item.Authors.Count == 0 && raw.ItunesAuthor is not null)
        {
            item.Authors.Add(raw.ItunesAuthor);
        }
        item.Image = ImagePicker.Pick(raw.Media, raw.Enclosures, raw.ItunesImage, raw.ContentEncoded, raw.Description, raw.BaseUri);
        return item;
    }

    /// <summary>
    /// description, else dc:description, else itunes:summary; an item with no text at all (CoinDesk leaves its
    /// description empty) gets its media:description (feedparser reads it too).
    /// </summary>
    private static string? Summary(RssItem raw)
    {
        var summary = raw.Description ?? raw.DcDescription ?? raw.ItunesSummary;
        return string.IsNullOrWhiteSpace(summary) && string.IsNullOrWhiteSpace(raw.ContentEncoded) ? raw.MediaDescription ?? summary : summary;
    }

    /// <summary>
    /// FeedBurner's origLink is the publisher's URL (the feedproxy redirector in <c>&lt;link&gt;</c> is gone), then
    /// <c>&lt;link&gt;</c>, then a permalink guid that is a web URL, then an alternate atom:link.
    /// </summary>
    private static string? PickLink(RssItem raw)
    {
        if (XmlUris.LooksLikeWebUrl(raw.OrigLink))
        {
            return raw.OrigLink;
        }
        if (raw.Link is not null)
        {
            return raw.Link;
        }
        if (raw.GuidIsPermaLink && XmlUris.LooksLikeWebUrl(raw.Guid))
        {
            return raw.Guid;
        }
        return raw.AtomLink ?? (XmlUris.LooksLikeWebUrl(raw.About) ? raw.About : null);
    }

    /// <summary>
    /// pubDate, else dcterms:issued, else dc:date (RSS 1.0's only date), else atom:published; dc:date next to a pubDate or
    /// dcterms:issued counts as the update time. An item with no update time was last changed when it was published
    /// (feedparser answers the same).
    /// </summary>
    private static void SetDates(RssItem raw, FeedItem item)
    {
        var issued = raw.PubDate ?? raw.DcIssued;
        var published = issued ?? raw.DcDate ?? raw.AtomPublished;
        var updated = raw.AtomUpdated ?? (issued is not null ? raw.DcDate : null);
        item.PublishedRaw = published;
        item.Published = FeedDateParsing.Parse(published);
        item.UpdatedRaw = updated;
        item.Updated = FeedDateParsing.Parse(updated) ?? item.Published;
    }
}
