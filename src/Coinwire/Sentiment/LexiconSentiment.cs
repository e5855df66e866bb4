namespace Coinwire.Sentiment;

/// <summary>
/// Lexicon baselines the trained model is measured against, as the corpus MANIFEST defines them:
/// VADER (compound score, ±0.05), AFINN-165 (sign of the sum) and Loughran-McDonald 2014 (sign of #positive − #negative).
/// These read the word lists from <c>../shared/corpus/lexicons/</c> at run time; none is shipped.
/// </summary>
public sealed class LexiconSentiment
{
    private readonly ValenceLexicon _lexicon;
    private readonly Rule _rule;

    private LexiconSentiment(string name, ValenceLexicon lexicon, Rule rule)
    {
        Name = name;
        _lexicon = lexicon;
        _rule = rule;
    }

    private enum Rule
    {
        Vader,
        SumSign,
        CountSign,
    }

    /// <summary>Baseline name: <c>VADER</c>, <c>AFINN</c> or <c>LM</c>.</summary>
    public string Name { get; }

    /// <summary>VADER-style: valences with negation damping, the <c>but</c> shift and <c>!</c> emphasis; compound ≥ 0.05 positive, ≤ −0.05 negative.</summary>
    public static LexiconSentiment Vader(string lexiconDir) =>
        new("VADER", ValenceLexicon.LoadVader(Path.Combine(lexiconDir, "vader_lexicon.txt")), Rule.Vader);

    /// <summary>AFINN-165: the sign of the plain sum of word scores.</summary>
    public static LexiconSentiment Afinn(string lexiconDir) =>
        new("AFINN", ValenceLexicon.LoadScored(Path.Combine(lexiconDir, "afinn165.tsv")), Rule.SumSign);

    /// <summary>Loughran-McDonald 2014: the sign of the number of positive minus negative words.</summary>
    public static LexiconSentiment LoughranMcDonald(string lexiconDir) =>
        new("LM", ValenceLexicon.LoadPolarityLists(Path.Combine(lexiconDir, "lm_2014_positive.txt"), Path.Combine(lexiconDir, "lm_2014_negative.txt")), Rule.CountSign);

    /// <summary>The three MANIFEST baselines.</summary>
    public static IReadOnlyList<LexiconSentiment> All(string lexiconDir) => [Vader(lexiconDir), Afinn(lexiconDir), LoughranMcDonald(lexiconDir)];

    /// <summary>Classifies one text; the probability is a rough confidence from the score's magnitude.</summary>
    public SentimentResult Predict(string text)
    {
        var tokens = SentimentText.Tokenize(text);
        var vader = _rule == Rule.Vader;
        if (vader)
        {
            SentimentText.MarkNegation(tokens);
        }
        var score = LexiconScore.Of(tokens, _lexicon, negation: vader, contrast: vader);
        float value = _rule switch
        {
            Rule.Vader => LexiconScore.Compound(score.Sum + Emphasis(text, score.Sum)),
            Rule.SumSign => score.Sum,
            _ => score.PositiveHits - score.NegativeHits,
        };
        var threshold = vader ? 0.05f : 0f;
        var magnitude = vader ? Math.Abs(value) : Math.Abs(LexiconScore.Compound(value));
        return value >= threshold && value != 0 ? new(SentimentLabel.POSITIVE, 0.5f + magnitude / 2)
            : value <= -threshold && value != 0 ? new(SentimentLabel.NEGATIVE, 0.5f + magnitude / 2)
            : new(SentimentLabel.NEUTRAL, 1f - magnitude);
    }

    // VADER adds 0.292 per exclamation mark (up to four) in the direction of the sum.
    private static float Emphasis(string text, float sum)
    {
        if (sum == 0)
        {
            return 0;
        }
        var marks = Math.Min(4, text.Count(c => c == '!'));
        return MathF.CopySign(marks * 0.292f, sum);
    }
}
