namespace Coinwire.Sentiment;

/// <summary>Sums of lexicon valences over a token list (negation-marked as <see cref="SentimentText.MarkNegation"/> does).</summary>
/// <param name="Positive">Sum of positive valences.</param>
/// <param name="Negative">Sum of negative valences, as a positive number.</param>
/// <param name="PositiveHits">Number of positive words or phrases.</param>
/// <param name="NegativeHits">Number of negative words or phrases.</param>
public readonly record struct LexiconScore(float Positive, float Negative, int PositiveHits, int NegativeHits)
{
    /// <summary>VADER's damping of a negated word's valence.</summary>
    public const float NegationScalar = -0.74f;

    /// <summary>Net valence, <see cref="Positive"/> − <see cref="Negative"/>.</summary>
    public float Sum => Positive - Negative;

    /// <summary>VADER's normalization of a valence sum into −1…+1.</summary>
    public static float Compound(float sum) => sum / MathF.Sqrt(sum * sum + 15f);

    /// <summary>Scores <paramref name="tokens"/>; two-word phrases win over their words; words after <c>but</c> weigh 1.5×, before it 0.5× when <paramref name="contrast"/> is set.</summary>
    public static LexiconScore Of(IReadOnlyList<string> tokens, ValenceLexicon lexicon, bool negation = true, bool contrast = false)
    {
        var butAt = contrast ? IndexOfBut(tokens) : -1;
        float pos = 0, neg = 0;
        int posHits = 0, negHits = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (word, negated) = Strip(tokens[i]);
            float v;
            var width = 1;
            if (i + 1 < tokens.Count && lexicon.TryGet(word + " " + Strip(tokens[i + 1]).Word, out var phrase))
            {
                v = phrase;
                width = 2;
            }
            else if (!lexicon.TryGet(word, out v))
            {
                continue;
            }
            if (negated && negation)
            {
                v *= NegationScalar;
            }
            if (butAt >= 0)
            {
                v *= i < butAt ? 0.5f : i > butAt ? 1.5f : 1f;
            }
            if (v > 0)
            {
                pos += v;
                posHits++;
            }
            else if (v < 0)
            {
                neg -= v;
                negHits++;
            }
            i += width - 1;
        }
        return new LexiconScore(pos, neg, posHits, negHits);
    }

    private static (string Word, bool Negated) Strip(string token) =>
        token.StartsWith(SentimentText.NegatedPrefix, StringComparison.Ordinal) ? (token[SentimentText.NegatedPrefix.Length..], true) : (token, false);

    private static int IndexOfBut(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "but")
            {
                return i;
            }
        }
        return -1;
    }
}
