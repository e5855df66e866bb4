using Coinwire.Common;
using Coinwire.Sources;

namespace Coinwire.Tests.Sources;

public class SourcesFileTests
{
    private static string ShippedFile => Path.Combine(RepoPaths.FindRoot()!, "sources.yaml");

    [Fact]
    public void Load_ShippedFileHasAboutTwentyFiveValidSources()
    {
        var sources = SourcesFile.Load(ShippedFile);
        Assert.InRange(sources.Count, 20, 40);
        Assert.All(sources, s => Assert.StartsWith("https://", s.Url.ToString(), StringComparison.Ordinal));
        Assert.Equal(sources.Count, sources.Select(s => s.Key).Distinct().Count());
    }

    [Fact]
    public void Load_ShippedFileIncludesBloombergCryptoWithReferenceKey()
    {
        var bloomberg = Assert.Single(SourcesFile.Load(ShippedFile), s => s.Name == "Bloomberg (Crypto)");
        Assert.Equal("bloomberg_crypto_", bloomberg.Key);
        Assert.Equal(SourceType.RSS, bloomberg.Type);
    }

    [Fact]
    public void Load_ShippedFileIncludesRegulators()
    {
        var hosts = SourcesFile.Load(ShippedFile).Select(s => s.Url.Host).ToList();
        Assert.Contains("www.sec.gov", hosts);
        Assert.Contains("www.federalreserve.gov", hosts);
    }

    [Fact]
    public void ParseText_DefaultsApplyWhenOptionalFieldsAreMissing()
    {
        var s = Assert.Single(SourcesFile.ParseText("sources:\n  - name: Example\n    url: https://example.com/feed\n"));
        Assert.Equal((SourceType.RSS, "en", 1.0, (TimeSpan?)null, true), (s.Type, s.Lang, s.Weight, s.Interval, s.Enabled));
    }

    [Fact]
    public void ParseText_IntervalAndTypeAreRead()
    {
        var s = Assert.Single(SourcesFile.ParseText("sources:\n  - name: A\n    url: https://a.example/f\n    type: json_feed\n    interval: 1h30m\n    enabled: false\n"));
        Assert.Equal(SourceType.JSON_FEED, s.Type);
        Assert.Equal(TimeSpan.FromMinutes(90), s.Interval);
        Assert.False(s.Enabled);
    }

    [Theory]
    [InlineData("sources:\n  - name: A\n    url: ftp://a.example/f\n", ":3:", "http(s)")]
    [InlineData("sources:\n  - name: A\n    url: \"https://www.c\\uFFFDoindesk.com/f\"\n", ":3:", "http(s)")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/f\n    intervall: 5m\n", ":4:", "unknown field 'intervall'")]
    [InlineData("sources:\n  - url: https://a.example/f\n", ":2:", "no name")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/f\n    weight: lots\n", ":4:", "weight")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/f\n    lang: English\n", ":4:", "ISO 639-1")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/f\n    interval: soon\n", ":4:", "interval")]
    [InlineData("sources:\n  - name: A!\n    url: https://a.example/f\n  - name: A?\n    url: https://b.example/f\n", ":4:", "duplicate source key 'a_'")]
    [InlineData("sources:\n  - name: 'A\n    url: x\n", "invalid YAML", "")]
    [InlineData("feeds: []\n", "top-level 'sources:'", "")]
    public void ParseText_InvalidEntryGivesErrorWithLine(string yaml, string where, string what)
    {
        var e = Assert.Throws<SourcesFileException>(() => SourcesFile.ParseText(yaml));
        Assert.Contains(where, e.Message, StringComparison.Ordinal);
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddThenRemove_KeepsTheRestOfTheFileByteForByte()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coinwire-sources-{Guid.NewGuid():N}.yaml");
        var original = File.ReadAllText(ShippedFile);
        File.WriteAllText(path, original);
        try
        {
            var added = new SourceDefinition("My Blog: News #1", new Uri("https://blog.example/feed.xml"), SourceType.ATOM, "de", 0.5, TimeSpan.FromHours(2), true);
            SourcesFile.Add(path, added);
            var reread = Assert.Single(SourcesFile.Load(path), s => s.Key == added.Key);
            Assert.Equal(added, reread);

            Assert.True(SourcesFile.Remove(path, added.Key));
            Assert.Equal(original, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Remove_MiddleEntryKeepsCommentsAndNeighbours()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coinwire-sources-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "# top\nsources:\n  - name: A\n    url: https://a.example/f\n  # section\n  - name: B\n    url: https://b.example/f\n  - name: C\n    url: https://c.example/f\n");
        try
        {
            Assert.True(SourcesFile.Remove(path, "b"));
            Assert.Equal("# top\nsources:\n  - name: A\n    url: https://a.example/f\n  # section\n  - name: C\n    url: https://c.example/f\n", File.ReadAllText(path));
            Assert.False(SourcesFile.Remove(path, "b"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Add_DuplicateKeyIsRefused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coinwire-sources-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "sources:\n  - name: A\n    url: https://a.example/f\n");
        try
        {
            var e = Assert.Throws<SourcesFileException>(() => SourcesFile.Add(path, new SourceDefinition("a", new Uri("https://x.example/"), SourceType.RSS, "en", 1, null, true)));
            Assert.Contains("already exists", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
