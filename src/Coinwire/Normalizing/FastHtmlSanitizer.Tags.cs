namespace Coinwire.Normalizing;

/// <summary>Start and end tags for <see cref="FastHtmlSanitizer"/>: the tree builder's rules the fast path models.</summary>
internal static partial class FastHtmlSanitizer
{
    private sealed partial class Writer
    {
        private bool StartTag(string s, ref int i)
        {
            if (!TryName(s, i + 1, out var name, out i) || !FastHtmlTags.TryGet(name, out var kind)
                || !FastHtmlAttributes.TryRead(s, ref i, b.Attributes, b.Scratch, out var selfClosing))
            {
                return false;
            }
            if (kind.Is(FastTag.RawText))
            {
                return FastHtmlSkips.RawText(s, name, ref i);
            }
            if (kind.Is(FastTag.Ignored))
            {
                return !InTable;
            }
            // An a inside an open a closes it, and the ordinary elements opened since (the adoption agency with no
            // formatting or special element in between).
            if (kind.Is(FastTag.Anchor) && anchorStart >= 0)
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
            if (kind.Is(FastTag.Foreign))
            {
                return selfClosing || FastHtmlSkips.Svg(s, ref i, b.Attributes, b.Scratch);
            }
            if (selfClosing && !kind.Is(FastTag.Void))
            {
                return false;
            }
            if (kind.Is(FastTag.ClosesP) && b.Open.Exists(o => o.Name == "p"))
            {
                // The tree builder closes an open p here; with p the current node that is just its end tag.
                if (Current != "p")
                {
                    return false;
                }
                Pop();
            }
            // A list item closes the open one it follows; so does a dd or dt.
            if ((kind.Is(FastTag.ListItem) && Current is "li") || (kind.Is(FastTag.DefinitionItem) && Current is "dd" or "dt"))
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
            if ((kind.Is(FastTag.Heading) && parent.Kind.Is(FastTag.Heading))
                || (kind.Is(FastTag.ListItem) && parent.Name is not ("ul" or "ol"))
                || (kind.Is(FastTag.DefinitionItem) && parent.Name != "dl")
                || (kind.Is(FastTag.Anchor) && anchorStart >= 0))
            {
                return false;
            }
            if (kind.Is(FastTag.Embed))
            {
                return Embed(s, name, kind, ref i);
            }
            if (kind.Is(FastTag.Allowed))
            {
                Open(name, kind, b.Attributes);
            }
            // The tree builder drops a newline right after <pre>.
            if (kind.Is(FastTag.SkipsNewline) && i < s.Length && s[i] == '\n')
            {
                i++;
            }
            if (!kind.Is(FastTag.Void) && !kind.Is(FastTag.Embed))
            {
                b.Open.Add((name, kind));
            }
            return true;
        }

        // An iframe's raw text is escaped by the DOM sanitizer, not parsed: only an iframe that is dropped anyway (not a
        // known video host) or empty is written here.
        private bool Embed(string s, string name, FastTag kind, ref int i)
        {
            var empty = s.AsSpan(i).StartsWith("</" + name, StringComparison.OrdinalIgnoreCase);
            if (!FastHtmlSkips.RawText(s, name, ref i))
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
            if (kind.Is(FastTag.Embed))
            {
                sb.Append("</").Append(name).Append('>');
            }
            anchorKept |= anchorStart >= 0;
            if (kind.Is(FastTag.Anchor))
            {
                (anchorStart, anchorKept) = (start, false);
            }
            // The serializer writes an extra newline when a pre's first child is text starting with one.
            preContent = kind.Is(FastTag.SkipsNewline) ? sb.Length : -1;
        }

        private bool EndTag(string s, ref int i)
        {
            if (!TryName(s, i + 2, out var name, out i) || !FastHtmlTags.TryGet(name, out var kind)
                || !FastHtmlAttributes.TryRead(s, ref i, b.Attributes, b.Scratch, out _))
            {
                return false;
            }
            if (name is "br" or "p" && b.Open.Count > 0 && b.Open[^1].Kind.Is(FastTag.TableBox))
            {
                // Straight inside a table the elements these make would be moved before it.
                return false;
            }
            if (kind.Is(FastTag.Void))
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
            var stray = (FastHtmlTags.IsOrdinary(name, kind) || FastHtmlTags.IsFormatting(name)) && !IsOpen(name);
            if (kind.Is(FastTag.Ignored) || (name is "td" or "th" && Current == "tr") || stray)
            {
                return !kind.Is(FastTag.Ignored) || !InTable;
            }
            // A table, section or row end tag closes the open cells, rows and sections inside it.
            if (kind.Is(FastTag.TableBox) && name != "colgroup" && IsOpen(name))
            {
                while (Current is "td" or "th" || (name == "table" && Current is "caption")
                    || (name != "tr" && Current == "tr") || (name == "table" && Current is "tbody" or "thead" or "tfoot"))
                {
                    Pop();
                }
            }
            // Block end tags first close the elements whose end tags may be omitted ("generate implied end tags").
            while (kind.Is(FastTag.ClosesP) && !kind.Is(FastTag.TableBox) && Current is { } open && open != name
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

        // A loop, not a predicate: a lambda capturing the name costs two objects per tag.
        private bool IsOpen(string name)
        {
            foreach (var open in b.Open)
            {
                if (open.Name == name)
                {
                    return true;
                }
            }
            return false;
        }

        private string? Current => b.Open.Count > 0 ? b.Open[^1].Name : null;

        // Inside a table the tree builder's rules for html/body/head tags differ (foster parenting, scopes).
        private bool InTable => b.Open.Exists(o => o.Kind.Is(FastTag.TableBox) || o.Kind.Is(FastTag.TableCell));

        private void Pop()
        {
            Close(b.Open[^1]);
            b.Open.RemoveAt(b.Open.Count - 1);
        }

        private void Close((string Name, FastTag Kind) element)
        {
            if (!element.Kind.Is(FastTag.Allowed))
            {
                return;
            }
            if (element.Kind.Is(FastTag.Anchor))
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
            name = FastHtmlTags.LowerName(s.AsSpan(start, end - start));
            return end < s.Length && (s[end] is '/' or '>' || FastHtmlAttributes.IsSpace(s[end]));
        }
    }
}
