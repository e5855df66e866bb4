using Coinwire.Articles;
using Coinwire.Images;
using Coinwire.Rewriting;
using Coinwire.Tagging;

namespace Coinwire.Pipeline;

/// <summary>One source item of a story, as the composer needs it.</summary>
/// <param name="SourceName">Source display name.</param>
/// <param name="SourceKey">Source key.</param>
/// <param name="SourceType">RSS, ATOM, JSON_FEED or MANUAL.</param>
/// <param name="ExternalId">The source's id for the item.</param>
/// <param name="Title">Plain-text title.</param>
/// <param name="Text">Plain-text summary or body.</param>
/// <param name="Link">Canonical link.</param>
/// <param name="ImageUrl">Feed image, if any.</param>
/// <param name="Lang">ISO 639-1 language.</param>
/// <param name="PublishedAt">Source's publication time (UTC).</param>
public sealed record ComposerItem(string SourceName, string SourceKey, string SourceType, string ExternalId, string Title, string? Text, string? Link, string? ImageUrl, string Lang, DateTime PublishedAt);

/// <summary>What the enrichment stages decided about a story.</summary>
/// <param name="Title">Story title.</param>
/// <param name="Category">Primary coin or topic.</param>
/// <param name="Tags">Coin tickers (primary first), then topics.</param>
/// <param name="Sentiment">POSITIVE, NEGATIVE or NEUTRAL.</param>
/// <param name="Score">Importance 0–100.</param>
/// <param name="StickyWeight">Editor's pin to keep.</param>
public sealed record ComposerStory(string Title, string Category, IReadOnlyList<string> Tags, string? Sentiment, int Score, int StickyWeight = 0);

/// <summary>
/// Writes a story as an article file in the contract's format: cover image, rewrite (drafted when ungrounded) and
/// front matter, with the earliest item as the article's source. Used by the publish stage and by <c>rewrite --from-feed</c>.
/// </summary>
public sealed class ArticleComposer(IRewriter rewriter, CoverImageResolver covers, Uri publicBaseUrl, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>
    /// The article Markdown for <paramref name="story"/> told by <paramref name="items"/> (earliest first), and why it is
    /// a draft (claims the sources do not support) for editors; the reasons are empty for a publishable article.
    /// </summary>
    public async Task<(string Markdown, IReadOnlyList<string> DraftReasons)> ComposeAsync(ComposerStory story, IReadOnlyList<ComposerItem> items, CancellationToken ct)
    {
        var lead = items[0];
        var coins = story.Tags.Where(t => !Topics.IsTopic(t))
            .Select(t => CoinDictionary.Default.TryGet(t, out var info) ? new RewriteCoin(t, info.Name) : new RewriteCoin(t, t)).ToList();
        var sentiment = ArticleEnumNames.ParseSentiment(story.Sentiment);
        var rewrite = await rewriter.RewriteAsync(new RewriteInput
        {
            Title = story.Title,
            Sources = items.Select(i => new RewriteSource(i.SourceName, i.Title, i.Text ?? "", i.Link, new DateTimeOffset(i.PublishedAt, TimeSpan.Zero))).ToList(),
            Coins = coins,
            Sentiment = sentiment,
            Topics = story.Tags.Where(Topics.IsTopic).ToList(),
        }, ct);
        var cover = await covers.ResolveAsync(new CoverRequest
        {
            FeedImageUrl = items.Select(i => i.ImageUrl).FirstOrDefault(u => u is not null),
            Category = story.Category,
            PrimaryCoin = coins.Count > 0 ? new CoverCoin(coins[0].Ticker, coins[0].Name) : null,
            Title = story.Title,
        }, ct);
        if (!Uri.IsWellFormedUriString(cover.Raw, UriKind.Absolute))
        {
            // Generated covers are served by the site; the contract wants absolute URLs.
            cover = cover with
            {
                Raw = Absolute(cover.Raw), Full = Absolute(cover.Full), Regular = Absolute(cover.Regular),
                Small = Absolute(cover.Small), Thumb = Absolute(cover.Thumb), SmallS3 = Absolute(cover.SmallS3),
            };
        }

        var article = new Article
        {
            Title = story.Title,
            Description = "",
            PublishedAt = lead.PublishedAt,
            UpdatedAt = lead.PublishedAt,
            Lang = lead.Lang,
            ExternalId = lead.ExternalId,
        };
        article.Source.Name = lead.SourceName;
        article.Source.Key = lead.SourceKey;
        article.Source.Type = ArticleEnumNames.ParseSourceType(lead.SourceType) ?? ArticleSourceType.Rss;
        article.Category = story.Category;
        article.Tags = story.Tags;
        article.StickyWeight = story.StickyWeight;
        article.Sentiment = sentiment ?? ArticleSentiment.Neutral;
        article.Score = story.Score;
        article.Draft = false;
        cover.ApplyTo(article.CoverImage);
        rewrite.ApplyTo(article, time.GetUtcNow().UtcDateTime);
        return (article.Render(), rewrite.DraftReasons);
    }

    private string Absolute(string path) => new Uri(publicBaseUrl, path).ToString();
}
