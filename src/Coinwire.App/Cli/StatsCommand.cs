using System.CommandLine;
using Coinwire.App.Hosting;
using Coinwire.Storage;

namespace Coinwire.App.Cli;

/// <summary><c>coinwire stats [--json]</c>: counts of sources, items, stories, articles and jobs.</summary>
public static class StatsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliContext io, GlobalOptions g)
    {
        var json = GlobalOptions.Json();
        var command = new Command("stats", "Counts of sources, items, stories, articles and jobs") { json };
        command.SetAction(async (parse, ct) =>
        {
            var store = await CommandStore.OpenAsync(parse.GetValue(g.Data)!, ct);
            var stats = await StoreStats.ReadAsync(store, ct);
            if (parse.GetValue(json))
            {
                await CliJson.WriteAsync(io.Out, stats);
            }
            else
            {
                await io.Out.WriteLineAsync($"store     {store.Description}");
                await io.Out.WriteLineAsync($"sources   {stats.Sources}");
                await io.Out.WriteLineAsync($"items     {stats.Items}");
                await io.Out.WriteLineAsync($"stories   {stats.Stories}");
                await io.Out.WriteLineAsync($"articles  {stats.Articles} published, {stats.Drafts} drafts");
                await io.Out.WriteLineAsync($"jobs      {stats.Jobs.Pending} pending, {stats.Jobs.Running} running, {stats.Jobs.Failed} failed, {stats.Jobs.Done} done");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
