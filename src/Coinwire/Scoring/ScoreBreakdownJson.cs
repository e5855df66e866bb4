using System.Text;
using System.Text.Json;

namespace Coinwire.Scoring;

/// <summary>
/// The compact JSON form of a <see cref="ScoreResult"/>, stored in a story's <c>ScoreBreakdown</c> column and returned by
/// the API: <c>{"score":87,"parts":[{"name":"coverage","points":18,"max":25,"reason":"4 sources"},…]}</c>.
/// </summary>
public static class ScoreBreakdownJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="result"/> as compact JSON (keys in the order shown above).</summary>
    public static string Serialize(ScoreResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteNumber("score", result.Score);
            w.WriteStartArray("parts");
            foreach (var p in result.Parts)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteNumber("points", p.Points);
                w.WriteNumber("max", p.Max);
                w.WriteString("reason", p.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads JSON written by <see cref="Serialize"/>; unknown keys are ignored, a missing reason reads as empty.</summary>
    /// <exception cref="FormatException">When the JSON is malformed or lacks <c>score</c>, <c>parts</c>, or a part's name or points.</exception>
    public static ScoreResult Deserialize(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("score breakdown: expected a JSON object");
            }
            var score = Int(root, "score");
            if (!root.TryGetProperty("parts", out var parts) || parts.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("score breakdown: 'parts' must be an array");
            }
            var list = new List<ScorePart>(parts.GetArrayLength());
            foreach (var p in parts.EnumerateArray())
            {
                if (p.ValueKind != JsonValueKind.Object || !p.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
                {
                    throw new FormatException("score breakdown: every part needs a string 'name'");
                }
                var reason = p.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
                var max = p.TryGetProperty("max", out _) ? Int(p, "max") : 0;
                list.Add(new ScorePart(name.GetString()!, Int(p, "points"), max, reason));
            }
            return new ScoreResult(score, list);
        }
        catch (JsonException e)
        {
            throw new FormatException($"score breakdown: {e.Message}", e);
        }
    }

    private static int Int(JsonElement element, string key) =>
        element.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)
            ? i
            : throw new FormatException($"score breakdown: '{key}' must be an integer");
}
