using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Coinwire.Normalizing;

/// <summary>
/// Sanitizing without a DOM for the well-formed HTML most feeds carry: the exact string <see cref="FeedHtmlSanitizer"/>
/// (AngleSharp's tree builder, HtmlSanitizer, our post-processing and serializer) returns, written in one pass.
/// </summary>
/// <remarks>
/// The pass accepts only input whose tree follows from its tag sequence by the tree builder's simple rules: an end tag
/// closes the current element (after any open <c>p</c>, <c>li</c>, <c>dd</c>, <c>dt</c> whose end tag was omitted); a
/// block start tag may close the current <c>p</c>, a list item the previous one; tables are strictly structured; no
/// nested <c>a</c>, no <c>li</c> outside a list, no heading in a heading. Only the tags of <see cref="FastHtmlTags"/>,
/// plain comments, and character references decoded the same way in every tokenizer state. For everything else it
/// returns false and the caller runs the full sanitizer, so the fast path can only ever be slower to give up, never
/// different. The tests compare both on every corpus body and on generated tag soup.
/// </remarks>
internal static class FastHtmlSanitizer
{
    private static readonly SearchValues<char> Refused = SearchValues.Create("\0\uffff");

    private static readonly List<KeyValuePair<string, string>> NoAttributes = [];

    [ThreadStatic]
    private static Buffers? _buffers;

    /// <summary>The sanitized form of <paramref name="html"/> (relative URLs against <paramref name="baseUrl"/>), or false.</summary>
    public static bool TrySanitize(string html, string baseUrl, [NotNullWhen(true)] out string? result)
    {
        result = null;
        if (html.AsSpan().ContainsAny(Refused))
        {
            return false;
        }
        var s = html.Contains('\r') ? html.Replace("\r\n", "\n").Replace('\r', '\n') : html;
        var b = _buffers ??= new Buffers();
        b.Reset();
        var writer = new Writer(b, BaseUrl.Of(baseUrl));
        if (!writer.Run(s))
        {
            return false;
        }
        result = b.Output.ToString().Trim();
        return true;
    }

    private sealed class Buffers
    {
        public readonly StringBuilder Output = new();
        public readonly StringBuilder Scratch = new();
        public readonly List<KeyValuePair<string, string>> Attributes = [];
        public readonly List<KeyValuePair<string, string>> Kept = [];
        public readonly List<(string Name, FastTag Kind)> Open = [];

        public void Reset()
        {
            Output.Clear();
            Open.Clear();
            if (Output.Capacity > 1 << 20)
            {
                Output.Capacity = 1024;
            }
        }
    }

    private sealed class Writer(Buffers b, BaseUrl baseUrl)
    {
        private readonly StringBuilder sb = b.Output;
        private int anchorStart = -1;
        private bool anchorKept;
        private int preContent = -1;

        public bool Run(string s)
        {
            var i = 0;
            while (i < s.Length)
            {
                var next = s.AsSpan(i).IndexOfAny('<', '&');
                if (next != 0 && !Text(next < 0 ? s.AsSpan(i) : s.AsSpan(i, next)))
                {
                    return false;
                }
                if (next < 0)
                {
                    break;
                }
                i += next;
                if (!(s[i] == '&' ? Reference(s, ref i) : Markup(s, ref i)))
                {
                    return false;
                }
            }
            for (var n = b.Open.Count - 1; n >= 0; n--)
            {
                Close(b.Open[n]);
            }
            return true;
        }

        private bool Text(ReadOnlySpan<char> text)
        {
            if (sb.Length == preContent && text.Length > 0 && text[0] == '\n')
            {
                return false;
            }
            // Text other than whitespace straight inside a table is moved before it ("foster parenting").
            if (b.Open.Count > 0 && b.Open[^1].Kind.HasFlag(FastTag.TableBox) && text.ContainsAnyExcept(" \t\n\f"))
            {
                return false;
            }
            anchorKept |= anchorStart >= 0 && !text.IsWhiteSpace();
            FastHtmlText.AppendText(sb, text);
            return true;
        }

        private bool Reference(string s, ref int i)
        {
            b.Scratch.Clear();
            switch (FastHtmlText.Read(s, i, b.Scratch, inAttribute: false, out var end))
            {
                case FastHtmlText.Reference.Unsupported:
                    return false;
                case FastHtmlText.Reference.Literal:
                    b.Scratch.Append('&');
                    break;
            }
            i = end;
            Span<char> decoded = stackalloc char[b.Scratch.Length];
            b.Scratch.CopyTo(0, decoded, decoded.Length);
            return Text(decoded);
        }

