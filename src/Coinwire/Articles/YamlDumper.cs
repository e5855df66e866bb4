using System.Text;

namespace Coinwire.Articles;

/// <summary>
/// A port of js-yaml 3.14.1 <c>safeDump(data, {lineWidth: -1})</c> (<c>lib/js-yaml/dumper.js</c>): two-space
/// indent, block style, no folding, no anchors (the model is a tree).
/// </summary>
internal static class YamlDumper
{
    private const int IndentWidth = 2;
    private const int MaxImplicitKeyLength = 1024;

    /// <summary>The YAML for <paramref name="root"/>, ending with a newline, exactly as js-yaml writes it.</summary>
    public static string Dump(FrontMatterMapping root) => WriteNode(0, root, compact: true, isKey: false) + "\n";

    private static string WriteNode(int level, FrontMatterNode node, bool compact, bool isKey) => node switch
    {
        FrontMatterMapping { Count: > 0 } map => WriteBlockMapping(level, map, compact),
        FrontMatterMapping => "{}",
        FrontMatterSequence { Items.Count: > 0 } seq => WriteBlockSequence(level, seq, compact),
        FrontMatterSequence => "[]",
        FrontMatterScalar { Kind: ScalarKind.String } s => ScalarWriter.Write(s.StringValue!, level, isKey),
        FrontMatterScalar s => Represent(s),
        _ => throw new ArgumentException($"Unknown node type {node.GetType().Name}.", nameof(node)),
    };

    private static string Represent(FrontMatterScalar scalar) => scalar.Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Bool => scalar.BoolValue!.Value ? "true" : "false",
        ScalarKind.Timestamp => FrontMatterScalar.FormatIso(scalar.TimestampValue!.Value),
        _ => JsNumber.ToYaml(scalar.NumberValue!.Value),
    };

    private static string WriteBlockSequence(int level, FrontMatterSequence sequence, bool compact)
    {
        var result = new StringBuilder();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var dump = WriteNode(level + 1, sequence.Items[i], compact: true, isKey: false);
            if (!compact || i != 0)
            {
                result.Append(NextLine(level));
            }
            result.Append(dump.StartsWith('\n') ? "-" : "- ").Append(dump);
        }
        return result.ToString();
    }

    private static string WriteBlockMapping(int level, FrontMatterMapping mapping, bool compact)
    {
        var result = new StringBuilder();
        var first = true;
        foreach (var key in JsKeyOrder(mapping.Keys))
        {
            if (!compact || !first)
            {
                result.Append(NextLine(level));
            }
            first = false;
            var keyDump = ScalarWriter.Write(key, level + 1, isKey: true);
            var explicitPair = keyDump.Length > MaxImplicitKeyLength;
            if (explicitPair)
            {
                result.Append(keyDump.StartsWith('\n') ? "?" : "? ");
            }
            result.Append(keyDump);
            if (explicitPair)
            {
                result.Append(NextLine(level));
            }
            var valueDump = WriteNode(level + 1, mapping[key]!, compact: explicitPair, isKey: false);
            result.Append(valueDump.StartsWith('\n') ? ":" : ": ").Append(valueDump);
        }
        return result.ToString();
    }

    private static string NextLine(int level) => "\n" + new string(' ', IndentWidth * level);

    /// <summary>
    /// <c>Object.keys</c> order: keys that are array indices ("0", "42") come first in numeric order, then the
    /// others in insertion order; a JavaScript object cannot hold them any other way.
    /// </summary>
    internal static IEnumerable<string> JsKeyOrder(IReadOnlyList<string> keys)
    {
        var indices = keys.Where(IsArrayIndex).ToList();
        if (indices.Count == 0)
        {
            return keys;
        }
        return indices.OrderBy(k => uint.Parse(k, System.Globalization.CultureInfo.InvariantCulture))
            .Concat(keys.Where(k => !IsArrayIndex(k)));
    }

    private static bool IsArrayIndex(string key) =>
        key.Length is > 0 and <= 10
        && (key == "0" || key[0] is >= '1' and <= '9')
        && key.All(char.IsAsciiDigit)
        && ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture) < uint.MaxValue;
}
