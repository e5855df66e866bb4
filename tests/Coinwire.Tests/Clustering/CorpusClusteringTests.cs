using Coinwire.Clustering;

namespace Coinwire.Tests.Clustering;

/// <summary>Clustering real captures from the shared feed corpus, with their leads.</summary>
public sealed class CorpusClusteringTests(ITestOutputHelper output)
{
    // Captures from the same days: December 6–7 2022 and August 21–23 2023 (MIT-licensed origin, see MANIFEST.tsv).
    private static readonly string[] SameDayFeeds =
    [
        "crypto/003-cointelegraph-2022-12.xml", "crypto/006-bitcoin-com-news-2022-12.xml", "crypto/010-coincu-2022-12.xml",
        "crypto/002-cointelegraph-2023.xml", "crypto/005-bitcoin-com-news.xml", "crypto/007-newsbtc.xml", "crypto/008-coingape.xml",
        "crypto/009-coincu.xml", "crypto/011-coinjournal.xml", "crypto/012-coinspeaker-feedburner.xml", "crypto/013-cryptobriefing-2023.xml",
        "crypto/014-cryptodaily-large.xml", "crypto/015-cryptonews.xml", "crypto/017-cryptopotato.xml", "crypto/018-dailycoin.xml",
        "crypto/019-ethworldnews.xml", "crypto/021-kryptomoney-feedburner.xml", "crypto/023-livebitcoinnews.xml", "crypto/024-zycrypto.xml",
    ];

    [Fact]
    public void LabeledFeedPairs_WithLeads_PrecisionAndRecall()
    {
        var items = SameDayFeeds.SelectMany(CorpusFeeds.Read).GroupBy(i => Key(i.Title)).ToDictionary(g => g.Key, g => g.First());
        var withLeads = LabeledPairs.Load()
            .Where(p => items.ContainsKey(Key(p.TitleA)) && items.ContainsKey(Key(p.TitleB)))
            .Select(p => (Pair: p, A: items[Key(p.TitleA)], B: items[Key(p.TitleB)]))
            .ToList();
        var titleOnly = Scores.Of(withLeads.Select(x => (x.Pair.Same, Joined(x.A, x.B, useLeads: false))));
        var leads = Scores.Of(withLeads.Select(x => (x.Pair.Same, Joined(x.A, x.B, useLeads: true))));
        output.WriteLine($"{withLeads.Count} labeled pairs found in the feeds ({withLeads.Count(x => x.Pair.Same)} same)");
        output.WriteLine($"  titles only:    {titleOnly}");
        output.WriteLine($"  titles + leads: {leads}");
        Assert.True(withLeads.Count >= 100, withLeads.Count.ToString());
        Assert.True(leads.Precision >= 0.95, leads.ToString());
        Assert.True(leads.Recall >= 0.75, leads.ToString());
        Assert.True(leads.Recall >= titleOnly.Recall);
    }

    [Fact]
    public void SameDayCaptures_FormMultiSourceStories()
    {
        var index = new StoryIndex();
        var titles = new Dictionary<long, List<string>>();
        long next = 0;
        foreach (var item in SameDayFeeds.SelectMany(CorpusFeeds.Read).OrderBy(i => i.Published))
        {
            var source = Path.GetFileNameWithoutExtension(item.File)[4..];
            var assignment = index.Assign(new ClusterItem(source, item.Title, item.Lead, item.Published, item.Id, item.Link), _ => ++next);
            titles.TryAdd(assignment.StoryId, []);
            titles[assignment.StoryId].Add($"[{source}] {item.Title}");
        }
        var multi = titles.Where(t => t.Value.Count > 1).ToList();
        output.WriteLine($"{titles.Count} stories, {multi.Count} with several sources");
        foreach (var story in multi)
        {
            output.WriteLine(string.Join("\n    ", story.Value));
        }
        Assert.Contains(multi, s => s.Value.Any(t => t.Contains("Komainu", StringComparison.Ordinal)) && s.Value.Count >= 2);
        Assert.Contains(multi, s => s.Value.Count(t => t.Contains("Oman", StringComparison.Ordinal)) >= 2);
        Assert.All(multi, s => Assert.Equal(s.Value.Count, s.Value.Select(t => t[..t.IndexOf(']', StringComparison.Ordinal)]).Distinct().Count()));
    }

    private static bool Joined(CorpusItem a, CorpusItem b, bool useLeads)
    {
        var index = new StoryIndex();
        index.Assign(new ClusterItem("a", a.Title, useLeads ? a.Lead : null, a.Published), _ => 1);
        return index.Match(new ClusterItem("b", b.Title, useLeads ? b.Lead : null, b.Published))?.StoryId == 1;
    }

    private static string Key(string title) => string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
