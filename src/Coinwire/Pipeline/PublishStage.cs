using Coinwire.Articles;
using Coinwire.Images;
using Coinwire.Publishing;
using Coinwire.Rewriting;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Pipeline;

/// <summary>
/// Turns an enriched story into its article: cover image, rewrite (offline extractive by default, the LLM when one is
/// configured, drafted when ungrounded), front matter in the contract's format, stored by story so a replay updates
/// the same article instead of adding one.
/// </summary>
public sealed class PublishStage(IRewriter rewriter, CoverImageResolver covers, Uri publicBaseUrl, TimeProvider? clock = null) : IPipelineStage
{
    /// <summary>Queue name of this stage.</summary>
    public const string StageName = "publish";

    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public async Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        foreach (var job in jobs)
        {
            var story = await db.Stories.SingleOrDefaultAsync(s => s.Id == job.SubjectId, ct);
            if (story?.Sentiment is null)
            {
                continue;
            }
            var items = await db.Items.AsNoTracking().Where(i => i.StoryId == story.Id && i.DuplicateOfId == null).OrderBy(i => i.PublishedAt)
                .Join(db.Sources, i => i.SourceId, s => s.Id, (i, s) => new { Item = i, Source = s }).ToListAsync(ct);
            if (items.Count == 0)
            {
                continue;
            }
            var existing = await db.Articles.SingleOrDefaultAsync(a => a.StoryId == story.Id, ct);
            var markdown = await WriteAsync(story, items.Select(x => (x.Item, x.Source)).ToList(), existing, ct);
            var record = existing ?? new ArticleRecord { Slug = await UniqueSlugAsync(db, story.Title, ct), StoryId = story.Id, Markdown = markdown, Title = story.Title };
            ArticleFields.Apply(record, Article.Parse(markdown), markdown);
            if (existing is null)
            {
                db.Articles.Add(record);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<string> WriteAsync(StoryRecord story, IReadOnlyList<(ItemRecord Item, SourceRecord Source)> items, ArticleRecord? existing, CancellationToken ct)
    {
        var (lead, source) = items[0];
        var tags = (story.Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var coins = tags.Where(t => !Topics.IsTopic(t)).Select(t => CoinDictionary.Default.TryGet(t, out var info) ? new RewriteCoin(t, info.Name) : new RewriteCoin(t, t)).ToList();
        var sentiment = ArticleEnumNames.ParseSentiment(story.Sentiment);
        var input = new RewriteInput
        {
            Title = story.Title,
            Sources = items.Select(x => new RewriteSource(x.Source.Name, x.Item.Title, x.Item.Summary ?? "", x.Item.Link, new DateTimeOffset(x.Item.PublishedAt, TimeSpan.Zero))).ToList(),
            Coins = coins,
            Sentiment = sentiment,
            Topics = tags.Where(Topics.IsTopic).ToList(),
        };
        var rewrite = await rewriter.RewriteAsync(input, ct);
        var cover = await covers.ResolveAsync(new CoverRequest
        {
            FeedImageUrl = items.Select(x => x.Item.ImageUrl).FirstOrDefault(u => u is not null),
            Category = story.Category ?? Topics.Market,
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
            Lang = lead.Lang ?? source.Lang,
            ExternalId = lead.ExternalId,
        };
        article.Source.Name = source.Name;
        article.Source.Key = source.Key;
        article.Source.Type = ArticleEnumNames.ParseSourceType(source.Type) ?? ArticleSourceType.Rss;
        article.Category = story.Category ?? Topics.Market;
        article.Tags = tags;
        article.StickyWeight = existing?.StickyWeight ?? 0;
        article.Sentiment = sentiment;
        article.Score = story.Score;
        article.Draft = false;
        cover.ApplyTo(article.CoverImage);
        rewrite.ApplyTo(article, time.GetUtcNow().UtcDateTime);
        return article.Render();
    }

    private string Absolute(string path) => new Uri(publicBaseUrl, path).ToString();

    private static async Task<string> UniqueSlugAsync(CoinwireDbContext db, string title, CancellationToken ct)
    {
        var slug = Slug.From(title);
        var taken = await db.Articles.Where(a => a.Slug.StartsWith(slug)).Select(a => a.Slug).ToListAsync(ct);
        return Slug.Unique(slug, taken.Contains);
    }
}
