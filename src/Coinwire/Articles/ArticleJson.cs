using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Coinwire.Articles;

/// <summary>
/// The article as one JSON object for the CLI: the front-matter fields in order, then <c>"body"</c>. Values map as
/// JavaScript's <c>JSON.stringify</c> would map what js-yaml loads: timestamps become ISO strings, numbers stay numbers.
/// </summary>
public static class ArticleJson
{
    /// <summary>The name of the member that holds the Markdown body.</summary>
    public const string BodyMember = "body";

    private const int MaxDepth = 64;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document as a JSON object (two-space indented).</summary>
    /// <exception cref="ArticleFormatException">When the front matter itself has a key named <c>body</c>.</exception>
    public static string ToJson(FrontMatterDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Data.ContainsKey(BodyMember))
        {
            throw new ArticleFormatException($"the front matter has a key '{BodyMember}', which the JSON form reserves for the Markdown body");
        }
        return Write(writer =>
        {
            writer.WriteStartObject();
            WriteMembers(writer, document.Data);
            writer.WriteString(BodyMember, document.Body);
            writer.WriteEndObject();
        });
    }

    /// <summary>Builds a document from a JSON object with a string <c>"body"</c>; every other member becomes front matter, in order.</summary>
    /// <exception cref="ArticleFormatException">When the JSON is invalid, not an object, or lacks a string body.</exception>
    public static FrontMatterDocument FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            throw new ArticleFormatException($"invalid JSON at position {(ex.BytePositionInLine ?? 0) + 1}", line, ex);
        }
        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ArticleFormatException($"the article JSON must be an object, not {root.ValueKind.ToString().ToLowerInvariant()}");
            }
            try
            {
                return ToDocument(root);
            }
            catch (InvalidOperationException ex)
            {
                throw new ArticleFormatException("the article JSON holds a string that is not valid UTF-16", ex);
            }
        }
    }

    private static FrontMatterDocument ToDocument(JsonElement root)
    {
        string? body = null;
        var data = new FrontMatterMapping();
        foreach (var member in root.EnumerateObject())
        {
            if (member.Name != BodyMember)
            {
                data[member.Name] = ToNode(member.Value);
            }
            else if (member.Value.ValueKind == JsonValueKind.String)
            {
                body = member.Value.GetString();
            }
            else
            {
                throw new ArticleFormatException($"'{BodyMember}' must be a string, not {member.Value.ValueKind.ToString().ToLowerInvariant()}");
            }
        }
        return new FrontMatterDocument(data, body ?? throw new ArticleFormatException($"the article JSON has no '{BodyMember}' string"));
    }

    /// <summary>A front-matter node as JSON (no body member), e.g. for one field.</summary>
    public static string NodeToJson(FrontMatterNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Write(writer => WriteNode(writer, node));
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        try
        {
            using var writer = new Utf8JsonWriter(stream, WriterOptions);
            write(writer);
        }
        catch (ArgumentException ex)
        {
            // Utf8JsonWriter refuses lone surrogates, which JavaScript strings may hold.
            throw new ArticleFormatException("a string cannot be written as JSON: " + ex.Message.ReplaceLineEndings(" "), ex);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteMembers(Utf8JsonWriter writer, FrontMatterMapping mapping)
    {
        foreach (var key in YamlDumper.JsKeyOrder(mapping.Keys))
        {
            writer.WritePropertyName(key);
            WriteNode(writer, mapping[key]!);
        }
    }

    private static void WriteNode(Utf8JsonWriter writer, FrontMatterNode node)
    {
        switch (node)
        {
            case FrontMatterMapping map:
                writer.WriteStartObject();
                WriteMembers(writer, map);
                writer.WriteEndObject();
                break;
            case FrontMatterSequence seq:
                writer.WriteStartArray();
                foreach (var item in seq.Items)
                {
                    WriteNode(writer, item);
                }
                writer.WriteEndArray();
                break;
            case FrontMatterScalar { IsNumber: true } s when double.IsFinite(s.NumberValue!.Value):
                // JSON.stringify writes -0 as 0.
                writer.WriteRawValue(s.NumberValue.Value == 0 ? "0" : JsNumber.ToString(s.NumberValue.Value));
                break;
            case FrontMatterScalar { Kind: ScalarKind.Bool } s:
                writer.WriteBooleanValue(s.BoolValue!.Value);
                break;
            case FrontMatterScalar { Kind: ScalarKind.String or ScalarKind.Timestamp } s:
                writer.WriteStringValue(s.ToString());
                break;
            default:
                // null, and NaN/Infinity, which JSON.stringify also writes as null.
                writer.WriteNullValue();
                break;
        }
    }

    private static FrontMatterNode ToNode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new FrontMatterMapping(element.EnumerateObject().Select(m => KeyValuePair.Create(m.Name, ToNode(m.Value)))),
        JsonValueKind.Array => new FrontMatterSequence(element.EnumerateArray().Select(ToNode)),
        JsonValueKind.String => FrontMatterScalar.FromString(element.GetString()!),
        JsonValueKind.Number => FrontMatterScalar.FromNumber(double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)),
        JsonValueKind.True => FrontMatterScalar.True,
        JsonValueKind.False => FrontMatterScalar.False,
        _ => FrontMatterScalar.Null,
    };
}
