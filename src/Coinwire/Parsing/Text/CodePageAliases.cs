using System.Globalization;

namespace Coinwire.Parsing.Text;

/// <summary>
/// Charset labels .NET does not know but feeds use, because the tools that wrote them did: Python's and IANA's
/// aliases (<c>850</c>, <c>cp_is</c>, <c>cspc850multilingual</c>, <c>ebcdic-cp-us</c>, <c>mac-roman</c>,
/// <c>latin9</c> …), mapped to the code page that decodes them.
/// </summary>
internal static class CodePageAliases
{
    private static readonly Dictionary<string, int> Named = new(StringComparer.Ordinal)
    {
        ["cp_is"] = 861,
        ["cp_gr"] = 869,
        ["ibm039"] = 37,
        ["ebcdic_cp_ca"] = 37,
        ["ebcdic_cp_nl"] = 37,
        ["ebcdic_cp_us"] = 37,
        ["ebcdic_cp_wt"] = 37,
        ["ebcdic_cp_be"] = 500,
        ["ebcdic_cp_ch"] = 500,
        ["ebcdic_cp_he"] = 20424,
        ["cspc8codepage437"] = 437,
        ["cspc775baltic"] = 775,
        ["cspc850multilingual"] = 850,
        ["cspcp852"] = 852,
        ["cspc862latinhebrew"] = 862,
        ["cskoi8r"] = 20866,
        ["mac_croatian"] = 10082,
        ["mac_romanian"] = 10010,
        ["macintosh"] = 10000,
        ["csmacintosh"] = 10000,
        ["mac_roman"] = 10000,
        ["macroman"] = 10000,
        ["mac_cyrillic"] = 10007,
        ["maccyrillic"] = 10007,
        ["mac_greek"] = 10006,
        ["macgreek"] = 10006,
        ["mac_iceland"] = 10079,
        ["maciceland"] = 10079,
        ["mac_latin2"] = 10029,
        ["maclatin2"] = 10029,
        ["mac_centeuro"] = 10029,
        ["maccentraleurope"] = 10029,
        ["mac_turkish"] = 10081,
        ["macturkish"] = 10081,
        ["ms_kanji"] = 932,
        ["mskanji"] = 932,
        ["x_mac_trad_chinese"] = 950,
        ["x_mac_simp_chinese"] = 54936,
        ["gb18030_2000"] = 54936,
        ["hz"] = 52936,
        ["hz_gb"] = 52936,
        ["hzgb"] = 52936,
        ["iso2022_jp"] = 50220,
        ["iso2022jp"] = 50220,
        ["iso2022_kr"] = 50225,
        ["iso2022kr"] = 50225,
        ["ks_c_5601_1987"] = 949,
        ["utf_8_sig"] = 65001,
        ["eucjp"] = 51932,
        ["ujis"] = 51932,
        ["u_jis"] = 51932,
        ["s_jis"] = 932,
        ["shiftjis"] = 932,
        ["euckr"] = 949,
        ["ks_c_5601"] = 949,
        ["ks_x_1001"] = 949,
        ["ksx1001"] = 949,
        ["uhc"] = 949,
        ["euccn"] = 54936,
        ["eucgb2312_cn"] = 54936,
        ["gb2312_1980"] = 54936,
        ["gb2312_80"] = 54936,
        ["chinese"] = 54936,
        ["big5_tw"] = 950,
        ["big5hkscs"] = 950,
        ["hkscs"] = 950,
        ["tis620"] = 874,
        ["tis_620_0"] = 874,
        ["tis_620_2529_0"] = 874,
        ["tis_620_2529_1"] = 874,
        ["iso_ir_166"] = 874,
        ["thai"] = 874,
        ["u8"] = 65001,
        ["utf"] = 65001,
        ["utf8_ucs2"] = 65001,
        ["utf8_ucs4"] = 65001,
        ["u16"] = 1200,
        ["unicodelittleunmarked"] = 1200,
        ["unicodebigunmarked"] = 1201,
        ["u32"] = 12000,
        ["utf_32be"] = 12001,
        ["646"] = 1252,
        ["us"] = 1252,
        ["iso646_us"] = 1252,
        ["iso8859"] = 1252,
        ["8859"] = 1252,
        ["latin"] = 1252,
    };

    // latinN / lN is ISO 8859-M, not -N, from Latin-5 on.
    private static readonly int[] LatinToIso8859 = [0, 1, 2, 3, 4, 9, 10, 13, 14, 15, 16];

    /// <summary>
    /// The code page for a label in Python's normalized form (lower case, runs of other characters than letters,
    /// digits and dots as one <c>_</c>), or <see langword="null"/>.
    /// </summary>
    public static int? Find(string key)
    {
        if (Named.TryGetValue(key, out var named))
        {
            return named;
        }
        if ((Number(key, "iso8859_") ?? Number(key, "iso_8859_")) is { } iso)
        {
            return Iso8859(iso);
        }
        if ((Number(key, "latin") ?? Number(key, "l")) is { } latin)
        {
            return latin < LatinToIso8859.Length ? Iso8859(LatinToIso8859[latin]) : null;
        }
        var number = Number(key, "") ?? Number(key, "cp") ?? Number(key, "ibm") ?? Number(key, "csibm") ?? Number(key, "ms")
            ?? Number(key, "windows_");
        return number switch
        {
            null => null,
            // EBCDIC pages .NET numbers in the 20000s.
            273 or 277 or 278 or 280 or 284 or 285 or 297 or 420 or 423 or 424 or 871 or 880 or 905 or 924 => 20000 + number,
            _ => number,
        };
    }

    // Latin-1 as windows-1252 (see EncodingNames), Thai as its superset windows-874.
    private static int Iso8859(int part) => part switch { 1 => 1252, 11 => 874, _ => 28590 + part };

    // The number after prefix, ignoring a trailing _year (iso_8859_2_1987); null when key is not prefix + digits.
    private static int? Number(string key, string prefix)
    {
        if (!key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var rest = key.AsSpan(prefix.Length);
        var year = rest.IndexOf('_');
        if (year > 0 && prefix.Contains("8859", StringComparison.Ordinal))
        {
            rest = rest[..year];
        }
        return rest.Length is > 0 and <= 5 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
