using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Coinwire.Rewriting;

/// <summary>
/// A versioned prompt kept as two embedded files, <c>Prompts/{version}.system.md</c> and <c>Prompts/{version}.user.md</c>.
/// Changing a prompt means adding a new version, which also invalidates the rewrite cache.
/// </summary>
public sealed class PromptTemplate
{
    /// <summary>The prompt version used unless configured otherwise.</summary>
    public const string DefaultVersion = "rewrite-v1";

    /// <summary>The tag opening the data block of the user message.</summary>
    public const string DataOpen = "<source_data>";

    /// <summary>The tag closing the data block of the user message.</summary>
    public const string DataClose = "</source_data>";

    private static readonly JsonSerializerOptions DataJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private PromptTemplate(string version, string system, string user)
    {
        Version = version;
        SystemPrompt = system;
        UserTemplate = user;
    }

    /// <summary>The version, e.g. <c>rewrite-v1</c>, written as <c>ai.promptVersion</c>.</summary>
    public string Version { get; }

    /// <summary>The system message.</summary>
    public string SystemPrompt { get; }

    /// <summary>The user message template; <c>{{data}}</c> is replaced by the story as JSON.</summary>
    public string UserTemplate { get; }

    /// <summary>Loads the embedded prompt <paramref name="version"/>.</summary>
    /// <exception cref="InvalidOperationException">When no such prompt is embedded.</exception>
    public static PromptTemplate Load(string version = DefaultVersion) =>
        new(version, Resource($"{version}.system.md"), Resource($"{version}.user.md"));

    /// <summary>
    /// The user message for <paramref name="input"/>. The story travels as JSON inside the data block; every <c>&lt;/</c>
    /// is written <c>&lt;\/</c> (the same JSON string), so no source text can close the block early.
    /// </summary>
    public string RenderUser(RewriteInput input)
    {
        var json = JsonSerializer.Serialize(StoryData(input), DataJson).Replace("</", "<\\/", StringComparison.Ordinal);
        return UserTemplate.Replace("{{data}}", json, StringComparison.Ordinal);
    }

    /// <summary>The story as the plain object sent to the model (and hashed for the cache key).</summary>
    public static object StoryData(RewriteInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new
        {
            title = input.Title,
            coins = input.Coins.Select(c => new { ticker = c.Ticker, name = c.Name }),
            sentiment = input.Sentiment?.ToString().ToUpperInvariant(),
            topics = input.Topics,
            sources = input.Sources.Select(s => new
            {
                source = s.SourceName,
                title = s.Title,
                published = s.Published?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                link = s.Link,
                text = s.Text,
            }),
        };
    }

    /// <summary>The story data as compact JSON, the input part of the cache key.</summary>
    public static string StoryJson(RewriteInput input) => JsonSerializer.Serialize(StoryData(input));

    private static string Resource(string fileName)
    {
        var assembly = typeof(PromptTemplate).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".Prompts." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Prompt file not embedded: Rewriting/Prompts/{fileName}");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n").TrimEnd('\n');
    }
}
