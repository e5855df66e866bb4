using System.Text.RegularExpressions;

namespace Coinwire.Articles;

/// <summary>
/// Works around a YamlDotNet 16 scanner bug: a literal block with an explicit indentation indicator (<c>|2-</c>)
/// whose first line holds only spaces beyond the indentation is rejected ("found extra spaces in first line"),
/// though it is valid YAML and js-yaml writes it for strings such as <c>"   \nx"</c>. The block is decoded here
/// and put back as the equivalent double-quoted scalar, then the text is parsed again.
/// </summary>
internal static partial class LiteralBlockRepair
{
    /// <summary>Rewrites the explicit-indentation literal block whose content starts on 1-based <paramref name="contentLine"/>.</summary>
    public static bool TryRewrite(ref string yaml, int contentLine)
    {
        var lines = yaml.Split('\n');
        var header = contentLine - 2;
        while (header >= 0 && lines[header].Trim().Length == 0)
        {
            header--;
        }
        var m = header >= 0 ? Header().Match(lines[header].TrimEnd('\r')) : Match.Empty;
        if (!m.Success || (m.Groups["key"].Length == 0 && m.Groups["dashes"].Length == 0))
        {
            return false;
        }
        var owner = m.Groups["sp"].Length + m.Groups["dashes"].Length - (m.Groups["key"].Success ? 0 : 2);
        var indent = owner + (m.Groups["ind"].Value[0] - '0');
        var end = header + 1;
        var content = new List<string>();
        // The split leaves a last element after the final newline; it is not a line of the block.
        for (; end < lines.Length - 1; end++)
        {
            var line = lines[end].TrimEnd('\r');
            var spaces = line.Length - line.TrimStart(' ').Length;
            if (spaces < indent && line.Trim(' ').Length > 0)
            {
                break;
            }
            content.Add(line.Length > indent ? line[indent..] : "");
        }
        var value = string.Concat(content.Select(l => l + "\n"));
        value = m.Groups["chomp"].Value switch
        {
            "-" => value.TrimEnd('\n'),
            "+" => value,
            _ => value.TrimEnd('\n') is { Length: > 0 } clipped ? clipped + "\n" : "",
        };
        lines[header] = m.Groups["prefix"].Value + "\"" + ScalarWriter.Escape(value) + "\"";
        // Keep the line count so later line numbers in messages stay right.
        for (var i = header + 1; i < end; i++)
        {
            lines[i] = "";
        }
        yaml = string.Join('\n', lines);
        return true;
    }

    [GeneratedRegex(@"^(?<prefix>(?<sp> *)(?<dashes>(?:- )*)(?:(?<key>.*): )?)\|(?<ind>[1-9])(?<chomp>[+-]?)\z")]
    private static partial Regex Header();
}
