using Coinwire.Articles;
using Coinwire.Publishing;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Pipeline;

/// <summary>
/// Turns an enriched story into its article: cover image, rewrite (offline extractive by default, the LLM when one is
/// configured, drafted when ungrounded), front matter in the contract's format, stored by story so a replay updates
/// the same article instead of adding one. Queues (or re-queues) the story for the alert stage when a queue is given.
/// </summary>
public sealed class PublishStage(ArticleComposer composer, JobQueue? queue = null) : IPipelineStage
{
    /// <summary>Queue name of this stage.</summary>
    public const string StageName = "publish";

    /// <summary>Queue name of the stage after this one (alerts, WebSub pings).</summary>
    public const string NextStage = "alert";

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public async Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        var written = new List<long>();
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
            var (markdown, reasons) = await WriteAsync(story, items.Select(x => (x.Item, x.Source)).ToList(), existing, ct);
            var record = existing ?? new ArticleRecord { Slug = await ArticleSlugs.FreeAsync(db, story.Title, ct), StoryId = story.Id, Markdown = markdown, Title = story.Title };
            ArticleFields.Apply(record, Article.Parse(markdown), markdown);
            record.DraftReasons = reasons.Count == 0 ? null : string.Join('\n', reasons);
            if (existing is null)
            {
                db.Articles.Add(record);
            }
            written.Add(story.Id);
        }
        await db.SaveChangesAsync(ct);
        if (queue is not null)
        {
            await queue.RequeueAsync(db, NextStage, written, ct: ct);
        }
    }

    private Task<(string Markdown, IReadOnlyList<string> DraftReasons)> WriteAsync(StoryRecord story, IReadOnlyList<(ItemRecord Item, SourceRecord Source)> items, ArticleRecord? existing, CancellationToken ct) =>
        composer.ComposeAsync(
            new ComposerStory(story.Title, story.Category ?? Topics.Market, (story.Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), story.Sentiment, story.Score, existing?.StickyWeight ?? 0),
            items.Select(x => new ComposerItem(x.Source.Name, x.Source.Key, x.Source.Type, x.Item.ExternalId, x.Item.Title, x.Item.Summary, x.Item.Link, x.Item.ImageUrl, x.Item.Lang ?? x.Source.Lang, x.Item.PublishedAt)).ToList(),
            ct);
}
