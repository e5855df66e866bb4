namespace Coinwire.Scoring;

/// <summary>A lower-cased word with the sentence and clause it belongs to.</summary>
internal readonly record struct EventToken(string Text, int Sentence, int Clause);

/// <summary>Splits plain text into words for the event detector.</summary>
internal static class EventTokens
{
    /// <summary>
    /// Words are runs of letters and digits, joined across a single <c>-</c>, <c>'</c> or <c>.</c> between two of them
    /// ("all-time", "didn't", "crypto.com"). Sentences end at <c>. ! ? ; : |</c>, line breaks and spaced dashes;
    /// clauses also at <c>, ( )</c> and the word "but", so a negation does not reach across them.
    /// </summary>
    public static List<EventToken> Split(string text)
    {
        var tokens = new List<EventToken>();
        int sentence = 0, clause = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                    || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }
                var word = Lower(text.AsSpan(start, i - start));
                tokens.Add(new EventToken(word, sentence, clause));
                if (word == "but")
                {
                    clause++;
                }
                continue;
            }
            if (c is '.' or '!' or '?' or ';' or ':' or '|' or '\n' or '\r'
                || (c is '-' or '\u2013' or '\u2014' && IsSpaced(text, i)))
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
        return tokens;
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019' or '.';

    private static bool IsSpaced(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));

    private static string Lower(ReadOnlySpan<char> word) =>
        string.Create(word.Length, word, static (span, w) =>
        {
            for (var k = 0; k < w.Length; k++)
            {
                var ch = char.ToLowerInvariant(w[k]);
                span[k] = ch == '\u2019' ? '\'' : ch;
            }
        });
}