        private bool Markup(string s, ref int i)
        {
            var c = i + 1 < s.Length ? s[i + 1] : '\0';
            if (char.IsAsciiLetter(c))
            {
                return StartTag(s, ref i);
            }
            if (c == '/')
            {
                return i + 2 < s.Length && char.IsAsciiLetter(s[i + 2]) && EndTag(s, ref i);
            }
            if (c == '!')
            {
                return FastHtmlSkips.Comment(s, ref i);
            }
            if (c == '?')
            {
                return false;
            }
            i++;
            return Text("<");
        }

        private bool StartTag(string s, ref int i)
        {
            if (!TryName(s, i + 1, out var name, out i) || !FastHtmlTags.TryGet(name, out var kind)
                || !FastHtmlAttributes.TryRead(s, ref i, b.Attributes, b.Scratch, out var selfClosing))
            {
                return false;
            }
            if (kind.HasFlag(FastTag.RawText))
            {
                return FastHtmlSkips.RawText(s, name, empty: false, ref i);
            }
            if (kind.HasFlag(FastTag.Ignored))
            {
                return !b.Open.Exists(o => o.Kind.HasFlag(FastTag.TableBox) || o.Kind.HasFlag(FastTag.TableCell));
            }
            // An a inside an open a closes it, and the ordinary elements opened since (the adoption agency with no
            // formatting or special element in between).
            if (kind.HasFlag(FastTag.Anchor) && anchorStart >= 0)
            {
                var open = b.Open.FindLastIndex(o => o.Name == "a");
                if (open < 0 || !b.Open.Skip(open + 1).All(o => FastHtmlTags.IsOrdinary(o.Name, o.Kind)))
                {
                    return false;
                }
                while (b.Open.Count > open)
                {
                    Pop();
                }
            }
            if (kind.HasFlag(FastTag.Foreign))
            {
                return selfClosing || FastHtmlSkips.Svg(s, ref i, b.Attributes, b.Scratch);
            }
            if (selfClosing && !kind.HasFlag(FastTag.Void))
            {
                return false;
            }
            if (kind.HasFlag(FastTag.ClosesP) && b.Open.Exists(o => o.Name == "p"))
            {
                // The tree builder closes an open p here; with p the current node that is just its end tag.
                if (Current != "p")
                {
                    return false;
                }
                Pop();
            }
            // A list item closes the open one it follows; so does a dd or dt.
            if ((kind.HasFlag(FastTag.ListItem) && Current is "li") || (kind.HasFlag(FastTag.DefinitionItem) && Current is "dd" or "dt"))
            {
                Pop();
            }
            var parent = b.Open.Count > 0 ? b.Open[^1] : default;
            if (!FastHtmlTables.Fits(name, kind, parent.Name, parent.Kind, out var impliedBody))
            {
                return false;
            }
            if (impliedBody)
            {
                Open("tbody", FastTag.Allowed, NoAttributes);
                b.Open.Add(("tbody", FastTag.Allowed | FastTag.TableBox | FastTag.TableSection | FastTag.Implied));
            }
            if ((kind.HasFlag(FastTag.Heading) && parent.Kind.HasFlag(FastTag.Heading))
                || (kind.HasFlag(FastTag.ListItem) && parent.Name is not ("ul" or "ol"))
                || (kind.HasFlag(FastTag.DefinitionItem) && parent.Name != "dl")
                || (kind.HasFlag(FastTag.Anchor) && anchorStart >= 0))
            {
                return false;
            }
            if (kind.HasFlag(FastTag.Embed))
            {
                return Embed(s, name, kind, ref i);
            }
            if (kind.HasFlag(FastTag.Allowed))
            {
                Open(name, kind, b.Attributes);
            }
            // The tree builder drops a newline right after <pre>.
            if (kind.HasFlag(FastTag.SkipsNewline) && i < s.Length && s[i] == '\n')
            {
                i++;
            }
            if (!kind.HasFlag(FastTag.Void) && !kind.HasFlag(FastTag.Embed))
            {
                b.Open.Add((name, kind));
            }
            return true;
        }

        // An iframe's raw text is escaped by HtmlSanitizer, not parsed: only an iframe that is dropped anyway (not a
        // known video host) or empty is written here.
        private bool Embed(string s, string name, FastTag kind, ref int i)
        {
            var empty = s.AsSpan(i).StartsWith("</" + name, StringComparison.OrdinalIgnoreCase);
            if (!FastHtmlSkips.RawText(s, name, empty: false, ref i))
            {
                return false;
            }
            var before = sb.Length;
            Open(name, kind, b.Attributes);
            return empty || sb.Length == before;
        }

