using System.Text.Json;
using Coinwire.Common;

namespace Coinwire.Tests.Parsing;

/// <summary>Access to the shared feed corpus and feedparser's expected answers.</summary>
internal static class Corpus
{
    public static string Path(string relative) => RepoPaths.Shared("corpus", "feeds", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));

    public static IEnumerable<string> Files() =>
        new[] { "crypto", "general" }
            .SelectMany(folder => Directory.GetFiles(RepoPaths.Shared("corpus", "feeds", folder))
                .Select(f => folder + "/" + System.IO.Path.GetFileName(f)))
            .Order(StringComparer.Ordinal);

    /// <summary>Every corpus file the parser reads as a feed (the few non-feeds skipped), with its relative path.</summary>
    public static IEnumerable<(string File, Coinwire.Parsing.ParsedFeed Feed)> Feeds()
    {
        foreach (var file in Files())
        {
            Coinwire.Parsing.ParsedFeed feed;
            try
            {
                feed = Coinwire.Parsing.FeedParser.Parse(Bytes(file));
            }
            catch (Coinwire.Parsing.FeedParseException)
            {
                continue;
            }
            yield return (file, feed);
        }
    }

    public static JsonElement Expected(string relative)
    {
        var path = RepoPaths.Shared("corpus", "feeds", "expected", relative + ".json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.Clone();
    }
}
