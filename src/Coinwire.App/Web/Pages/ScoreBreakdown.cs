using System.Globalization;
using System.Text.Json;

namespace Coinwire.App.Web.Pages;

/// <summary>Reads a story's score breakdown JSON into labelled parts, whatever its exact shape.</summary>
public static class ScoreBreakdown
{
    private static readonly string[] LabelKeys = ["name", "part", "label", "key", "reason"];
    private static readonly string[] ValueKeys = ["points", "value", "score", "weight", "contribution"];

    /// <summary>
    /// Parts of <paramref name="json"/>: an object of <c>{part: number}</c> or <c>{part: {points: n, …}}</c>, an array of
    /// <c>{name|part|label: …, points|value|score: n}</c>, or either under a <c>parts</c> key. Empty when unreadable.
    /// </summary>
    public static IReadOnlyList<(string Label, string Value)> Parse(string? json)
    {
        var parts = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return parts;
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            Collect(doc.RootElement, parts, depth: 0);
        }
        catch (JsonException)
        {
            return [];
        }
        return parts;
    }

    private static void Collect(JsonElement e, List<(string, string)> parts, int depth)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var el in e.EnumerateArray())
            {
                if (el.ValueKind == JsonValueKind.Object && First(el, LabelKeys) is { } label)
                {
                    parts.Add((Text(label), First(el, ValueKeys) is { } v ? Text(v) : ""));
                }
            }
            return;
        }
        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var p in e.EnumerateObject())
        {
            if (depth == 0 && p.Name is "parts" or "components" && p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
            {
                Collect(p.Value, parts, depth + 1);
                continue;
            }
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.Number or JsonValueKind.String or JsonValueKind.True or JsonValueKind.False:
                    parts.Add((Humanize(p.Name), Text(p.Value)));
                    break;
                case JsonValueKind.Object when First(p.Value, ValueKeys) is { } v:
                    parts.Add((Humanize(p.Name), Text(v)));
                    break;
            }
        }
    }

    private static JsonElement? First(JsonElement obj, string[] keys)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (keys.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }
        return null;
    }

    private static string Text(JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.Number } n => n.TryGetDouble(out var d) ? d.ToString("0.##", CultureInfo.InvariantCulture) : n.GetRawText(),
        { ValueKind: JsonValueKind.String } s => s.GetString() ?? "",
        { } other => other.GetRawText(),
        null => "",
    };

    private static string Humanize(string name)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '_' or '-')
            {
                sb.Append(' ');
            }
            else if (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]))
            {
                sb.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(i == 0 ? char.ToUpperInvariant(c) : c);
            }
        }
        return sb.ToString();
    }
}
