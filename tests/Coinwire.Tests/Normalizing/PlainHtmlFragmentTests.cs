using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

/// <summary>The markup-free shortcut must return exactly what the HTML parser and sanitizer return.</summary>
public class PlainHtmlFragmentTests
{
    [Theory]
    [InlineData("Bitcoin rallies")]
    [InlineData("  padded\ttext \n")]
    [InlineData("a > b >> c")]
    [InlineData("line\r\nbreaks\rand\nmore\r\n\r\n")]
    [InlineData("\u00a0nbsp\u00a0inside\u00a0")]
    [InlineData("quotes \" and ' stay")]
    [InlineData("controls \u0001\u0007\u000b\u000c\u001f\u007f\u0085 and \u0080\u009f")]
    [InlineData("bom \ufeff, specials \ufffe\ufffd, zero width \u200b\u2028\u2029")]
    [InlineData("emoji 🚀 and CJK 比特币, RTL \u202e")]
    [InlineData("lone surrogate \ud800 end")]
    [InlineData("\u3000ideographic space\u3000")]
    public void MatchesTheSanitizer(string text)
    {
        Assert.True(PlainHtmlFragment.TryEscape(text, out var fast));
        Assert.Equal(HtmlText.SanitizeMarkup(text, null), fast);
    }

    [Theory]
    [InlineData("a < b")]
    [InlineData("AT&T")]
    [InlineData("nul\0char")]
    [InlineData("noncharacter \uffff")]
    public void Markup_IsLeftToTheSanitizer(string text) => Assert.False(PlainHtmlFragment.TryEscape(text, out _));

    [Fact]
    public void RandomText_MatchesTheSanitizer()
    {
        const string alphabet = "ab >\r\n\t \u00a0\u0001\u0085\ufeff\ufffe\u2028é\"'=/";
        var random = new Random(20260212);
        for (var n = 0; n < 300; n++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);
            Assert.True(PlainHtmlFragment.TryEscape(text, out var fast));
            Assert.Equal(HtmlText.SanitizeMarkup(text, null), fast);
        }
    }
}
