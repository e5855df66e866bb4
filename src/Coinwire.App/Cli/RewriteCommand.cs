using System.CommandLine;
using Coinwire.App.Hosting;
using Coinwire.Normalizing;
using Coinwire.Parsing;
using Coinwire.Pipeline;
using Coinwire.Publishing;
using Coinwire.Scoring;
using Coinwire.Sentiment;
using Coinwire.Sources;
using Coinwire.Storage;
using Coinwire.Tagging;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.App.Cli;

/// <summary>
/// <c>coinwire rewrite --from-feed FILE --out DIR [--offline]</c>: every item of a feed file becomes an article file,
/// without the store; <c>coinwire rewrite --since 1d</c>: stored stories are written again.
/// </summary>
public static class RewriteCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliContext io, GlobalOptions g)
    {
        var fromFeed = new Option<string?>("--from-feed") { Description = "A feed file whose items become articles" };
        var outDir = new Option<string?>("--out") { Description = "Folder for the article files (with --from-feed)" };
        var offline = new Option<bool>("--offline") { Description = "Use the extractive rewrite even when an LLM is configured" };
        var since = new Option<string?>("--since") { Description = "Rewrite stored stories first published within this period, e.g. 1d" };
        var command = new Command("rewrite", "Write stories as four-section articles") { fromFeed, outDir, offline, since };
        command.SetAction(async (parse, ct) =>
        {
            var configuration = Configuration(parse.GetValue(offline));
            if (parse.GetValue(fromFeed) is { } feed)
            {
                var dir = parse.GetValue(outDir) ?? throw new CliException("--from-feed needs --out DIR", ExitCodes.Usage);
                return await FromFeedAsync(io, feed, dir, configuration, Path.GetFullPath(parse.GetValue(g.Data)!), ct);
            }
            if (parse.GetValue(since) is { } period)
            {
                var window = Durations.TryParse(period, out var w) ? w : throw new CliException($"--since must look like 1d or 12h, got '{period}'", ExitCodes.Usage);
                return await StoredAsync(io, window, configuration, parse.GetValue(g.Data)!, ct);
            }
            throw new CliException("give --from-feed FILE --out DIR, or --since PERIOD", ExitCodes.Usage);
        });
        return command;
    }

    private static IConfiguration Configuration(bool offline)
    {
        var builder = new ConfigurationBuilder().AddConfiguration(CoinwireConfiguration.Build());
        if (offline)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?> { ["Llm:Endpoint"] = "", ["Llm:Model"] = "" });
        }
        return builder.Build();
    }

    private static async Task<int> FromFeedAsync(CliContext io, string file, string outDir, IConfiguration configuration, string dataDir, CancellationToken ct)
    {
        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(InputFiles.ReadBytes(file, FeedParser.MaxInputBytes));
        }
        catch (FeedParseException e)
        {
            throw new CliException($"{file}: {e.Message}");
        }
        Directory.CreateDirectory(outDir);
        await using var services = PipelineServices.BuildComposer(configuration, dataDir);
        var composer = services.GetRequiredService<ArticleComposer>();
        var now = DateTimeOffset.UtcNow;
        var sourceName = FeedItemNormalizer.PlainText(feed.Title, isHtml: true) ?? Path.GetFileNameWithoutExtension(file);
        var sourceType = feed.Format.ToString().StartsWith("Atom", StringComparison.Ordinal) ? "ATOM" : feed.Format.ToString().StartsWith("Json", StringComparison.Ordinal) ? "JSON_FEED" : "RSS";
        var written = new HashSet<string>(Directory.EnumerateFiles(outDir, "*.md").Select(Path.GetFileNameWithoutExtension)!, StringComparer.Ordinal);
        var count = 0;
        foreach (var raw in feed.Items)
        {
            var item = FeedItemNormalizer.Normalize(raw, now);
            var title = string.IsNullOrWhiteSpace(item.Title) ? (item.Summary is { Length: > 0 } s ? s[..Math.Min(140, s.Length)] : "(untitled)") : item.Title;
            var published = ItemWriter.ParseUtc(item.Published) ?? ItemWriter.ParseUtc(item.Updated) ?? now.UtcDateTime;
            var tags = CoinTagger.Default.Tag(title, item.Summary);
            var mood = SentimentModel.Shipped.Predict(string.IsNullOrWhiteSpace(item.Summary) ? title : $"{title}. {item.Summary}");
            var score = StoryScorer.Default.Score(ScoringInput.FromTags(title, item.Summary, [new ScoringSource(SourceKey.From(sourceName), 1.0)], tags, new DateTimeOffset(published, TimeSpan.Zero), now));
            var (markdown, _) = await composer.ComposeAsync(
                new ComposerStory(title, tags.Category, tags.Tags, mood.Label.ToString(), score.Score),
                [new ComposerItem(sourceName, SourceKey.From(sourceName), sourceType, item.Id, title, item.Summary, item.Link, item.Image, feed.Language is { Length: >= 2 } l ? l[..2].ToLowerInvariant() : "en", published)],
                ct);
            var slug = Slug.Unique(Slug.From(title), written.Contains);
            written.Add(slug);
            await File.WriteAllTextAsync(Path.Combine(outDir, slug + ".md"), markdown, ct);
            count++;
        }
        await io.Out.WriteLineAsync($"wrote {count} articles to {outDir}");
        return ExitCodes.Ok;
    }

    private static async Task<int> StoredAsync(CliContext io, TimeSpan window, IConfiguration configuration, string dataDir, CancellationToken ct)
    {
        var store = await CommandStore.OpenAsync(dataDir, ct);
        await using var services = PipelineServices.Build(store, configuration, Path.GetFullPath(dataDir));
        var queue = services.GetRequiredService<JobQueue>();
        var since = DateTime.UtcNow - window;
        await using (var db = store.CreateContext())
        {
            var ids = await db.Stories.Where(s => s.FirstPublishedAt >= since && s.Sentiment != null).Select(s => s.Id).ToListAsync(ct);
            await queue.RequeueAsync(db, PublishStage.StageName, ids, ct: ct);
        }
        var runner = new StageRunner(store, queue, $"{Environment.MachineName}:{Environment.ProcessId}");
        var done = await runner.RunUntilIdleAsync([services.GetRequiredService<PublishStage>()], ct);
        await io.Out.WriteLineAsync($"rewrote {done} stories published since {since:yyyy-MM-ddTHH:mm}Z");
        return ExitCodes.Ok;
    }
}
