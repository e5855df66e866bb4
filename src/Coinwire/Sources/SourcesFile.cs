using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Coinwire.Sources;

/// <summary>Reads and edits <c>sources.yaml</c> (a top-level <c>sources:</c> list), keeping comments and layout on edits.</summary>
public static class SourcesFile
{
    private static readonly HashSet<string> KnownFields = ["name", "url", "type", "lang", "weight", "interval", "enabled"];

    /// <summary>Reads the sources in <paramref name="path"/>.</summary>
    /// <exception cref="SourcesFileException">Missing file, bad YAML, or an invalid entry (message names the line).</exception>
    public static IReadOnlyList<SourceDefinition> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new SourcesFileException($"{path}: sources file not found");
        }
        return Parse(File.ReadAllText(path), path).Select(e => e.Source).ToList();
    }

    /// <summary>Parses YAML text; <paramref name="origin"/> names it in error messages.</summary>
    /// <exception cref="SourcesFileException">Bad YAML or an invalid entry.</exception>
    public static IReadOnlyList<SourceDefinition> ParseText(string yaml, string origin = "sources.yaml") =>
        Parse(yaml, origin).Select(e => e.Source).ToList();

    /// <summary>Appends <paramref name="source"/> to the file (created when missing), keeping everything already there.</summary>
    /// <exception cref="SourcesFileException">A source with the same key already exists, or the file is invalid.</exception>
    public static void Add(string path, SourceDefinition source)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "sources:\n";
        var existing = Parse(text, path);
        if (existing.Any(e => e.Source.Key == source.Key))
        {
            throw new SourcesFileException($"{path}: a source with key '{source.Key}' already exists");
        }
        if (existing.Count == 0 && !text.Contains("sources:", StringComparison.Ordinal))
        {
            text += (text.Length == 0 || text.EndsWith('\n') ? "" : "\n") + "sources:\n";
        }
        else if (existing.Count == 0)
        {
            // "sources: []" or "sources:" with nothing under it: rewrite the key line as a block list.
            text = System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^sources:.*$", "sources:");
        }
        if (!text.EndsWith('\n'))
        {
            text += "\n";
        }
        File.WriteAllText(path, text + Render(source));
    }

    /// <summary>Removes the source with <paramref name="key"/> from the file, keeping the rest byte for byte.</summary>
    /// <returns>False when no source has that key.</returns>
    public static bool Remove(string path, string key)
    {
        var text = File.ReadAllText(path);
        var entry = Parse(text, path).FirstOrDefault(e => e.Source.Key == key);
        if (entry is null)
        {
            return false;
        }
        var lines = text.Split('\n').ToList();
        // A block mapping ends either mid-line (after its last value) or at column 1 of the following line.
        var first = (int)entry.StartLine - 1;
        var last = (int)(entry.EndColumn > 1 ? entry.EndLine : entry.EndLine - 1) - 1;
        lines.RemoveRange(first, Math.Min(last, lines.Count - 1) - first + 1);
        File.WriteAllText(path, string.Join('\n', lines));
        return true;
    }

    /// <summary>The YAML block for one source, in the style of the shipped file.</summary>
    public static string Render(SourceDefinition s)
    {
        var b = new StringBuilder();
        b.Append("  - name: ").Append(Quote(s.Name)).Append('\n');
        b.Append("    url: ").Append(Quote(s.Url.ToString())).Append('\n');
        b.Append("    type: ").Append(s.Type).Append('\n');
        b.Append("    lang: ").Append(s.Lang).Append('\n');
        b.Append("    weight: ").Append(s.Weight.ToString("0.0##", CultureInfo.InvariantCulture)).Append('\n');
        if (s.Interval is { } interval)
        {
            b.Append("    interval: ").Append(Durations.Format(interval)).Append('\n');
        }
        b.Append("    enabled: ").Append(s.Enabled ? "true" : "false").Append('\n');
        return b.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([':', '#', '\'', '"', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`']) >= 0 || value != value.Trim()
            ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'"
            : value;

    private sealed record Entry(SourceDefinition Source, long StartLine, long EndLine, long EndColumn);

    private static List<Entry> Parse(string yaml, string origin)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new SourcesFileException($"{origin}:{e.Start.Line}: invalid YAML: {e.Message}");
        }
        if (stream.Documents.Count == 0)
        {
            return [];
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SourcesFileException($"{origin}: expected a top-level 'sources:' list");
        }
        if (!root.Children.TryGetValue(new YamlScalarNode("sources"), out var listNode))
        {
            throw new SourcesFileException($"{origin}: expected a top-level 'sources:' list");
        }
        if (listNode is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return [];
        }
        if (listNode is not YamlSequenceNode list)
        {
            throw new SourcesFileException($"{origin}:{listNode.Start.Line}: 'sources' must be a list");
        }

        var entries = new List<Entry>();
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            var source = SourceEntryReader.Read(node, origin, KnownFields);
            if (keys.TryGetValue(source.Key, out var line))
            {
                throw new SourcesFileException($"{origin}:{node.Start.Line}: duplicate source key '{source.Key}' (first at line {line})");
            }
            keys[source.Key] = node.Start.Line;
            // YamlDotNet gives a block mapping an empty span; its last value's end is where the entry ends.
            var end = ((YamlMappingNode)node).Children.Values.Select(v => v.End).MaxBy(m => m.Index)!;
            entries.Add(new Entry(source, node.Start.Line, end.Line, end.Column));
        }
        return entries;
    }
}
