using System.Globalization;
using Coinwire.Common;
using Coinwire.Tagging;

namespace Coinwire.Tests.Tagging;

/// <summary>
/// Agreement with publisher sections and feed categories in ../shared/corpus/tagging (read at test time only:
/// the cryptonews set's licence is unknown, so none of it is copied into the repository).
/// </summary>
public class PublisherSectionTests(ITestOutputHelper output)
{
    private static string? TaggingDir()
    {
        try
        {
            return RepoPaths.Shared("corpus", "tagging");
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    [Fact]
    public void CryptonewsSections_AgreeWithCoinsAndTopics()
    {
        var dir = TaggingDir();
        if (dir is null)
        {
            Assert.Skip("../shared is not available");
            return;
        }
        var expected = new Dictionary<string, string>
        {
            ["bitcoin"] = "BTC", ["ethereum"] = "ETH", ["nft"] = Topics.Nft, ["defi"] = Topics.DeFi,
        };
        var hits = expected.Keys.ToDictionary(k => k, _ => 0);
        var totals = expected.Keys.ToDictionary(k => k, _ => 0);
        var dump = Environment.GetEnvironmentVariable("COINWIRE_TAGGING_DUMP");
        using var writer = dump is null ? null : new StreamWriter(dump);
        foreach (var f in File.ReadLines(Path.Combine(dir, "cryptonews_subjects_2021-10_2022-07.tsv")).Skip(1).Select(l => l.Split('\t')))
        {
            var result = CoinTagger.Default.Tag(f[3], f[4]);
            writer?.WriteLine($"{f[2]}\t{f[3]}\t{string.Join('|', result.Tags)}\t{result.Category}");
            if (expected.TryGetValue(f[2], out var tag))
            {
                totals[f[2]]++;
                hits[f[2]] += result.Tags.Contains(tag) ? 1 : 0;
            }
        }
        foreach (var k in expected.Keys)
        {
            var rate = (double)hits[k] / totals[k];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"section {k}: {expected[k]} tagged in {rate:P1} of {totals[k]}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cryptonews section {k}: {expected[k]} tagged in {rate:P1} of {totals[k]}"));
        }
        // Sections are where a story was filed, not what it names (a "bitcoin" section story may be about the market).
        Assert.True((double)hits["bitcoin"] / totals["bitcoin"] >= 0.6);
        Assert.True((double)hits["ethereum"] / totals["ethereum"] >= 0.5);
        Assert.True((double)hits["nft"] / totals["nft"] >= 0.5);
        Assert.True((double)hits["defi"] / totals["defi"] >= 0.3);
    }

    [Fact]
    public void FeedCategories_AgreeWithTopics()
    {
        var dir = TaggingDir();
        if (dir is null)
        {
            Assert.Skip("../shared is not available");
            return;
        }
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Markets"] = Topics.Market, ["Trading"] = Topics.Market, ["Price Analysis"] = Topics.Market, ["Market Updates"] = Topics.Market,
            ["Policy"] = Topics.Regulation, ["Regulation"] = Topics.Regulation, ["Regulation News"] = Topics.Regulation, ["Law"] = Topics.Regulation,
            ["Business"] = Topics.Business, ["Business News"] = Topics.Business, ["Startups"] = Topics.Business, ["Funding"] = Topics.Business,
            ["Tech"] = Topics.Technology, ["Technology"] = Topics.Technology, ["Technology News"] = Topics.Technology,
            ["NFT"] = Topics.Nft, ["NFTs"] = Topics.Nft, ["Metaverse"] = Topics.Nft, ["DeFi"] = Topics.DeFi,
            ["Mining"] = Topics.Mining, ["Bitcoin Mining"] = Topics.Mining, ["Hacks"] = Topics.Security, ["cybersecurity"] = Topics.Security,
            ["Scams"] = Topics.Security, ["Stablecoin"] = Topics.Stablecoins, ["Stablecoins"] = Topics.Stablecoins,
        };
        int total = 0, agree = 0;
        foreach (var f in File.ReadLines(Path.Combine(dir, "feed_item_categories.tsv")).Skip(1).Select(l => l.Split('\t')))
        {
            var wanted = f[3].Split('|').Where(map.ContainsKey).Select(c => map[c]).ToHashSet();
            if (wanted.Count == 0)
            {
                continue;
            }
            total++;
            var scores = TopicClassifier.Default.Score(f[2]);
            agree += scores.Take(2).Any(t => wanted.Contains(t.Topic)) ? 1 : 0;
        }
        var rate = (double)agree / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feed categories: a mapped topic among the top two in {rate:P1} of {total}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feed categories: a mapped topic among the top two in {rate:P1} of {total}"));
        // Publishers file one story under several sections and topics overlap, so agreement is far from 100 %.
        Assert.True(rate >= 0.5, $"topic agreement {rate:P1}");
    }
}
