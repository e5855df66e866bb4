using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

public class TextCleanupTests
{
    [Theory]
    [InlineData("  a \t b\r\n\nc  ", "a b c")]
    [InlineData("a\u00A0\u00A0b\u2009c\u3000d", "a b c d")]
    [InlineData("zero\u200Bwidth\uFEFF soft\u00ADhyphen", "zerowidth softhyphen")]
    [InlineData("", "")]
    [InlineData(" \u00A0 ", "")]
    [InlineData("already clean", "already clean")]
    public void CollapseWhitespace_CollapsesAndTrims(string input, string expected) =>
        Assert.Equal(expected, TextCleanup.CollapseWhitespace(input));

    [Fact]
    public void CollapseWhitespace_ReturnsSameInstance_WhenClean()
    {
        const string clean = "Bitcoin tops $100k";
        Assert.Same(clean, TextCleanup.CollapseWhitespace(clean));
    }

    [Fact]
    public void ContentHash_IsLowerHexSha256()
    {
        var hash = TextCleanup.ContentHash("abc");
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
    }

    [Fact]
    public void ContentHash_IgnoresWhitespaceCaseAndNormalizationForm()
    {
        var a = TextCleanup.ContentHash("Bitcoin  Café", "Lead\u00A0text");
        var b = TextCleanup.ContentHash(" bitcoin cafe\u0301 ", "lead text");
        Assert.Equal(a, b);
    }

    [Fact]
    public void ContentHash_KeepsPartBoundaries()
    {
        Assert.NotEqual(TextCleanup.ContentHash("ab", "c"), TextCleanup.ContentHash("a", "bc"));
        Assert.Equal(TextCleanup.ContentHash(null, "x"), TextCleanup.ContentHash("", "x"));
        Assert.NotEqual(TextCleanup.ContentHash("x"), TextCleanup.ContentHash("x", null));
    }

    [Fact]
    public void ContentHash_LoneSurrogate_DoesNotThrow() => Assert.Equal(64, TextCleanup.ContentHash("\uD800x").Length);
}
