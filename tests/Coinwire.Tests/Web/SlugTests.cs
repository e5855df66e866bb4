using Coinwire.Publishing;

namespace Coinwire.Tests.Web;

public class SlugTests
{
    [Theory]
    [InlineData("Bitcoin-Led Crypto Rout Erases Nearly Half a Trillion in a Week", "bitcoin-led-crypto-rout-erases-nearly-half-a-trillion-in-a-week")]
    [InlineData("Señor Bitcoin: $100K!", "senor-bitcoin-100k")]
    [InlineData("Ærø Straße Œuvre Łódź", "aero-strasse-oeuvre-lodz")]
    [InlineData("BlackRock's ETF — “big” news", "blackrocks-etf-big-news")]
    [InlineData("  --  ", "article")]
    [InlineData("比特币", "article")]
    [InlineData("Émission de 1 000 €", "emission-de-1-000")]
    public void From_FoldsToLowerAsciiDashes(string title, string expected) => Assert.Equal(expected, Slug.From(title));

    [Fact]
    public void From_LongTitle_CutAtWordBoundaryWithin80()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("bitcoin", 30)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("bitcoin", slug, StringComparison.Ordinal);
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void Unique_AddsNumericSuffix()
    {
        var taken = new HashSet<string> { "a", "a-2" };

        Assert.Equal("a-3", Slug.Unique("a", taken.Contains));
        Assert.Equal("b", Slug.Unique("b", taken.Contains));
    }

    [Theory]
    [InlineData("../etc/passwd", false)]
    [InlineData("ok-slug-2", true)]
    [InlineData("-x", false)]
    [InlineData("", false)]
    public void IsValid_OnlySlugShapes(string value, bool expected) => Assert.Equal(expected, Slug.IsValid(value));
}
