using System.CommandLine;
using Coinwire.App.Hosting;
using Coinwire.Sources;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.App.Cli;

/// <summary><c>coinwire sources list|add|remove|health</c>.</summary>
public static partial class SourcesCommands
{
    /// <summary>Builds the command group.</summary>
    public static Command Build(CliContext io, GlobalOptions g)
    {
        var group = new Command("sources", "Manage the polled sources");
        group.Subcommands.Add(List(io, g));
        group.Subcommands.Add(Add(io, g));
        group.Subcommands.Add(Remove(io, g));
        group.Subcommands.Add(Health(io, g));
        return group;
    }

    internal static IReadOnlyList<SourceDefinition> LoadFile(ParseResult parse, GlobalOptions g)
    {
        try
        {
            return SourcesFile.Load(parse.GetValue(g.Sources)!);
        }
        catch (SourcesFileException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static Command List(CliContext io, GlobalOptions g)
    {
        var json = GlobalOptions.Json();
        var command = new Command("list", "List the sources in the sources file") { json };
        command.SetAction(async (parse, ct) =>
        {
            var sources = LoadFile(parse, g);
            if (parse.GetValue(json))
            {
                await CliJson.WriteAsync(io.Out, sources.Select(s => new
                {
                    s.Key, s.Name, Url = s.Url.ToString(), Type = s.Type.ToString(), s.Lang, s.Weight,
                    Interval = s.Interval is { } i ? Durations.Format(i) : null, s.Enabled,
                }));
                return ExitCodes.Ok;
            }
            foreach (var s in sources)
            {
                var interval = s.Interval is { } i ? Durations.Format(i) : "adaptive";
                await io.Out.WriteLineAsync($"{s.Key,-34} {(s.Enabled ? "on " : "off")} {s.Type,-9} w={s.Weight:0.0#} {interval,-8} {s.Url}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(CliContext io, GlobalOptions g)
    {
        var key = new Argument<string>("key") { Description = "The source's key (see 'sources list')" };
        var command = new Command("remove", "Remove a source from the sources file (its stored items stay)") { key };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(g.Sources)!;
            var wanted = parse.GetValue(key)!;
            LoadFile(parse, g);
            if (!SourcesFile.Remove(path, wanted))
            {
                throw new CliException($"no source with key '{wanted}' in {path}");
            }
            await io.Out.WriteLineAsync($"removed {wanted} from {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Health(CliContext io, GlobalOptions g)
    {
        var json = GlobalOptions.Json();
        var command = new Command("health", "Per source: last status, errors, next poll, validators held, items") { json };
        command.SetAction(async (parse, ct) =>
        {
            var store = await CommandStore.OpenAsync(parse.GetValue(g.Data)!, ct);
            await SourceSync.SyncAsync(store, LoadFile(parse, g), ct);
            await using var db = store.CreateContext();
            var rows = (await db.Sources.AsNoTracking().ToListAsync(ct)).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
            if (parse.GetValue(json))
            {
                await CliJson.WriteAsync(io.Out, rows.Select(s => new
                {
                    s.Key, s.Name, s.Url, s.Enabled, s.LastStatus, s.LastHttpStatus, s.ErrorCount, s.LastError,
                    LastFetchAt = Iso(s.LastFetchAt), LastSuccessAt = Iso(s.LastSuccessAt), NextPollAt = Iso(s.NextPollAt ?? DateTime.UtcNow),
                    Etag = s.ETag, s.LastModified, s.PermanentRedirectUrl, Items = s.ItemCount,
                }));
                return ExitCodes.Ok;
            }
            foreach (var s in rows)
            {
                var status = s.LastStatus ?? "never fetched";
                var error = s.ErrorCount > 0 ? $" errors={s.ErrorCount} ({s.LastError})" : "";
                await io.Out.WriteLineAsync($"{s.Key,-34} {status,-12} items={s.ItemCount,-5} next={Iso(s.NextPollAt) ?? "now"}{error}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string? Iso(DateTime? t) => t?.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
}
