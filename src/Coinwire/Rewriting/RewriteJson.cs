using System.Text.Json;

namespace Coinwire.Rewriting;

/// <summary>The four sections as the model returns them.</summary>
/// <param name="Overview">One paragraph.</param>
/// <param name="WhatHappened">Paragraphs.</param>
/// <param name="FromAuthor">Paragraphs.</param>
/// <param name="Impact">Bullet sentences.</param>
public sealed record RewriteSections(string Overview, IReadOnlyList<string> WhatHappened, IReadOnlyList<string> FromAuthor, IReadOnlyList<string> Impact)
{
    /// <summary>Whether every section has text.</summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(Overview) && WhatHappened.Count > 0 && FromAuthor.Count > 0 && Impact.Count > 0;
}

/// <summary>The JSON schema of the model's answer and its strict parser.</summary>
public static class RewriteJson
{
    /// <summary>The schema name sent with the response format.</summary>
    public const string SchemaName = "article_sections";

    /// <summary>The JSON schema: an object with <c>overview</c>, <c>whatHappened</c>, <c>fromAuthor</c>, <c>impact</c>.</summary>
    public static JsonElement Schema { get; } = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": {
            "overview": { "type": "string", "description": "One paragraph with the essential news." },
            "whatHappened": { "type": "array", "items": { "type": "string" }, "description": "Paragraphs of facts." },
            "fromAuthor": { "type": "array", "items": { "type": "string" }, "description": "Paragraphs of the writer's analysis." },
            "impact": { "type": "array", "items": { "type": "string" }, "description": "Bullet sentences on the market impact." }
          },
          "required": ["overview", "whatHappened", "fromAuthor", "impact"],
          "additionalProperties": false
        }
        """).RootElement.Clone();

    /// <summary>
    /// Reads the sections from <paramref name="text"/>: a JSON object, possibly in a <c>```json</c> fence or surrounded
    /// by prose. Returns <see langword="null"/> unless all four sections are present and non-empty.
    /// </summary>
    public static RewriteSections? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(text[start..(end + 1)]);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var sections = new RewriteSections(
                Text(root, "overview") ?? "",
                Strings(root, "whatHappened"),
                Strings(root, "fromAuthor"),
                Strings(root, "impact").Select(b => b.TrimStart('-', '*', '•', ' ')).Where(b => b.Length > 0).ToList());
            return sections.IsComplete ? sections : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        Property(root, name) is { ValueKind: JsonValueKind.String } e ? e.GetString()?.Trim() : null;

    private static List<string> Strings(JsonElement root, string name)
    {
        var e = Property(root, name);
        if (e is { ValueKind: JsonValueKind.String })
        {
            return Split(e.Value.GetString());
        }
        if (e is not { ValueKind: JsonValueKind.Array })
        {
            return [];
        }
        return e.Value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String)
            .Select(i => i.GetString()!.Trim()).Where(s => s.Length > 0).ToList();
    }

    private static List<string> Split(string? text) =>
        (text ?? "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    // Models vary the key's case or style ("what_happened", "WhatHappened").
    private static JsonElement? Property(JsonElement root, string name)
    {
        foreach (var p in root.EnumerateObject())
        {
            if (string.Equals(p.Name.Replace("_", "", StringComparison.Ordinal), name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }
        return null;
    }
}
