using System.Text;

namespace Coinwire.Parsing.Text;

/// <summary>Maps charset labels from HTTP headers and XML declarations to decoders, WHATWG-style.</summary>
internal static class EncodingNames
{
    /// <summary>The decoder for <paramref name="label"/>, or <see langword="null"/> when the name is unknown.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }
        var name = Canonical(label.Trim().Trim('"', '\'').ToLowerInvariant());
        if (name != "utf-8")
        {
            // UTF-8, the usual label, is built in; registering the code pages costs ~5 ms of a short run.
            EncodingSetup.EnsureRegistered();
        }
        return Get(name) ?? FromAlias(name);
    }

    /// <summary>True for UTF-16 and UTF-32 in any byte order.</summary>
    public static bool IsWide(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    // A label .NET does not know, read the way Python's codecs read it (feedparser, and the tools that wrote many
    // feeds): runs of other characters than letters, digits and dots become one '_'.
    private static Encoding? FromAlias(string name)
    {
        var key = PythonKey(name);
        var hyphenated = key.Replace('_', '-');
        if (key != name && Get(key) is { } named)
        {
            return named;
        }
        if (hyphenated != name && Get(Canonical(hyphenated)) is { } encoding)
        {
            return encoding;
        }
        return (CodePageAliases.Find(key) is { } codePage ? Get(codePage) : null) ?? SingleByteCodePages.Find(key);
    }

    private static string PythonKey(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != '_')
            {
                key.Append('_');
            }
        }
        return key.ToString().TrimEnd('_');
    }

    private static Encoding? Get(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding? Get(int codePage)
    {
        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    // Latin-1 and ASCII labels decode as windows-1252 (a superset that gives 0x80-0x9F their intended
    // meaning); GB2312/GBK as GB18030 and EUC-KR as code page 949, the supersets browsers use.
    private static string Canonical(string name) => name switch
    {
        "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "latin-1" or "l1" or "iso-latin-1" or "cp819"
            or "ibm819" or "iso-ir-100" or "us-ascii" or "ascii" or "ansi_x3.4-1968" or "cp1252" or "x-cp1252" => "windows-1252",
        "gb2312" or "gbk" or "x-gbk" or "cp936" or "euc-cn" or "gb_2312-80" or "csgb2312" => "gb18030",
        "euc-kr" or "cp949" or "windows-949" or "ks_c_5601-1987" or "ksc5601" => "ks_c_5601-1987",
        "utf8" or "unicode-1-1-utf-8" => "utf-8",
        "shift-jis" or "sjis" or "x-sjis" or "ms_kanji" or "windows-31j" or "csshiftjis" => "shift_jis",
        "utf-16le" or "utf16le" or "ucs-2" or "unicode" => "utf-16",
        "utf16" or "utf16be" => name == "utf16" ? "utf-16" : "utf-16be",
        "utf32" or "utf32le" or "utf-32le" => "utf-32",
        _ when name.Length == 6 && name.StartsWith("cp125", StringComparison.Ordinal) => "windows-" + name[2..],
        _ => name,
    };
}
