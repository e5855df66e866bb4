using System.Text;
using System.Text.RegularExpressions;
using Coinwire.Common;
using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

/// <summary>
/// False-positive check on far more text than titles: every line of every corpus feed, decoded as UTF-8 when the bytes
/// are valid UTF-8, else with the encoding its XML declaration names (Latin-1, cp1251, KOI8-R, EUC-KR, GB2312, ISO-8859-7 …).
/// </summary>
public partial class MojibakeRawCorpusTests
{
    // Files whose correctly decoded text still contains mojibake, verified by reading the flagged lines.
    private static readonly Dictionary<string, string> KnownMojibake = new()
    {
        ["crypto/035-reuters-2018.xml"] = "copyright line reads \"Â© Reuters 2017\"",
        ["general/004-verge-atom.xml"] = "â€™ throughout (fixture saved through a cp1252 round trip)",
        ["general/010-rss10-20minutos.xml"] = "channel description \"informaciÃ³n … EspaÃ±a\"",
        ["general/014-romatoday-entities.xml"] = "ComunitÃ , GesÃ¹, â€œ…â€",
        ["general/015-themirror-media.xml"] = "AssociaÃ§Ã£o, Â£31 million, â€™",
        ["general/016-thomasmaurer-entities.xml"] = "NBSP as \"Â \" (TechDaysÂ 2017)",
        ["general/018-yandex-russia.xml"] = "MANIFEST: double-encoded Cyrillic",
        ["general/019-japantimes.xml"] = "â€™ and â€œ…â€",
        ["general/020-derstandard-bom.xml"] = "fÃ¼hrenden QualitÃ¤tszeitung Ã–sterreichs",
        ["general/021-lemonde-enclosure.xml"] = "ActualitÃ©s, SociÃ©tÃ©",
        ["general/040-fp-demoronize-cp1252-in-utf8.xml"] = "MANIFEST: U+0092 (cp1252 ’ as a C1 control) in \"don\\u0092t\"",
    };

    // Declared encodings that do not describe the bytes (MANIFEST): nothing meaningful to check.
    private static readonly HashSet<string> Undecodable =
    [
        "general/036-fp-utf16le-bom.xml", "general/037-fp-utf16le-nobom.xml", "general/038-fp-utf32be-autodetect.xml",
        "general/043-fp-linenoise-bozo.xml", "general/044-fp-invalid-bytes-with-bom.xml", "general/045-fp-shiftjis-undeclared.xml",
    ];

    [Fact]
    public void CorpusFeedText_OnlyKnownFilesAreFlagged()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var strict = new UTF8Encoding(false, true);
        var root = RepoPaths.Shared("corpus", "feeds");
        var flaggedFiles = new HashSet<string>();
        var unexpected = new List<string>();
        foreach (var dir in new[] { "crypto", "general" })
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(root, dir)).Order(StringComparer.Ordinal))
            {
                var file = dir + "/" + Path.GetFileName(path);
                if (Undecodable.Contains(file) || Decode(File.ReadAllBytes(path), strict) is not { } text)
                {
                    continue;
                }
                foreach (var line in text.Split('\n').Where(Mojibake.IsLikely))
                {
                    flaggedFiles.Add(file);
                    Assert.False(Mojibake.IsLikely(Mojibake.Repair(line)), $"{file}: {line}");
                    if (!KnownMojibake.ContainsKey(file))
                    {
                        unexpected.Add($"{file}: {line.Trim()}");
                    }
                }
            }
        }
        Assert.Empty(unexpected);
        Assert.Equal(KnownMojibake.Keys.Order(StringComparer.Ordinal), flaggedFiles.Order(StringComparer.Ordinal));
    }

    private static string? Decode(byte[] bytes, Encoding strict)
    {
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(200, bytes.Length));
            var declared = DeclaredEncoding().Match(head);
            return Encoding.GetEncoding(declared.Success ? declared.Groups[1].Value : "iso-8859-1").GetString(bytes);
        }
    }

    [GeneratedRegex("encoding=[\"']([^\"']+)")]
    private static partial Regex DeclaredEncoding();
}
