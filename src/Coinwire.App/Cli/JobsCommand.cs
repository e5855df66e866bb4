using System.CommandLine;
using Coinwire.App.Hosting;
using Coinwire.Storage;
using Coinwire.Storage.Entities;

namespace Coinwire.App.Cli;

/// <summary><c>coinwire jobs list [--state S] [--stage S] [--limit N] [--json]</c> and <c>coinwire jobs retry [--stage S] [--json]</c>.</summary>
public static class JobsCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Build(CliContext io, GlobalOptions g)
    {
        var group = new Command("jobs", "Inspect the work queue and retry failed jobs");
        group.Subcommands.Add(List(io, g));
        group.Subcommands.Add(Retry(io, g));
        return group;
    }

    private static Command List(CliContext io, GlobalOptions g)
    {
        var state = new Option<JobStatus?>("--state") { Description = "Only jobs in this state: pending, running, done or failed" };
        var stage = new Option<string?>("--stage") { Description = "Only jobs of this stage (cluster, enrich, publish)" };
        var limit = new Option<int>("--limit") { Description = "At most this many jobs, newest first", DefaultValueFactory = _ => 100 };
        var json = GlobalOptions.Json();
        var command = new Command("list", "List jobs, newest first, with their attempts, lease and last error") { state, stage, limit, json };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(limit) < 1)
            {
                throw new CliException("--limit must be at least 1");
            }
            var store = await CommandStore.OpenAsync(parse.GetValue(g.Data)!, ct);
            var jobs = await new JobQueue(store).ListAsync(parse.GetValue(state), parse.GetValue(stage), parse.GetValue(limit), ct);
            if (parse.GetValue(json))
            {
                await CliJson.WriteAsync(io.Out, jobs.Select(j => new
                {
                    j.Id, j.Stage, j.StageVersion, j.SubjectId, j.Status, j.Attempts, j.LeaseOwner,
                    LeaseExpiresAt = SourcesCommands.Iso(j.LeaseExpiresAt), AvailableAt = SourcesCommands.Iso(j.AvailableAt),
                    CreatedAt = SourcesCommands.Iso(j.CreatedAt), CompletedAt = SourcesCommands.Iso(j.CompletedAt), j.LastError,
                }));
                return ExitCodes.Ok;
            }
            foreach (var j in jobs)
            {
                var lease = j.LeaseOwner is null ? "" : $" lease={j.LeaseOwner} until {SourcesCommands.Iso(j.LeaseExpiresAt)}";
                var error = j.LastError is null ? "" : $" error={j.LastError.ReplaceLineEndings(" ")}";
                await io.Out.WriteLineAsync($"{j.Id,8} {j.Stage,-8} {j.SubjectId,8} {j.Status,-7} attempts={j.Attempts}{lease}{error}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Retry(CliContext io, GlobalOptions g)
    {
        var stage = new Option<string?>("--stage") { Description = "Only failed jobs of this stage" };
        var json = GlobalOptions.Json();
        var command = new Command("retry", "Queue failed jobs again with their attempts reset") { stage, json };
        command.SetAction(async (parse, ct) =>
        {
            var store = await CommandStore.OpenAsync(parse.GetValue(g.Data)!, ct);
            var retried = await new JobQueue(store).RetryFailedAsync(parse.GetValue(stage), ct);
            if (parse.GetValue(json))
            {
                await CliJson.WriteAsync(io.Out, new { retried });
            }
            else
            {
                await io.Out.WriteLineAsync($"{retried} failed jobs queued again");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
