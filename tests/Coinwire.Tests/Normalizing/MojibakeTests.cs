using System.Text;
using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

public class MojibakeTests
{
    private static readonly Encoding Windows1252 = GetWindows1252();

    public static TheoryData<string> CorrectText() =>
    [
        "déjà vu", "À bientôt", "« Il a dit : café… »", "Le prix a baissé…»", "PERCHÉ… COSÌ… CITTÀ”",
        "Größe", "Übermäßig", "„Gruß“ aus Köln", "ÄRGER’s", "¿Qué?", "¡Hola, España! AÑO 2024",
        "São Paulo", "NÃO", "IRMÃ e AVÔ”", "JOSÉ’s café", "CAFÉ…", "tête…”", "ACCIÓ”", "PÅ… Ærø Ørsted",
        "Zażółć gęślą jaźń", "Příliš žluťoučký kůň", "İstanbul'da şık", "învățământ", "Привет, мир! Биткоин растёт",
        "Καλημέρα κόσμε", "比特币价格上涨", "ビットコイン価格が急騰", "비트코인 가격", "مرحبا بالعالم", "שלום עולם",
        "🚀 BTC to the moon 🌕", "£5 and €10", "© 2024 Coinwire™ ®", "½ price at 20°C, ×2, 50 µg ±3",
        "naïve façade", "Straße – „Maß“ — ‘quoted’ «guillemets»", "Ελλάδα: τιμή ↑ 5%", "Ça va? Où êtes-vous?",
    ];

    [Theory]
    [MemberData(nameof(CorrectText))]
    public void CorrectText_IsLeftAlone(string text)
    {
        Assert.False(Mojibake.IsLikely(text));
        Assert.Equal(text, Mojibake.Repair(text));
    }

    [Theory]
    [InlineData("Thisâ€¦", "This…")]
    [InlineData("itâ€™s", "it’s")]
    [InlineData("â€œquotedâ€\u009d", "“quoted”")]
    [InlineData("cafÃ©", "café")]
    [InlineData("Ã¢â‚¬â„¢", "’")]
    [InlineData("Price: Â£5 Â© 2024", "Price: £5 © 2024")]
    [InlineData("Ãœber die BrÃ¼cke", "Über die Brücke")]
    [InlineData("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет")]
    [InlineData("ðŸš€ moon", "🚀 moon")]
    [InlineData("end quote lostâ€ here", "end quote lost” here")]
    [InlineData("Windows-1252 as Latin-1: it\u0092s", "Windows-1252 as Latin-1: it’s")]
    [InlineData("â\u0080¦", "…")]
    [InlineData("ï»¿Title", "Title")]
    [InlineData("Mixed: cafÃ© and a correct ’ and « déjà »", "Mixed: café and a correct ’ and « déjà »")]
    [InlineData("Ð² Ð¼Ð¸Ñ€Ðµ", "в мире")]
    [InlineData("Ã¤Â¸Â­Ã¦â€“â€¡", "中文")]
    public void KnownMojibake_IsRepaired(string broken, string expected)
    {
        Assert.True(Mojibake.IsLikely(broken));
        Assert.Equal(expected, Mojibake.Repair(broken));
        Assert.False(Mojibake.IsLikely(expected));
        Assert.Equal(expected, Mojibake.Repair(expected));
    }

    [Theory]
    [MemberData(nameof(CorrectText))]
    public void EncodedOnceAsWindows1252_IsRepaired(string text) => AssertRoundTrip(text, Windows1252, 1);

    [Theory]
    [MemberData(nameof(CorrectText))]
    public void EncodedTwiceAsWindows1252_IsRepaired(string text) => AssertRoundTrip(text, Windows1252, 2);

    [Theory]
    [MemberData(nameof(CorrectText))]
    public void EncodedOnceAsLatin1_IsRepaired(string text) => AssertRoundTrip(text, Encoding.Latin1, 1);

    [Theory]
    [MemberData(nameof(CorrectText))]
    public void EncodedTwiceAsLatin1_IsRepaired(string text) => AssertRoundTrip(text, Encoding.Latin1, 2);

    [Fact]
    public void ReferenceArticleDescription_IsLikelyMojibake()
    {
        var line = File.ReadLines(Coinwire.Common.RepoPaths.Shared("reference", "article.md"))
            .First(l => l.StartsWith("description:", StringComparison.Ordinal));
        Assert.True(Mojibake.IsLikely(line));
        var repaired = Mojibake.Repair(line);
        Assert.EndsWith("This…'", repaired, StringComparison.Ordinal);
        Assert.False(Mojibake.IsLikely(repaired));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII only")]
    [InlineData("\uD800 lone surrogate Ã")]
    [InlineData("Ã")]
    [InlineData("â€")]
    [InlineData("ð")]
    public void OddInput_DoesNotThrow(string text)
    {
        _ = Mojibake.IsLikely(text);
        _ = Mojibake.Repair(text);
    }

    internal static string Garble(string text, Encoding wrong, int times)
    {
        for (var i = 0; i < times; i++)
        {
            text = wrong.GetString(Encoding.UTF8.GetBytes(text));
        }
        return text;
    }

    internal static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static void AssertRoundTrip(string text, Encoding wrong, int times)
    {
        var broken = Garble(text, wrong, times);
        Assert.NotEqual(text, broken);
        Assert.True(Mojibake.IsLikely(broken), broken);
        Assert.Equal(text, Mojibake.Repair(broken));
    }
}
