using System.Globalization;
using System.Text.Json;

namespace Coinwire.Parsing.JsonFeed;

/// <summary>Lenient property access: a wrong JSON type reads as absent.</summary>
internal static class Json
{
    /// <summary>The trimmed string (numbers as their text), or null when absent, blank or another type.</summary>
    public static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>The number, or null.</summary>
    public static long? Long(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n
        : element.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out n) ? n : null;
}
