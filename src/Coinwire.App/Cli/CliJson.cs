using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coinwire.App.Cli;

/// <summary>JSON written by <c>--json</c>: camelCase, indented, non-ASCII kept readable.</summary>
public static class CliJson
{
    /// <summary>The serializer options for command output.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The same options without indentation, for one-object-per-line output.</summary>
    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    /// <summary>Writes <paramref name="value"/> as JSON and a newline.</summary>
    public static Task WriteAsync<T>(TextWriter output, T value) => output.WriteLineAsync(JsonSerializer.Serialize(value, Options));
}
