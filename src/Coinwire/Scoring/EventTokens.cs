namespace Coinwire.Scoring;

/// <summary>A word of <see cref="EventText.Lower"/> with the sentence and clause it belongs to.</summary>
internal readonly record struct EventToken(int Start, int Length, int Sentence, int Clause);

/// <summary>A text lower-cased once and split into words for the event detector (words are ranges, not copies).</summary>
internal sealed class EventText
{
    private EventText(string lower, List<EventToken> tokens)
    {
        Lower = lower;
        Tokens = tokens;
    }

    /// <summary>The text, lower-cased, with curly apostrophes straightened.</summary>
    public string Lower { get; }

    /// <summary>The words in order.</summary>
    public List<EventToken> Tokens { get; }

    /// <summary>The <paramref name="i"/>th word.</summary>
    public ReadOnlySpan<char> Word(int i) => Lower.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>
    /// Words are runs of letters and digits, joined across a single <c>-</c>, <c>'</c> or <c>.</c> between two of them
    /// ("all-time", "didn't", "crypto.com"). Sentences end at <c>. ! ? ; : |</c>, line breaks and spaced dashes;
    /// clauses also at <c>, ( )</c>, unspaced long dashes and the word "but", so a negation does not reach across them.
    /// </summary>
    public static EventText Split(string text)
    {
        // Invariant lower-casing maps char to char, so indexes stay valid.
        var lower = text.ToLowerInvariant().Replace('\u2019', '\'');
        var tokens = new List<EventToken>();
        int sentence = 0, clause = 0;
        var i = 0;
        while (i < lower.Length)
        {
            var c = lower[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                i++;
                while (i < lower.Length && (char.IsLetterOrDigit(lower[i])
                    || (IsJoiner(lower[i]) && i + 1 < lower.Length && char.IsLetterOrDigit(lower[i + 1]))))
                {
                    i++;
                }
                tokens.Add(new EventToken(start, i - start, sentence, clause));
                if (lower.AsSpan(start, i - start).SequenceEqual("but"))
                {
                    clause++;
                }
                continue;
            }
            if (c is '.' or '!' or '?' or ';' or ':' or '|' or '\n' or '\r'
                || (c is '-' or '\u2013' or '\u2014' && IsSpaced(lower, i)))
            {
                if (tokens.Count > 0 && tokens[^1].Sentence == sentence)
                {
                    sentence++;
                    clause++;
                }
            }
            else if (c is ',' or '(' or ')' or '\u2013' or '\u2014')
            {
                clause++;
            }
            i++;
        }
        return new EventText(lower, tokens);
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '.';

    private static bool IsSpaced(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));
}
