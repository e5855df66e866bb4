using System.Text.Json;

namespace Coinwire.Images;

/// <summary>
/// Reads the <c>results</c> of an Unsplash search response (and writes the same shape for the file cache, so one reader
/// serves both). Photos missing a size, the photographer's name or profile are skipped: they cannot be shown or credited.
/// </summary>
internal static class UnsplashJson
{
    public static IReadOnlyList<UnsplashPhoto> ReadResults(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 32 });
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("results", out var results)
            || results.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("no results array");
        }
        var photos = new List<UnsplashPhoto>();
        foreach (var result in results.EnumerateArray())
        {
            if (Read(result) is { } photo)
                photos.Add(photo);
        }
        return photos;
    }

    private static UnsplashPhoto? Read(JsonElement result)
    {
        if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty("urls", out var urls))
            return null;
        string? Url(string name) => Text(urls, name) is { } u && IsHttp(u) ? u : null;
        var (raw, full, regular, small, thumb) = (Url("raw"), Url("full"), Url("regular"), Url("small"), Url("thumb"));
        var id = Text(result, "id");
        var user = result.TryGetProperty("user", out var u) ? u : default;
        var name = Text(user, "name");
        var profile = user.ValueKind == JsonValueKind.Object && user.TryGetProperty("links", out var userLinks) ? Text(userLinks, "html") : null;
        if (id is null || raw is null || full is null || regular is null || small is null || thumb is null
            || string.IsNullOrWhiteSpace(name) || profile is null || !IsHttp(profile))
        {
            return null;
        }
        var links = result.TryGetProperty("links", out var l) ? l : default;
        return new UnsplashPhoto
        {
            Id = id, Raw = raw, Full = full, Regular = regular, Small = small, Thumb = thumb,
            SmallS3 = Url("small_s3") ?? small,
            Alt = NonBlank(Text(result, "alt_description")) ?? NonBlank(Text(result, "description")),
            UserName = name.Trim(),
            UserProfileUrl = profile,
            DownloadLocation = Text(links, "download_location") is { } d && IsHttp(d) ? d : null,
        };
    }

    public static byte[] WriteResults(IReadOnlyList<UnsplashPhoto> photos)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("results");
            foreach (var p in photos)
            {
                w.WriteStartObject();
                w.WriteString("id", p.Id);
                w.WriteString("alt_description", p.Alt);
                w.WriteStartObject("urls");
                w.WriteString("raw", p.Raw);
                w.WriteString("full", p.Full);
                w.WriteString("regular", p.Regular);
                w.WriteString("small", p.Small);
                w.WriteString("thumb", p.Thumb);
                w.WriteString("small_s3", p.SmallS3);
                w.WriteEndObject();
                w.WriteStartObject("links");
                w.WriteString("download_location", p.DownloadLocation);
                w.WriteEndObject();
                w.WriteStartObject("user");
                w.WriteString("name", p.UserName);
                w.WriteStartObject("links");
                w.WriteString("html", p.UserProfileUrl);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
