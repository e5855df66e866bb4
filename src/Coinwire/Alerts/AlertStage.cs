using Coinwire.Alerts.WebSub;
using Coinwire.Articles;
using Coinwire.Pipeline;
using Coinwire.Publishing;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coinwire.Alerts;

/// <summary>
/// Runs after publish for each published story: tests the alert rules against the article and writes one pending
/// delivery per matching rule and channel (the unique key makes a replay or a republish add nothing), then, once
/// committed, sends the due deliveries and pings the WebSub hub for the feeds the articles appear in.
/// </summary>
public sealed class AlertStage(StoreFactory store, AlertDispatcher dispatcher, WebSubPublisher webSub, IOptionsMonitor<AlertsOptions> options, TimeProvider time)
    : IPipelineStage, IPostCommitStage
{
    /// <summary>Queue name of this stage.</summary>
    public const string StageName = PublishStage.NextStage;

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public async Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(jobs);
        var settings = options.CurrentValue;
        var rules = settings.Rules.Select(r => new AlertRule(r)).ToList();
        if (rules.Count == 0)
        {
            return;
        }
        var ids = jobs.Select(j => j.SubjectId).ToList();
        var articles = await Published(db, ids).ToListAsync(ct);
        var sources = await SourcesAsync(db, ids, ct);
        var existing = (await db.AlertDeliveries.Where(d => ids.Contains(d.StoryId)).Select(d => new { d.StoryId, d.Rule, d.Channel }).ToListAsync(ct))
            .Select(d => (d.StoryId, d.Rule, d.Channel)).ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        var siteBase = (settings.SiteBaseUrl ?? webSub.SiteBaseUrl).TrimEnd('/');
        foreach (var article in articles)
        {
            var storyId = article.StoryId!.Value;
            foreach (var rule in rules)
            {
                var message = Message(article, rule.Name, siteBase, sources.GetValueOrDefault(storyId) ?? []);
                if (!rule.Matches(message))
                {
                    continue;
                }
                foreach (var channel in rule.Channels.Distinct(StringComparer.OrdinalIgnoreCase).Where(c => existing.Add((storyId, rule.Name, c))))
                {
                    db.AlertDeliveries.Add(new AlertDeliveryRecord
                    {
                        StoryId = storyId, Rule = rule.Name, Channel = channel, Payload = message.ToJson(), CreatedAt = now, NextAttemptAt = now,
                    });
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <inheritdoc />
    public async Task AfterCommitAsync(IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        await dispatcher.DispatchDueAsync(ct);
        if (!webSub.Enabled)
        {
            return;
        }
        var ids = jobs.Select(j => j.SubjectId).ToList();
        List<(string? Category, string? Tags)> published;
        await using (var db = store.CreateContext())
        {
            published = (await Published(db, ids).Select(a => new { a.Category, a.Tags }).ToListAsync(ct)).Select(a => (a.Category, a.Tags)).ToList();
        }
        if (published.Count > 0)
        {
            await webSub.PublishAsync(published.SelectMany(a => FeedTopics.For(webSub.SiteBaseUrl, a.Category, a.Tags)), ct);
        }
    }

    private static IQueryable<ArticleRecord> Published(CoinwireDbContext db, List<long> storyIds) =>
        db.Articles.AsNoTracking().Where(a => a.StoryId != null && storyIds.Contains(a.StoryId.Value) && !a.Draft);

    private static async Task<Dictionary<long, List<AlertSource>>> SourcesAsync(CoinwireDbContext db, List<long> storyIds, CancellationToken ct)
    {
        var rows = await db.Items.AsNoTracking().Where(i => i.StoryId != null && storyIds.Contains(i.StoryId.Value) && i.DuplicateOfId == null)
            .OrderBy(i => i.PublishedAt)
            .Join(db.Sources, i => i.SourceId, s => s.Id, (i, s) => new { StoryId = i.StoryId!.Value, s.Name, i.Link })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.StoryId).ToDictionary(g => g.Key, g => g.DistinctBy(r => r.Name).Select(r => new AlertSource(r.Name, r.Link ?? "")).ToList());
    }

    private static AlertMessage Message(ArticleRecord article, string rule, string siteBase, List<AlertSource> sources)
    {
        var tags = ArticleFields.SplitTags(article.Tags);
        var categories = new[] { article.Category }.Concat(tags.Where(t => !ArticleFields.IsCoin(t)))
            .Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new AlertMessage(article.StoryId!.Value, rule, article.Title, $"{siteBase}/articles/{article.Slug}", Article.Parse(article.Markdown).Description ?? "",
            tags.Where(ArticleFields.IsCoin).ToList(), categories, article.Sentiment ?? "NEUTRAL", article.Score, article.PublishedAt, sources);
    }
}
