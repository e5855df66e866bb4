using System.Diagnostics;
using System.Text;
using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

/// <summary>Odd input must not throw, hang or blow the stack.</summary>
public class HtmlTextRobustnessTests
{
    public static TheoryData<string, string> OddInputs()
    {
        var random = new Random(42);
        var garbage = new char[100_000];
        for (var i = 0; i < garbage.Length; i++)
        {
            garbage[i] = (char)random.Next(0, 0xFFFF);
        }
        var bytes = new byte[100_000];
        random.NextBytes(bytes);
        return new TheoryData<string, string>
        {
            { "huge 5 MB", string.Concat(Enumerable.Repeat("<p>Bitcoin <b>price</b> &amp; <a href=\"/x\">news</a></p>\n", 5_000_000 / 60)) },
            { "100k nested divs", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 100_000)) },
            { "100k nested b unclosed", string.Concat(Enumerable.Repeat("<b><i>", 100_000)) + "deep" },
            { "100k nested spans one line", string.Concat(Enumerable.Repeat("<span>x", 100_000)) },
            { "binary garbage chars", new string(garbage) },
            { "binary garbage bytes as latin1", Encoding.Latin1.GetString(bytes) },
            { "many bogus comments", string.Concat(Enumerable.Repeat("<!", 1_000_000)) },
            { "many unclosed quotes", string.Concat(Enumerable.Repeat("<a x=\"", 200_000)) },
            { "many lt", new string('<', 1_000_000) },
            { "many amp", string.Concat(Enumerable.Repeat("&#", 500_000)) },
            { "unclosed tags", "<p><b><i>unclosed <a href='x" },
            { "script in title", "<script>alert(1)</script>Bitcoin<script" },
            { "lone surrogates", "\uD800<b>\uDC00</b>&#xD800;" },
            { "nul chars", "a\0b<p\0>c" },
        };
    }

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void ToPlainText_NeverThrows_AndIsFast(string name, string input)
    {
        var sw = Stopwatch.StartNew();
        var text = HtmlText.ToPlainText(input);
        Assert.NotNull(text);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"{name}: {sw.Elapsed}");
    }

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void Sanitize_NeverThrows(string name, string input)
    {
        var sw = Stopwatch.StartNew();
        var html = HtmlText.Sanitize(input, new Uri("https://example.com/feed"));
        Assert.NotNull(html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), $"{name}: {sw.Elapsed}");
    }

    [Fact]
    public void DeepNesting_KeepsText()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        Assert.Equal("deep text", HtmlText.ToPlainText(deep));
        Assert.Equal("<p>deep text</p>", HtmlText.Sanitize(deep));
    }
}
