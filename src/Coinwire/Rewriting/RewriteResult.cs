using System.Text;
using Coinwire.Articles;

namespace Coinwire.Rewriting;

/// <summary>A story rewritten into the four sections of the article contract, with its provenance.</summary>
public sealed record RewriteResult
{
    /// <summary>The version of the rewrite format written to <c>ai.version</c>.</summary>
    public const int FormatVersion = 1;

    /// <summary>The one Overview paragraph.</summary>
    public required string Overview { get; init; }

    /// <summary>The What Happened paragraphs.</summary>
    public required IReadOnlyList<string> WhatHappened { get; init; }

    /// <summary>The From author paragraphs (the writer's view).</summary>
    public required IReadOnlyList<string> FromAuthor { get; init; }

    /// <summary>The Impact on the crypto market bullets, without the leading <c>- </c>.</summary>
    public required IReadOnlyList<string> Impact { get; init; }

    /// <summary>The model that wrote the text, or <c>extractive</c> for the offline rewriter.</summary>
    public string? Model { get; init; }

    /// <summary>The prompt (or extractive rules) version.</summary>
    public string? PromptVersion { get; init; }

    /// <summary>Whether every claim of the text is supported by the sources.</summary>
    public bool Grounded { get; init; } = true;

    /// <summary>Why the article must stay a draft (unsupported claims); empty when it may be published.</summary>
    public IReadOnlyList<string> DraftReasons { get; init; } = [];

    /// <summary>Why the model's answer was not used and the extractive rewrite stands in, or null.</summary>
    public string? FallbackReason { get; init; }

    /// <summary>Tokens spent on the model (0 for the extractive rewriter and cache hits).</summary>
    public long Tokens { get; init; }

    /// <summary>Whether the article must be saved as <c>draft: true</c>.</summary>
    public bool IsDraft => !Grounded || DraftReasons.Count > 0;

    /// <summary>The text of all four sections, for checks that read the whole output.</summary>
    public string AllText() =>
        string.Join("\n", new[] { Overview }.Concat(WhatHappened).Concat(FromAuthor).Concat(Impact));

    /// <summary>The article body exactly as the contract has it, ending with one newline.</summary>
    public string ToMarkdownBody()
    {
        var sb = new StringBuilder();
        sb.Append("## Overview\n\n").Append(OneLine(Overview)).Append("\n\n");
        sb.Append("## What Happened\n\n").AppendJoin("\n\n", WhatHappened.Select(OneLine)).Append("\n\n");
        sb.Append("## From author\n\n").AppendJoin("\n\n", FromAuthor.Select(OneLine)).Append("\n\n");
        sb.Append("## Impact on the crypto market\n\n");
        foreach (var bullet in Impact)
        {
            sb.Append("- ").Append(OneLine(bullet)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// Writes the body, <c>description</c>, <c>draft</c>, <c>updatedAt</c> and the <c>ai</c> provenance into
    /// <paramref name="article"/>; <paramref name="expandedAt"/> becomes both <c>ai.expandedAt</c> and <c>updatedAt</c>.
    /// </summary>
    public void ApplyTo(Article article, DateTime expandedAt)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Body = ToMarkdownBody();
        article.Description = Description.FromOverview(Overview);
        article.UpdatedAt = expandedAt;
        article.Draft = IsDraft;
        article.Ai.Rewritten = true;
        article.Ai.ExpandedAt = expandedAt;
        article.Ai.Version = FormatVersion;
        article.Ai.Model = Model;
        article.Ai.PromptVersion = PromptVersion;
        article.Ai.Grounded = Grounded;
    }

    // A paragraph or bullet holding a blank line or a heading would break the section structure.
    private static string OneLine(string text) => Normalizing.TextCleanup.CollapseWhitespace(text);
}
