using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Coinwire.Sources;

/// <summary>Validates one <c>sources:</c> list entry.</summary>
internal static class SourceEntryReader
{
    public static SourceDefinition Read(YamlNode node, string origin, IReadOnlySet<string> knownFields)
    {
        var at = $"{origin}:{node.Start.Line}";
        if (node is not YamlMappingNode map)
        {
            throw new SourcesFileException($"{at}: each source must be a mapping with name and url");
        }
        var fields = new Dictionary<string, YamlScalarNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!knownFields.Contains(key))
            {
                throw new SourcesFileException($"{origin}:{keyNode.Start.Line}: unknown field '{key}' (expected one of {string.Join(", ", knownFields)})");
            }
            fields[key] = valueNode as YamlScalarNode
                ?? throw new SourcesFileException($"{origin}:{valueNode.Start.Line}: '{key}' must be a single value");
        }

        string? Text(string key) => fields.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.Value) ? v.Value.Trim() : null;
        string Where(string key) => fields.TryGetValue(key, out var v) ? $"{origin}:{v.Start.Line}" : at;

        var name = Text("name") ?? throw new SourcesFileException($"{at}: source has no name");
        var urlText = Text("url") ?? throw new SourcesFileException($"{at}: source '{name}' has no url");
        if (!Common.HttpUrls.TryParse(urlText, out var url))
        {
            throw new SourcesFileException($"{Where("url")}: source '{name}' url must be an absolute http(s) URL, got '{urlText}'");
        }

        var type = SourceType.RSS;
        if (Text("type") is { } typeText && !Enum.TryParse(typeText.Replace('-', '_'), ignoreCase: true, out type))
        {
            throw new SourcesFileException($"{Where("type")}: source '{name}' type must be RSS, ATOM or JSON_FEED, got '{typeText}'");
        }

        var lang = Text("lang") ?? "en";
        if (lang.Length != 2 || !lang.All(char.IsAsciiLetterLower))
        {
            throw new SourcesFileException($"{Where("lang")}: source '{name}' lang must be an ISO 639-1 code like 'en', got '{lang}'");
        }

        var weight = 1.0;
        if (Text("weight") is { } weightText
            && (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || weight < 0 || weight > 10 || double.IsNaN(weight)))
        {
            throw new SourcesFileException($"{Where("weight")}: source '{name}' weight must be a number from 0 to 10, got '{weightText}'");
        }

        TimeSpan? interval = null;
        if (Text("interval") is { } intervalText)
        {
            if (!Durations.TryParse(intervalText, out var parsed))
            {
                throw new SourcesFileException($"{Where("interval")}: source '{name}' interval must look like 15m, 1h or 1d, got '{intervalText}'");
            }
            interval = parsed;
        }

        var enabled = true;
        if (Text("enabled") is { } enabledText)
        {
            enabled = enabledText.ToLowerInvariant() switch
            {
                "true" or "yes" or "on" => true,
                "false" or "no" or "off" => false,
                _ => throw new SourcesFileException($"{Where("enabled")}: source '{name}' enabled must be true or false, got '{enabledText}'"),
            };
        }

        return new SourceDefinition(name, url, type, lang, weight, interval, enabled);
    }
}
