using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Coinwire.Articles;

/// <summary>
/// Builds the front matter model from YamlDotNet's event parser, resolving scalars as js-yaml 3's safeLoad does.
/// Every failure surfaces as <see cref="ArticleFormatException"/> with a file line number.
/// </summary>
internal static partial class YamlReader
{
    private const int MaxDepth = 64;
    private const string YamlTagPrefix = "tag:yaml.org,2002:";

    public static FrontMatterMapping ReadMapping(string yaml, int firstLine)
    {
        for (var repairs = 0; ; repairs++)
        {
            var reader = new Reader(new Parser(new StringReader(yaml)), firstLine - 1);
            try
            {
                return reader.ReadStream();
            }
            catch (ArticleFormatException)
            {
                throw;
            }
            catch (SemanticErrorException ex) when (repairs < 1000
                && ex.Message.Contains("found extra spaces in first line", StringComparison.Ordinal)
                && LiteralBlockRepair.TryRewrite(ref yaml, (int)ex.Start.Line))
            {
            }
            catch (YamlException ex)
            {
                // Start is where the construct began (an opening quote), End where the problem showed (a tab); name both.
                var found = ex.End.Line != ex.Start.Line ? $" (found at line {ex.End.Line + reader.LineOffset})" : "";
                throw new ArticleFormatException(OneLine(ex.Message) + found, (int)ex.Start.Line + reader.LineOffset, ex);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                throw new ArticleFormatException("unreadable YAML: " + OneLine(ex.Message), reader.CurrentLine, ex);
            }
        }
    }

    private static string OneLine(string message) =>
        Whitespace().Replace(MarkPrefix().Replace(message, ""), " ").Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class Reader(IParser parser, int lineOffset)
    {
        private readonly Dictionary<string, FrontMatterNode> _anchors = new(StringComparer.Ordinal);

        public int LineOffset => lineOffset;

        public int CurrentLine { get; private set; } = lineOffset + 1;

        public FrontMatterMapping ReadStream()
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return [];
            }
            var start = parser.Consume<DocumentStart>();
            var root = ReadNode(0);
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _))
            {
                throw new ArticleFormatException("the front matter holds more than one YAML document", Line(parser.Current?.Start ?? start.Start));
            }
            return root as FrontMatterMapping
                ?? throw new ArticleFormatException("the front matter must be a mapping of keys to values", Line(start.End));
        }

        private int Line(Mark mark) => (int)mark.Line + lineOffset;

        private FrontMatterNode ReadNode(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new ArticleFormatException($"nesting deeper than {MaxDepth} levels", CurrentLine);
            }
            var next = parser.Current ?? throw new ArticleFormatException("unexpected end of the YAML", CurrentLine);
            CurrentLine = Line(next.Start);
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                return _anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target.DeepClone()
                    : throw new ArticleFormatException($"unknown alias '*{alias.Value.Value}'", Line(alias.Start));
            }
            FrontMatterNode node;
            AnchorName anchor;
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                (node, anchor) = (ReadScalar(scalar), scalar.Anchor);
            }
            else if (parser.TryConsume<SequenceStart>(out var seqStart))
            {
                CheckCollectionTag(seqStart.Tag, "seq", seqStart.Start);
                var seq = new FrontMatterSequence();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    seq.Items.Add(ReadNode(depth + 1));
                }
                (node, anchor) = (seq, seqStart.Anchor);
            }
            else if (parser.TryConsume<MappingStart>(out var mapStart))
            {
                CheckCollectionTag(mapStart.Tag, "map", mapStart.Start);
                (node, anchor) = (ReadMappingBody(depth), mapStart.Anchor);
            }
            else
            {
                throw new ArticleFormatException($"unexpected YAML event {next.GetType().Name}", Line(next.Start));
            }
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
            }
            return node;
        }

        private FrontMatterMapping ReadMappingBody(int depth)
        {
            var map = new FrontMatterMapping();
            var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current;
                var keyLine = Line(keyEvent!.Start);
                if (keyEvent is not Scalar keyScalar)
                {
                    throw new ArticleFormatException("a mapping key must be a plain or quoted scalar, not a collection or alias", keyLine);
                }
                parser.MoveNext();
                if (keyScalar.Style == ScalarStyle.Plain && keyScalar.Tag.IsEmpty && keyScalar.Value == "<<")
                {
                    throw new ArticleFormatException("merge keys ('<<') are not supported", keyLine);
                }
                var resolved = ReadScalar(keyScalar);
                // js-yaml turns keys into strings; a date key would become locale text, so its source text is kept.
                var key = resolved.Kind == ScalarKind.Timestamp ? keyScalar.Value : resolved.ToString();
                if (keyLines.TryGetValue(key, out var firstLine))
                {
                    throw new ArticleFormatException($"duplicated mapping key '{key}' (first on line {firstLine})", keyLine);
                }
                keyLines[key] = keyLine;
                map.Add(key, ReadNode(depth + 1));
            }
            return map;
        }

        private FrontMatterScalar ReadScalar(Scalar scalar)
        {
            var line = Line(scalar.Start);
            var text = scalar.Value;
            try
            {
                if (scalar.Tag.IsEmpty)
                {
                    return scalar.Style == ScalarStyle.Plain ? ScalarResolver.ResolvePlain(text) : FrontMatterScalar.FromString(text);
                }
                var tag = scalar.Tag.Value;
                if (tag == "!")
                {
                    return FrontMatterScalar.FromString(text);
                }
                var type = tag.StartsWith(YamlTagPrefix, StringComparison.Ordinal) ? tag[YamlTagPrefix.Length..] : tag;
                var valid = type switch
                {
                    "str" => true,
                    "null" => text.Length == 0 || ScalarResolver.IsNull(text),
                    "bool" => ScalarResolver.IsBool(text),
                    "int" => ScalarResolver.IsInt(text),
                    "float" => ScalarResolver.IsFloat(text),
                    "timestamp" => ScalarResolver.IsTimestamp(text),
                    _ => throw new ArticleFormatException($"unsupported tag '{tag}'", line),
                };
                if (!valid)
                {
                    throw new ArticleFormatException($"'{text}' is not a valid !!{type}", line);
                }
                return type == "str" ? FrontMatterScalar.FromString(text) : ScalarResolver.ResolvePlain(text);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new ArticleFormatException($"timestamp '{text}' is out of range", line, ex);
            }
        }

        private void CheckCollectionTag(TagName tag, string expected, Mark start)
        {
            if (!tag.IsEmpty && tag.Value != "!" && tag.Value != YamlTagPrefix + expected)
            {
                throw new ArticleFormatException($"unsupported tag '{tag.Value}'", Line(start));
            }
        }
    }
}
