using System.Text.Json;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.JsonFeed;

/// <summary>One JSON Feed item: <c>content_html</c>/<c>content_text</c>, <c>summary</c>, <c>image</c>, dates, tags, attachments.</summary>
internal static class JsonFeedItemReader
{
    public static FeedItem Read(JsonElement element, string? feedLanguage, List<string> feedAuthors, Uri? baseUri)
    {
        var contentText = Json.String(element, "content_text");
        var summary = Json.String(element, "summary");
        var item = new FeedItem
        {
            Id = Json.String(element, "id"),
            Title = Json.String(element, "title"),
            Link = XmlUris.ResolveString(baseUri, Json.String(element, "url") ?? Json.String(element, "external_url")),
            Content = Json.String(element, "content_html") ?? (contentText is null ? null : HtmlEscape.Text(contentText)),
            Summary = summary is null ? null : HtmlEscape.Text(summary),
            PublishedRaw = Json.String(element, "date_published"),
            UpdatedRaw = Json.String(element, "date_modified"),
            Language = Json.String(element, "language") ?? feedLanguage,
            BaseUri = baseUri,
        };
        item.Published = FeedDateParsing.Parse(item.PublishedRaw);
        item.Updated = FeedDateParsing.Parse(item.UpdatedRaw);
        JsonFeedAuthors.Read(element, item.Authors);
        if (item.Authors.Count == 0)
        {
            item.Authors.AddRange(feedAuthors);
        }
        if (element.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
        {
            foreach (var tag in tags.EnumerateArray())
            {
                if (tag.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(tag.GetString()))
                {
                    item.Categories.Add(tag.GetString()!.Trim());
                }
            }
        }
        ReadAttachments(element, item, baseUri);
        var image = XmlUris.ResolveString(baseUri, Json.String(element, "image") ?? Json.String(element, "banner_image"));
        item.Image = image ?? ImagePicker.Pick(null, item.Enclosures, null, item.Content, null, baseUri);
        return item;
    }

    private static void ReadAttachments(JsonElement element, FeedItem item, Uri? baseUri)
    {
        if (!element.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        foreach (var attachment in attachments.EnumerateArray())
        {
            if (attachment.ValueKind == JsonValueKind.Object
                && XmlUris.ResolveString(baseUri, Json.String(attachment, "url")) is { } url)
            {
                item.Enclosures.Add(new FeedEnclosure(url, Json.String(attachment, "mime_type"), Json.Long(attachment, "size_in_bytes")));
            }
        }
    }
}
