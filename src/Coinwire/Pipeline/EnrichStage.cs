using Coinwire.Scoring;
using Coinwire.Sentiment;
using Coinwire.Storage;
using Coinwire.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Pipeline;

/// <summary>
/// Tags, classifies and scores each story from all of its items: coins and category from the tagger, sentiment from
/// the model on the representative title and lead, and the importance score with its stored breakdown. Idempotent:
/// it recomputes the fields from the items, so a replay or a re-run after a new source joined gives the current answer.
/// Queues the story for publishing.
/// </summary>
public sealed class EnrichStage(JobQueue queue, CoinTagger? tagger = null, SentimentModel? sentiment = null, StoryScorer? scorer = null, TimeProvider? clock = null) : IPipelineStage
{
    /// <summary>Queue name of this stage.</summary>
    public const string StageName = ClusterStage.NextStage;

    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public async Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        var storyIds = jobs.Select(j => j.SubjectId).ToList();
        var stories = await db.Stories.Where(s => storyIds.Contains(s.Id)).ToListAsync(ct);
        var items = await db.Items.AsNoTracking().Where(i => i.StoryId != null && storyIds.Contains(i.StoryId.Value))
            .Join(db.Sources, i => i.SourceId, s => s.Id, (i, s) => new { i.StoryId, i.Title, i.Summary, i.PublishedAt, s.Key, s.Weight })
            .ToListAsync(ct);
        var byStory = items.GroupBy(i => i.StoryId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(i => i.PublishedAt).ToList());
        var now = time.GetUtcNow();
        var tag = tagger ?? CoinTagger.Default;
        var model = sentiment ?? SentimentModel.Shipped;
        var score = scorer ?? StoryScorer.Default;
        foreach (var story in stories)
        {
            if (!byStory.TryGetValue(story.Id, out var storyItems) || storyItems.Count == 0)
            {
                continue;
            }
            var lead = storyItems[0];
            var body = string.Join("\n", storyItems.Select(i => i.Summary).Where(s => !string.IsNullOrWhiteSpace(s)).Take(5));
            var tags = tag.Tag(lead.Title, body);
            var mood = model.Predict(string.IsNullOrWhiteSpace(lead.Summary) ? lead.Title : $"{lead.Title}. {FirstSentence(lead.Summary)}");
            var sources = storyItems.GroupBy(i => i.Key).Select(g => new ScoringSource(g.Key, g.First().Weight)).ToList();
            var result = score.Score(ScoringInput.FromTags(lead.Title, body, sources, tags, new DateTimeOffset(story.FirstPublishedAt, TimeSpan.Zero), now));

            story.Title = lead.Title;
            story.Category = tags.Category;
            story.Tags = string.Join(',', tags.Tags);
            story.Sentiment = mood.Label.ToString();
            story.SentimentProbability = mood.Probability;
            story.Score = result.Score;
            story.ScoreBreakdown = ScoreBreakdownJson.Serialize(result);
            story.UpdatedAt = now.UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
        await queue.RequeueAsync(db, PublishStage.StageName, stories.Where(s => s.Sentiment is not null).Select(s => s.Id).ToList(), ct: ct);
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['.', '!', '?']);
        return end is > 20 and < 400 ? text[..(end + 1)] : text.Length > 400 ? text[..400] : text;
    }
}
