using System.Text.Json;

namespace Coinwire.Parsing.JsonFeed;

/// <summary>Reads <c>authors</c> (1.1) and <c>author</c> (1.0): each name, else its URL.</summary>
internal static class JsonFeedAuthors
{
    public static void Read(JsonElement owner, List<string> into)
    {
        if (owner.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                Add(author, into);
            }
        }
        if (into.Count == 0 && owner.TryGetProperty("author", out var single))
        {
            Add(single, into);
        }
    }

    private static void Add(JsonElement author, List<string> into)
    {
        var who = author.ValueKind switch
        {
            JsonValueKind.Object => Json.String(author, "name") ?? Json.String(author, "url"),
            JsonValueKind.String => author.GetString()?.Trim(),
            _ => null,
        };
        if (!string.IsNullOrEmpty(who))
        {
            into.Add(who);
        }
    }
}
