namespace Coinwire.Tests.Parsing;

/// <summary>
/// Charset labels against Python's codecs, which feedparser decodes with (testdata/encodings/python-codecs.tsv):
/// every name of every codec must decode the codec's sample to Python's text, except the codecs listed here.
/// </summary>
public class EncodingLabelTests
{
    // No .NET code page: a feed declaring one of these is decoded as sniffed, with a warning.
    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "utf_7",
        "euc_jis_2004", "euc_jisx0213", "shift_jis_2004", "shift_jisx0213",
        "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext",
    };

    // .NET's table for the code page is older or narrower than Python's: at most this many of the sample's characters
    // come out different. Every other codec must decode the sample exactly as Python does.
    private static readonly Dictionary<string, (int Lacking, string Why)> Approximate = new(StringComparer.Ordinal)
    {
        ["big5"] = (10, "code page 950 has no ETEN extensions (Cyrillic, kana) and reads £ ¥ as fullwidth forms"),
        ["cp950"] = (10, "as big5"),
        ["big5hkscs"] = (12, "read as code page 950: HKSCS and ETEN characters are lost"),
        ["euc_jp"] = (9, "code page 51932 has no JIS X 0212 (accented Latin letters, three bytes each)"),
        ["iso2022_jp"] = (2, "JIS-Roman ¥ read as a backslash, £ as fullwidth"),
        ["iso8859_7"] = (5, "the 1987 table: no € ₯ ͺ, and ‘ ’ as modifier letters"),
        ["iso8859_8"] = (1, "¯ read as overline"),
        ["koi8_u"] = (2, "code page 21866 is KOI8-RU (ў Ў where KOI8-U has box drawing)"),
        ["mac_roman"] = (1, "Ω read as the ohm sign (Apple's table before 1997)"),
        ["mac_turkish"] = (1, "as mac_roman"),
        ["mac_iceland"] = (2, "as mac_roman, and the euro sign"),
        ["mac_croatian"] = (2, "as mac_roman, and the euro sign"),
        ["mac_greek"] = (2, "the euro sign and soft hyphen of Apple's later table"),
        ["mac_cyrillic"] = (3, "Ґ ґ € of Apple's later table"),
        ["mac_romanian"] = (6, "Ș ș Ț ț read with cedillas"),
        ["cp273"] = (1, "IBM's two tables for 0xA1 (overline or macron)"),
        ["cp424"] = (2, "two punctuation marks of IBM's later table"),
        ["utf_8_sig"] = (0, "the decoder keeps the byte order mark, which FeedDecoder strips before decoding"),
    };

    public static TheoryData<string> Codecs => new(PythonCodec.All.Select(c => c.Codec));

    [Theory]
    [MemberData(nameof(Codecs))]
    public void EncodingLabel_EveryPythonNameDecodesLikePython(string codec)
    {
        var row = PythonCodec.All.Single(c => c.Codec == codec);
        int? allowed = Approximate.TryGetValue(codec, out var approximate) ? approximate.Lacking : null;
        var wrong = new List<string>();
        foreach (var label in row.Labels)
        {
            var text = row.DecodeAs(label);
            if (Unsupported.Contains(codec))
            {
                if (text is not null)
                {
                    wrong.Add($"{label}: listed as unsupported, but resolved");
                }
                continue;
            }
            var (lacking, first) = text is null ? (int.MaxValue, "unknown") : row.Difference(text);
            if (allowed is null ? text != row.Text : lacking > allowed)
            {
                wrong.Add($"{label}: {first}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void EncodingLabel_ListedCodecsAreInTheTable()
    {
        var codecs = PythonCodec.All.Select(c => c.Codec).ToHashSet(StringComparer.Ordinal);
        Assert.All(Unsupported.Concat(Approximate.Keys), c => Assert.Contains(c, codecs));
    }
}
