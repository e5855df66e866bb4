using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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

    /// <summary>
    /// Writes <paramref name="value"/> as JSON and a newline with source-generated metadata from
    /// <paramref name="resolver"/> and <see cref="Options"/>' settings: no reflection at run time, and straight to the
    /// byte stream under a console writer instead of through one large string.
    /// </summary>
    public static async Task WriteAsync<T>(TextWriter output, T value, IJsonTypeInfoResolver resolver)
    {
        var type = (JsonTypeInfo<T>)new JsonSerializerOptions(Options) { TypeInfoResolver = resolver }.GetTypeInfo(typeof(T));
        if (output is StreamWriter { BaseStream: var stream } writer)
        {
            await writer.FlushAsync();
            await JsonSerializer.SerializeAsync(stream, value, type);
            await stream.WriteAsync("\n"u8.ToArray());
            await stream.FlushAsync();
            return;
        }
        await output.WriteLineAsync(JsonSerializer.Serialize(value, type));
    }
}
