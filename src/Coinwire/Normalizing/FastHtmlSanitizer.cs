using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Coinwire.Normalizing;

/// <summary>
/// Sanitizing without a DOM for the well-formed HTML most feeds carry: the exact string <see cref="FeedHtmlSanitizer"/>
/// (AngleSharp's tree builder, HtmlSanitizer's allow-list rules, our post-processing and serializer) returns, written in one pass.
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
internal static partial class FastHtmlSanitizer
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
        result = Trimmed(b.Output);
        return true;
    }

    // The builder's text without leading and trailing white space, copied once.
    private static string Trimmed(StringBuilder sb)
    {
        int start = 0, end = sb.Length;
        while (start < end && char.IsWhiteSpace(sb[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(sb[end - 1]))
        {
            end--;
        }
        return sb.ToString(start, end - start);
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

    private sealed partial class Writer(Buffers b, BaseUrl baseUrl)
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
            if (b.Open.Count > 0 && b.Open[^1].Kind.Is(FastTag.TableBox) && text.ContainsAnyExcept(" \t\n\f"))
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
    }
}
