using System.CommandLine;
using Coinwire.Common;
using Coinwire.App.Hosting;
using Coinwire.Fetching;
using Coinwire.Sources;

namespace Coinwire.App.Cli;

public static partial class SourcesCommands
{
    private static Command Add(CliContext io, GlobalOptions g)
    {
        var url = new Argument<string>("url") { Description = "Feed URL, or a site's home page whose <link rel=alternate> names the feed" };
        var noDiscover = new Option<bool>("--no-discover") { Description = "Add the URL as given, without fetching it" };
        var name = new Option<string?>("--name") { Description = "Display name (default: the host name)" };
        var type = new Option<SourceType>("--type") { Description = "RSS, ATOM or JSON_FEED", DefaultValueFactory = _ => SourceType.RSS };
        var lang = new Option<string>("--lang") { Description = "ISO 639-1 language", DefaultValueFactory = _ => "en" };
        var weight = new Option<double>("--weight") { Description = "Trust used by scoring", DefaultValueFactory = _ => 1.0 };
        var interval = new Option<string?>("--interval") { Description = "Fixed poll interval like 15m (default adaptive)" };
        var command = new Command("add", "Add a source to the sources file") { url, name, type, lang, weight, interval, noDiscover };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(g.Sources)!;
            var urlText = parse.GetValue(url)!;
            if (!HttpUrls.TryParse(urlText, out var uri))
            {
                throw new CliException($"'{urlText}' is not an absolute http(s) URL");
            }
            TimeSpan? every = null;
            if (parse.GetValue(interval) is { } intervalText)
            {
                every = Durations.TryParse(intervalText, out var parsed) ? parsed : throw new CliException($"--interval must look like 15m, 1h or 1d, got '{intervalText}'");
            }
            var source = new SourceDefinition(parse.GetValue(name) ?? uri.Host, uri, parse.GetValue(type), parse.GetValue(lang)!, parse.GetValue(weight), every, true);
            // Validate exactly as the loader will, before any network call, so a bad value is refused early.
            Validate(source);
            if (!parse.GetValue(noDiscover))
            {
                var (feedUrl, discovered) = await DiscoverAsync(uri, ct);
                if (discovered is not null)
                {
                    await io.Out.WriteLineAsync($"discovered {discovered.Type} feed {discovered.Url}{(discovered.Title is null ? "" : $" ({discovered.Title})")}");
                }
                var feedType = discovered is not null && Enum.TryParse<SourceType>(discovered.Type, out var t) ? t : source.Type;
                source = source with { Url = feedUrl, Type = feedType, Name = parse.GetValue(name) ?? feedUrl.Host };
            }
            try
            {
                SourcesFile.Add(path, source);
            }
            catch (SourcesFileException e)
            {
                throw new CliException(e.Message);
            }
            await io.Out.WriteLineAsync($"added {source.Key} ({source.Url}) to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Validate(SourceDefinition source)
    {
        try
        {
            SourcesFile.ParseText("sources:\n" + SourcesFile.Render(source), "new source");
        }
        catch (SourcesFileException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>The feed URL for <paramref name="url"/>: itself when it serves a feed, else the page's first alternate feed link.</summary>
    private static async Task<(Uri Url, DiscoveredFeed? Discovered)> DiscoverAsync(Uri url, CancellationToken ct)
    {
        var services = new ServiceCollection().AddSingleton<IConfiguration>(CoinwireConfiguration.Build()).AddLogging().AddFetching();
        await using var provider = services.BuildServiceProvider();
        var result = await provider.GetRequiredService<FeedDiscovery>().DiscoverAsync(url, cancellationToken: ct);
        if (result.PageIsFeed)
        {
            return (result.Fetch.FinalUrl ?? url, null);
        }
        if (result.Feeds.Count > 0)
        {
            return (result.Feeds[0].Url, result.Feeds[0]);
        }
        var why = result.Fetch.IsSuccess ? "the page names no RSS, Atom or JSON feed" : $"{result.Fetch.Outcome}: {result.Fetch.Error}";
        throw new CliException($"cannot find a feed at {url} ({why}); use --no-discover to add it anyway");
    }
}
