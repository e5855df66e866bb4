using System.Text.Json;

namespace Coinwire.Parsing.JsonFeed;

/// <summary>JSON Feed 1.0 and 1.1 (also the bare version strings "1"/"1.1" and http:// version URLs seen in the wild).</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Reads a JSON Feed document; throws <see cref="FeedParseException"/> when the JSON is not a JSON Feed.</summary>
    public static void Read(ReadOnlyMemory<char> json, ParsedFeed feed, Uri? feedUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(JsonSurrogates.Repair(json), Options);
        }
        catch (JsonException ex)
        {
            throw new FeedParseException(FeedParseError.Malformed, $"Invalid JSON: {ex.Message}", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FeedParseException(FeedParseError.NotJsonFeed, "JSON document is not a JSON Feed (the root is not an object).");
            }
            var hasItems = root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;
            feed.Format = DetectVersion(Json.String(root, "version"), hasItems, feed.Warnings);
            feed.Title = Json.String(root, "title");
            feed.Link = Json.String(root, "home_page_url");
            feed.Language = Json.String(root, "language");
            var baseUri = Xml.XmlUris.Resolve(feedUrl, feed.Link) ?? Xml.XmlUris.Resolve(null, Json.String(root, "feed_url")) ?? feedUrl;
            var feedAuthors = new List<string>();
            JsonFeedAuthors.Read(root, feedAuthors);
            foreach (var element in hasItems ? items.EnumerateArray() : default)
            {
                if (element.ValueKind == JsonValueKind.Object)
                {
                    feed.Items.Add(JsonFeedItemReader.Read(element, feed.Language, feedAuthors, baseUri));
                }
            }
        }
    }

    private static FeedFormat DetectVersion(string? version, bool hasItems, List<string> warnings)
    {
        var v = version?.Trim().TrimEnd('/') ?? string.Empty;
        if (v.EndsWith("jsonfeed.org/version/1.1", StringComparison.OrdinalIgnoreCase) || v == "1.1")
        {
            if (v == "1.1")
            {
                warnings.Add("JSON Feed version is the bare string \"1.1\" instead of the spec URL.");
            }
            return FeedFormat.JsonFeed11;
        }
        if (v.EndsWith("jsonfeed.org/version/1", StringComparison.OrdinalIgnoreCase) || v is "1" or "1.0")
        {
            if (!v.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                warnings.Add($"JSON Feed version \"{version}\" is not the canonical https URL.");
            }
            return FeedFormat.JsonFeed10;
        }
        if (hasItems && v.Length == 0)
        {
            warnings.Add("JSON Feed without a version; read as 1.0 because it has an items array.");
            return FeedFormat.JsonFeed10;
        }
        throw new FeedParseException(FeedParseError.NotJsonFeed,
            v.Length == 0 ? "JSON document is not a JSON Feed (no version, no items array)." : $"JSON document is not a JSON Feed (version \"{version}\").");
    }
}
