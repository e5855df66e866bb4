using Coinwire.Clustering;

namespace Coinwire.Tests.Clustering;

public sealed class StoryIndexTests
{
    private static readonly DateTime T0 = new(2022, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    private static ClusterItem Item(string source, string title, DateTime at, string? id = null, string? link = null, string? lead = null) =>
        new(source, title, lead, at, id, link);

    [Fact]
    public void NearDuplicate_FromAnotherSource_JoinsStory()
    {
        var index = new StoryIndex();
        var first = index.Assign(Item("cointelegraph", "Japan recommends against algorithmic backing in stablecoins", T0), _ => 7);
        var second = index.Assign(Item("coincu", "Japan Advises Against Stablecoins Algorithmic Backing", T0.AddHours(3)), _ => 8);
        Assert.True(first.IsNewStory);
        Assert.Equal(7, second.StoryId);
        Assert.Equal(MatchKind.NearDuplicate, second.Match!.Kind);
        Assert.InRange(second.Match.Score, StoryIndexOptions.DefaultThreshold, 1);
        Assert.Equal(["coincu", "cointelegraph"], index.SourcesOf(7).Order());
    }

    [Fact]
    public void DifferentEvent_SameCoinSameDay_StartsNewStory()
    {
        var index = new StoryIndex();
        index.Assign(Item("cointelegraph", "BTC price hits new December low as Bitcoin dips 2% with Asia stocks", T0), _ => 1);
        var other = index.Assign(Item("bitcoin_com", "Bitcoin Dominance Has Remained Under 40% for More Than 3 Consecutive Months", T0), _ => 2);
        Assert.True(other.IsNewStory);
    }

    [Fact]
    public void SameSource_FollowUp_IsNotJoined_ButExactDuplicateIs()
    {
        var index = new StoryIndex();
        index.Assign(Item("coincu", "Blockstream Seeks To Raise Funds At 70% Lower Company Valuation", T0, "a1"), _ => 1);
        var followUp = index.Assign(Item("coincu", "Blockstream Raises Funds At 70% Lower Company Valuation", T0.AddHours(5), "a2"), _ => 2);
        Assert.True(followUp.IsNewStory);
        var again = index.Assign(Item("coincu", "Blockstream Seeks To Raise Funds At 70% Lower Company Valuation", T0.AddHours(6), "a1"), _ => 3);
        Assert.Equal(1, again.StoryId);
        Assert.Equal(MatchKind.ExternalId, again.Match!.Kind);
    }

    [Fact]
    public void StoryListsEachSourceOnce()
    {
        var index = new StoryIndex();
        index.Assign(Item("cointelegraph", "Nomura, CoinShares, Ledger joint venture Komainu wins Dubai crypto license", T0), _ => 1);
        index.Assign(Item("coinspeaker", "Komainu, Nomura’s Crypto Joint Venture with Coinshares and Ledger, Wins Dubai License", T0.AddHours(1)), _ => 2);
        // A second Coinspeaker item on the same event may not enter story 1, which already lists Coinspeaker.
        var repeat = index.Assign(Item("coinspeaker", "Komainu Wins Dubai License, Nomura and CoinShares Venture Says", T0.AddHours(2)), _ => 3);
        Assert.NotEqual(1, repeat.StoryId);
        Assert.Equal(2, index.SourcesOf(1).Count);
    }

    [Fact]
    public void ExactDuplicates_ByLinkAndContent_AcrossSources()
    {
        var index = new StoryIndex();
        index.Assign(Item("a", "Gemini Passes Security Compliance Review", T0, "x", "https://example.com/news/gemini/"), _ => 1);
        var byLink = index.Match(Item("b", "Something else entirely", T0, "y", "http://www.example.com/news/gemini#top"));
        Assert.Equal(MatchKind.Link, byLink!.Kind);
        var byContent = index.Match(Item("c", "GEMINI passes security-compliance review!", T0, "z"));
        Assert.Equal(MatchKind.Content, byContent!.Kind);
        Assert.True(byContent.IsExact);
    }

    [Fact]
    public void TimeWindow_LimitsNearDuplicatesAndEvictionForgets()
    {
        var index = new StoryIndex(new StoryIndexOptions { Window = TimeSpan.FromHours(48) });
        index.Assign(Item("a", "Rep. Cawthorn Pays Fine For Promoting ‘LGB Coin’", T0), _ => 1);
        Assert.Null(index.Match(Item("b", "Rep. Cawthorn fined for promoting LGB coin", T0.AddDays(3))));
        Assert.NotNull(index.Match(Item("b", "Rep. Cawthorn fined for promoting LGB coin", T0.AddDays(1))));
        Assert.Equal(0, index.EvictExpired(T0.AddHours(47)));
        Assert.Equal(1, index.EvictExpired(T0.AddHours(49)));
        Assert.Equal(0, index.Count);
        Assert.Equal(0, index.StoryCount);
        Assert.Null(index.Match(Item("b", "Rep. Cawthorn fined for promoting LGB coin", T0.AddHours(1))));
    }

    [Fact]
    public void Roundups_NeverJoinOrAttract()
    {
        var index = new StoryIndex();
        index.Assign(Item("cryptonews", "Warner Music Goes for Blockchain Gaming, Mintable Recovers Stolen NFTs + More News", T0), _ => 1);
        Assert.Null(index.Match(Item("cointelegraph", "Mintable Recovers Stolen NFTs", T0)));
        index.Assign(Item("cryptopotato", "Mintable Recovers and Returns to Users 3 NFTs Stolen in the OpenSea Attack", T0), _ => 2);
        Assert.Null(index.Match(Item("cryptonews", "Mintable Recovers Stolen NFTs + More News", T0)));
    }

    [Fact]
    public void Rebuild_FromStoredRows_MatchesLikeBefore()
    {
        // What the ingest does after a restart: re-add the window's stored items with their story ids.
        var index = new StoryIndex();
        var stored = Item("cointelegraph", "Decentraland launches virtual property renting for LAND owners", T0, "ct-1");
        index.Add(42, TextFingerprint.Create(stored.Title, stored.Lead), stored.PublishedAt, stored.SourceKey, stored.Keys());
        var match = index.Match(Item("coincu", "Decentraland Now Offers LAND Owners Virtual Rental Program", T0.AddHours(2)));
        Assert.Equal(42, match!.StoryId);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void ReCapturesOfOneFeed_AreExactDuplicates()
    {
        // 067 and 076 are two captures of Sam Ruby's Atom feed, months apart, sharing most entries.
        var first = CorpusFeeds.Read("general/067-nodefp-intertwingly-xhtml.xml");
        var second = CorpusFeeds.Read("general/076-feedjira-samruby.xml");
        var shared = second.Count(s => first.Any(f => f.Id == s.Id));
        Assert.True(shared >= 5, $"{shared} shared entries");
        var index = new StoryIndex(new StoryIndexOptions { Window = TimeSpan.FromDays(3650) });
        long next = 0;
        foreach (var item in first)
        {
            index.Assign(new ClusterItem("intertwingly", item.Title, item.Lead, item.Published, item.Id, item.Link), _ => ++next);
        }
        var matches = second.Select(item => index.Match(new ClusterItem("intertwingly", item.Title, item.Lead, item.Published, item.Id, item.Link))).ToList();
        Assert.Equal(shared, matches.Count(m => m is { IsExact: true }));
        Assert.Equal(second.Count - shared, matches.Count(m => m is null));
    }

    [Fact]
    public void ConcurrentAssign_IsSafe()
    {
        var index = new StoryIndex();
        long next = 0;
        var titles = LabeledPairs.Load().Select(p => p.TitleA).Distinct().ToArray();
        Parallel.For(0, titles.Length, i =>
            index.Assign(Item($"s{i % 5}", titles[i], T0.AddMinutes(i)), _ => Interlocked.Increment(ref next)));
        Assert.Equal(titles.Length, index.Count);
        Assert.True(index.StoryCount <= titles.Length);
    }
}
