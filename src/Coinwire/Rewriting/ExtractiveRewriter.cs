using System.Text.RegularExpressions;

namespace Coinwire.Rewriting;

/// <summary>
/// The offline rewriter: builds the four sections from the source sentences with no model. The lead becomes the
/// Overview, further factual sentences What Happened, quoted opinion and analysis (attributed) From author, and the
/// impact bullets come from fixed templates filled only with the story's coins, sentiment and events. Every sentence
/// is a source sentence (lightly cleaned) or a template without numbers or names, so the text is grounded by
/// construction. Deterministic and thread-safe.
/// </summary>
public sealed partial class ExtractiveRewriter : IRewriter
{
    /// <summary>The value of <see cref="RewriteResult.Model"/> for extractive rewrites.</summary>
    public const string ModelName = "extractive";

    /// <summary>The version of the extraction rules, written as <c>ai.promptVersion</c>.</summary>
    public const string RulesVersion = "extractive-1";

    private const int MaxWhatHappened = 8;
    private const int MaxOpinions = 3;
    private const int ParagraphSentences = 3;

    private readonly GroundingGuard _guard;

    /// <summary>A rewriter that checks its own output with <paramref name="guard"/> (default: <see cref="GroundingGuard.Default"/>).</summary>
    public ExtractiveRewriter(GroundingGuard? guard = null)
    {
        _guard = guard ?? GroundingGuard.Default;
    }

    /// <inheritdoc/>
    public Task<RewriteResult> RewriteAsync(RewriteInput input, CancellationToken cancellationToken = default) =>
        Task.FromResult(Rewrite(input));

    /// <summary>Rewrites <paramref name="input"/> synchronously.</summary>
    public RewriteResult Rewrite(RewriteInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var corpus = string.Join("\n", input.Sources.Select(s => s.Title + "\n" + s.Text));
        var candidates = Candidates(input);

        var facts = candidates.Where(c => !c.Opinion).ToList();
        var opinions = candidates.Where(c => c.Opinion).Take(MaxOpinions).ToList();
        var lead = facts.Count > 0 ? facts[0] : opinions.Count > 0 ? opinions[0] : null;
        var overview = lead?.Text ?? Sentence(input.Sources.Count > 0 ? input.Sources[0].Title : input.Title);
        if (lead is not null)
        {
            facts.Remove(lead);
            opinions.Remove(lead);
        }
        if (lead is not null && overview.Length < 120 && facts.Count > 0 && facts[0].Source == lead.Source && overview.Length + facts[0].Text.Length < 400)
        {
            overview += " " + facts[0].Text;
            facts.RemoveAt(0);
        }

        var whatHappened = Paragraphs(facts.Take(MaxWhatHappened).ToList());
        if (whatHappened.Count == 0)
        {
            whatHappened = [string.Join(' ', input.Sources.Take(3).Select(s => $"{s.SourceName} reported the story under the headline “{s.Title.TrimEnd('.')}”."))];
        }
        var fromAuthor = new List<string>();
        if (opinions.Count > 0)
        {
            fromAuthor.Add(string.Join(' ', opinions.Select(o => Attribute(o, input, corpus))));
        }
        fromAuthor.Add(ExtractiveTemplates.AuthorView(input));

        var impact = ExtractiveTemplates.Impact(input, corpus).ToList();
        if (impact.Count < 2)
        {
            impact.Add("Readers holding the assets involved may want to follow updates from the original sources.");
        }

        var result = new RewriteResult
        {
            Overview = overview,
            WhatHappened = whatHappened,
            FromAuthor = fromAuthor,
            Impact = impact,
            Model = ModelName,
            PromptVersion = RulesVersion,
        };
        var claims = _guard.Check(result.AllText(), input.GroundingTexts(), input.Coins.SelectMany(c => new[] { c.Ticker, c.Name }));
        return result with { Grounded = claims.Count == 0, DraftReasons = claims.Select(c => c.ToString()).ToList() };
    }

    private sealed record Candidate(string Text, int Source, bool Opinion);

    private static List<Candidate> Candidates(RewriteInput input)
    {
        var seen = new HashSet<string>(input.Sources.Select(s => Sentences.Key(s.Title)), StringComparer.Ordinal);
        var result = new List<Candidate>();
        for (var i = 0; i < input.Sources.Count; i++)
        {
            foreach (var raw in Sentences.Split(input.Sources[i].Text))
            {
                var text = Clean(raw);
                if (text.Length == 0 || Sentences.IsBoilerplate(text) || !seen.Add(Sentences.Key(text)))
                {
                    continue;
                }
                result.Add(new Candidate(text, i, Opinion().IsMatch(text)));
            }
        }
        return result;
    }

    private static List<string> Paragraphs(List<Candidate> sentences)
    {
        var paragraphs = new List<string>();
        var current = new List<Candidate>();
        foreach (var s in sentences)
        {
            if (current.Count > 0 && (current.Count == ParagraphSentences || current[^1].Source != s.Source))
            {
                paragraphs.Add(string.Join(' ', current.Select(c => c.Text)));
                current.Clear();
            }
            current.Add(s);
        }
        if (current.Count > 0)
        {
            paragraphs.Add(string.Join(' ', current.Select(c => c.Text)));
        }
        return paragraphs;
    }

    // An opinion the source itself attributes ("…, analysts said") stays as written; otherwise the publisher is named.
    private static string Attribute(Candidate opinion, RewriteInput input, string corpus)
    {
        if (Attributed().IsMatch(opinion.Text))
        {
            return opinion.Text;
        }
        var text = opinion.Text;
        var first = FirstWord().Match(text).Value;
        if (first.Length > 0 && first != first.ToUpperInvariant() && (NamedEntities.IsCommonStarter(first) || Regex.IsMatch(corpus, @"\b" + Regex.Escape(first.ToLowerInvariant()) + @"\b")))
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }
        return $"According to {input.Sources[opinion.Source].SourceName}, {text}";
    }

    private static string Clean(string sentence)
    {
        var text = Prefix().Replace(sentence, "").Trim();
        return text.Length > 0 && char.IsLower(text[0]) ? "" : text;
    }

    private static string Sentence(string title)
    {
        var text = Normalizing.TextCleanup.CollapseWhitespace(title);
        return text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    [GeneratedRegex(@"^(?:(?:UPDATE|UPDATED|BREAKING|EXCLUSIVE|JUST IN|NEWS)\s*[:—–-]\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"[“""](?:\S+\s+){4,}[^”""]*[”""]|\b(?:believes?|expects?|warn(?:s|ed)|argu(?:es|ed)|predict(?:s|ed)?|suggest(?:s|ed)?|analysts?|strategists?|could|might|likely|in (?:his|her|their) view|opinion|bullish|bearish)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opinion();

    [GeneratedRegex(@"\b(?:said|says|according to|told|wrote|writes|noted|notes|argued|argues|warned|warns|believes|expects|predicts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Attributed();

    [GeneratedRegex(@"^[\p{L}]+")]
    private static partial Regex FirstWord();
}