        private void Open(string name, FastTag kind, List<KeyValuePair<string, string>> attributes)
        {
            var start = sb.Length;
            sb.Append('<').Append(name);
            if (!FastHtmlAttributes.TryWrite(sb, name, attributes, baseUrl, b.Kept))
            {
                sb.Length = start;
                return;
            }
            sb.Append('>');
            if (kind.HasFlag(FastTag.Embed))
            {
                sb.Append("</").Append(name).Append('>');
            }
            anchorKept |= anchorStart >= 0;
            if (kind.HasFlag(FastTag.Anchor))
            {
                (anchorStart, anchorKept) = (start, false);
            }
            // The serializer writes an extra newline when a pre's first child is text starting with one.
            preContent = kind.HasFlag(FastTag.SkipsNewline) ? sb.Length : -1;
        }

        private bool EndTag(string s, ref int i)
        {
            if (!TryName(s, i + 2, out var name, out i) || !FastHtmlTags.TryGet(name, out var kind)
                || !FastHtmlAttributes.TryRead(s, ref i, b.Attributes, b.Scratch, out _))
            {
                return false;
            }
            if (name is "br" or "p" && b.Open.Count > 0 && b.Open[^1].Kind.HasFlag(FastTag.TableBox))
            {
                // Straight inside a table the elements these make would be moved before it.
                return false;
            }
            if (kind.HasFlag(FastTag.Void))
            {
                // </br> is a <br>; the end tag of any other void element is ignored.
                if (name == "br")
                {
                    Open(name, kind, NoAttributes);
                }
                return true;
            }
            if (name == "p" && !b.Open.Exists(o => o.Name == "p"))
            {
                // A </p> with no open p makes an empty paragraph.
                Open(name, kind, NoAttributes);
                Close((name, kind));
                return true;
            }
            // Ignored by the tree builder: html/body/head end tags; a cell end tag with no open cell; the end tag of a
            // formatting or ordinary element with none open (its search stops at a special element).
            var stray = (FastHtmlTags.IsOrdinary(name, kind) || FastHtmlTags.IsFormatting(name)) && !b.Open.Exists(o => o.Name == name);
            if (kind.HasFlag(FastTag.Ignored) || (name is "td" or "th" && Current == "tr") || stray)
            {
                return !kind.HasFlag(FastTag.Ignored) || !b.Open.Exists(o => o.Kind.HasFlag(FastTag.TableBox) || o.Kind.HasFlag(FastTag.TableCell));
            }
            // A table, section or row end tag closes the open cells, rows and sections inside it.
            if (kind.HasFlag(FastTag.TableBox) && name != "colgroup" && b.Open.Exists(o => o.Name == name))
            {
                while (Current is "td" or "th" || (name == "table" && Current is "caption")
                    || (name != "tr" && Current == "tr") || (name == "table" && Current is "tbody" or "thead" or "tfoot"))
                {
                    Pop();
                }
            }
            // Block end tags first close the elements whose end tags may be omitted ("generate implied end tags").
            while (kind.HasFlag(FastTag.ClosesP) && !kind.HasFlag(FastTag.TableBox) && Current is { } open && open != name
                && open is "p" or "li" or "dd" or "dt")
            {
                Pop();
            }
            if (Current != name)
            {
                return false;
            }
            Pop();
            return true;
        }

        private string? Current => b.Open.Count > 0 ? b.Open[^1].Name : null;

        private void Pop()
        {
            Close(b.Open[^1]);
            b.Open.RemoveAt(b.Open.Count - 1);
        }

        private void Close((string Name, FastTag Kind) element)
        {
            if (!element.Kind.HasFlag(FastTag.Allowed))
            {
                return;
            }
            if (element.Kind.HasFlag(FastTag.Anchor))
            {
                // HtmlText drops links left without text or child elements (after tracking pixels went).
                if (!anchorKept)
                {
                    sb.Length = anchorStart;
                    anchorStart = -1;
                    return;
                }
                anchorStart = -1;
            }
            sb.Append("</").Append(element.Name).Append('>');
        }

        private static bool TryName(string s, int start, out string name, out int end)
        {
            end = start;
            while (end < s.Length && char.IsAsciiLetterOrDigit(s[end]))
            {
                end++;
            }
            name = s[start..end].ToLowerInvariant();
            return end < s.Length && (s[end] is '/' or '>' || FastHtmlAttributes.IsSpace(s[end]));
        }
    }
}
