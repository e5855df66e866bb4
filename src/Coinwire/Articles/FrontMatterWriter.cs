namespace Coinwire.Articles;

/// <summary>gray-matter 4's <c>stringify</c> around js-yaml's dump.</summary>
public static class FrontMatterWriter
{
    /// <summary>The YAML of <paramref name="data"/> alone, as js-yaml 3.14.1 <c>safeDump(data, {lineWidth: -1})</c> returns it (ends with a newline).</summary>
    public static string DumpYaml(FrontMatterMapping data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return YamlDumper.Dump(data);
    }

    /// <summary>The whole file as gray-matter 4 <c>matter.stringify(body, data, {lineWidth: -1})</c> writes it.</summary>
    public static string Render(FrontMatterMapping data, string body)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(body);
        var matter = TrimJs(YamlDumper.Dump(data));
        var head = matter == "{}" ? "" : "---\n" + Newline(matter) + "---\n";
        // gray-matter parses the body string as a file first, which strips a leading BOM.
        return head + Newline(body.StartsWith('\uFEFF') ? body[1..] : body);
    }

    private static string Newline(string s) => s.EndsWith('\n') ? s : s + "\n";

    // JavaScript's String.prototype.trim: WhiteSpace and LineTerminator, wider than char.IsWhiteSpace in places.
    private static string TrimJs(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsJsWhitespace(s[start]))
        {
            start++;
        }
        while (end > start && IsJsWhitespace(s[end - 1]))
        {
            end--;
        }
        return s[start..end];
    }

    private static bool IsJsWhitespace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
