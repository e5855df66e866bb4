using System.Buffers;
using System.Text;
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

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>
    /// One element of an indented top-level array, as UTF-8: <paramref name="value"/> serialized with the
    /// source-generated <paramref name="type"/> (generated in <see cref="JsonSourceGenerationMode.Serialization"/> mode with
    /// camelCase names, so no options are built and no converters resolved at start-up) and indented one level.
    /// Thread-safe: commands serialize their elements on the threads that produced them.
    /// </summary>
    public static byte[] ArrayElement<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            JsonSerializer.Serialize(json, value, type);
        }
        // JSON strings never hold a raw line break, so every '\n' is the writer's and is followed by indentation.
        var text = buffer.WrittenSpan;
        var lines = text.Count((byte)'\n');
        var indented = new byte[text.Length + (2 * lines)];
        var at = 0;
        for (var nl = text.IndexOf((byte)'\n'); nl >= 0; nl = text.IndexOf((byte)'\n'))
        {
            text[..(nl + 1)].CopyTo(indented.AsSpan(at));
            at += nl + 1;
            indented[at++] = (byte)' ';
            indented[at++] = (byte)' ';
            text = text[(nl + 1)..];
        }
        text.CopyTo(indented.AsSpan(at));
        return indented;
    }

    /// <summary>
    /// Writes the elements made by <see cref="ArrayElement"/> as one indented JSON array and a newline: the same bytes
    /// as serializing the whole array at once, straight onto the byte stream under a console writer.
    /// </summary>
    public static void WriteArray(TextWriter output, IReadOnlyList<byte[]> elements)
    {
        var stream = output is StreamWriter { BaseStream: var bytes } writer ? bytes : new MemoryStream();
        (output as StreamWriter)?.Flush();
        if (elements.Count == 0)
        {
            stream.Write("[]\n"u8);
        }
        else
        {
            stream.Write("[\n  "u8);
            for (var i = 0; i < elements.Count; i++)
            {
                if (i > 0)
                {
                    stream.Write(",\n  "u8);
                }
                stream.Write(elements[i]);
            }
            stream.Write("\n]\n"u8);
        }
        stream.Flush();
        if (stream is MemoryStream memory)
        {
            output.Write(Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length));
        }
    }
}
