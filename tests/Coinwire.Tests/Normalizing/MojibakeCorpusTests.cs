using System.Text.Json;
using Coinwire.Common;
using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

/// <summary>Runs mojibake detection over every item title feedparser extracted from the feed corpus.</summary>
public class MojibakeCorpusTests(ITestOutputHelper output)
{
    // Feeds whose titles (as feedparser decoded them) really are UTF-8 read as Windows-1252/Latin-1; checked by reading the bytes.
    private static readonly Dictionary<string, string> KnownMojibake = new()
    {
        ["general/018-yandex-russia.xml"] = "MANIFEST: the captured bytes are double-encoded UTF-8 (Cyrillic read as cp1252, C1 bytes kept)",
        // The codehollow/FeedReader fixtures below were saved through a cp1252 round trip: the file bytes for ’ are
        // C3 A2 E2 82 AC E2 84 A2 ("â€™" as UTF-8), checked with a hex dump.
        ["general/004-verge-atom.xml"] = "bytes hold â€™ (UTF-8 of cp1252 mojibake)",
        ["general/014-romatoday-entities.xml"] = "bytes hold â€œ…â€\x9d around a quotation",
        ["general/015-themirror-media.xml"] = "bytes hold â€™",
        ["general/019-japantimes.xml"] = "bytes hold â€™ and â€” (mixed with correct ’ in one title)",
        ["general/020-derstandard-bom.xml"] = "bytes hold Ã¼, Ã–, â€“ (German umlauts mis-decoded)",
        ["general/021-lemonde-enclosure.xml"] = "bytes hold Ã©, â€™, Â\u00A0 (French accents and NBSP mis-decoded)",
        // Not UTF-8 mojibake: Shift_JIS with no declaration, which feedparser (no chardet) decoded as a single-byte
        // code page, leaving C1 controls (U+008D, U+0081). Flagged because C1 controls never occur in text;
        // Repair can only drop them, the Japanese is lost until Parsing sniffs the encoding.
        ["general/045-fp-shiftjis-undeclared.xml"] = "Shift_JIS read as a single-byte code page; C1 controls",
    };

    [Fact]
    public void CorpusTitles_OnlyKnownMojibakeIsFlagged_AndRepairClearsIt()
    {
        var flaggedByFile = new Dictionary<string, int>();
        var total = 0;
        foreach (var (file, title) in Titles())
        {
            total++;
            if (!Mojibake.IsLikely(title))
            {
                continue;
            }
            var repaired = Mojibake.Repair(title);
            output.WriteLine($"{file}: {title} => {repaired}");
            Assert.False(Mojibake.IsLikely(repaired), $"{file}: still mojibake after repair: {repaired}");
            Assert.NotEqual(title, repaired);
            flaggedByFile[file] = flaggedByFile.GetValueOrDefault(file) + 1;
        }
        output.WriteLine($"titles: {total}, flagged and repaired: {flaggedByFile.Values.Sum()} in {flaggedByFile.Count} files");
        Assert.All(flaggedByFile.Keys, f => Assert.True(KnownMojibake.ContainsKey(f), $"unexpected mojibake flagged in {f}"));
        Assert.All(KnownMojibake.Keys, f => Assert.True(flaggedByFile.ContainsKey(f), $"known mojibake not flagged in {f}"));
    }

    [Fact]
    public void YandexTitles_AreRepairedToCyrillic()
    {
        var titles = Titles().Where(t => t.File == "general/018-yandex-russia.xml").Select(t => t.Title).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t =>
        {
            var repaired = Mojibake.Repair(t);
            Assert.Matches(@"^[\p{IsCyrillic}\p{P}\p{N}\s«»A-Za-z№]+$", repaired);
        });
        Assert.Equal("В Москве из-за сильных морозов объявлен «оранжевый» уровень опасности", Mojibake.Repair(titles[0]));
    }

    internal static IEnumerable<(string File, string Title)> Titles()
    {
        var root = RepoPaths.Shared("corpus", "feeds", "expected");
        foreach (var path in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var file = doc.RootElement.GetProperty("file").GetString()!;
            if (!doc.RootElement.TryGetProperty("entries", out var entries))
            {
                continue;
            }
            foreach (var entry in entries.EnumerateArray())
            {
                if (entry.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    yield return (file, t.GetString()!);
                }
            }
        }
    }
}
