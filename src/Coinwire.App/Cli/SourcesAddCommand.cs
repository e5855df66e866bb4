using System.CommandLine;
using Coinwire.Sources;

namespace Coinwire.App.Cli;

public static partial class SourcesCommands
{
    private static Command Add(CliContext io, GlobalOptions g)
    {
        var url = new Argument<string>("url") { Description = "Feed URL (or, once discovery lands, a site's home page)" };
        var name = new Option<string?>("--name") { Description = "Display name (default: the host name)" };
        var type = new Option<SourceType>("--type") { Description = "RSS, ATOM or JSON_FEED", DefaultValueFactory = _ => SourceType.RSS };
        var lang = new Option<string>("--lang") { Description = "ISO 639-1 language", DefaultValueFactory = _ => "en" };
        var weight = new Option<double>("--weight") { Description = "Trust used by scoring", DefaultValueFactory = _ => 1.0 };
        var interval = new Option<string?>("--interval") { Description = "Fixed poll interval like 15m (default adaptive)" };
        var command = new Command("add", "Add a source to the sources file") { url, name, type, lang, weight, interval };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(g.Sources)!;
            var urlText = parse.GetValue(url)!;
            if (!Uri.TryCreate(urlText, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new CliException($"'{urlText}' is not an absolute http(s) URL");
            }
            TimeSpan? every = null;
            if (parse.GetValue(interval) is { } intervalText)
            {
                every = Durations.TryParse(intervalText, out var parsed) ? parsed : throw new CliException($"--interval must look like 15m, 1h or 1d, got '{intervalText}'");
            }
            var source = new SourceDefinition(parse.GetValue(name) ?? uri.Host, uri, parse.GetValue(type), parse.GetValue(lang)!, parse.GetValue(weight), every, true);
            try
            {
                // Validate exactly as the loader will, so a bad value is refused before it reaches the file.
                SourcesFile.ParseText("sources:\n" + SourcesFile.Render(source), "new source");
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
}
