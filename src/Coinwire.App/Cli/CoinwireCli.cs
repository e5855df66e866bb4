using System.CommandLine;

namespace Coinwire.App.Cli;

/// <summary>Builds the <c>coinwire</c> command tree and runs it with the error and exit-code rules of DESIGN.md.</summary>
public static class CoinwireCli
{
    /// <summary>Runs <paramref name="args"/> against the process console.</summary>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliContext.FromConsole());

    /// <summary>Runs <paramref name="args"/> against the given streams.</summary>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, CliContext io)
    {
        var root = BuildRoot(io);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // The parser lists "required command" before the unknown token that caused it; the latter says more.
            var error = parsed.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parsed.Errors[0];
            await io.Error.WriteLineAsync($"error: {error.Message} (see 'coinwire --help')");
            return ExitCodes.Usage;
        }

        // SIGTERM cancels the action; it then has a few seconds to release its claims (DESIGN: exit within 10 s).
        var config = new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(8) };
        try
        {
            return await parsed.InvokeAsync(config);
        }
        catch (CliException e)
        {
            await io.Error.WriteLineAsync($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await io.Error.WriteLineAsync("error: cancelled");
            return 130;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await io.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            // A bug, not bad input: still one line, with the type to make it reportable.
            await io.Error.WriteLineAsync($"error: internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static RootCommand BuildRoot(CliContext io)
    {
        var root = new RootCommand("Coinwire: a self-hosted crypto news wire.");
        var g = new GlobalOptions();
        root.Options.Add(g.Data);
        root.Options.Add(g.Sources);
        root.Subcommands.Add(AnalyzeCommand.Build(io, g));
        root.Subcommands.Add(ArticleCommands.Build(io, g));
        root.Subcommands.Add(FeedCommands.Build(io, g));
        root.Subcommands.Add(IngestCommand.Build(io, g));
        root.Subcommands.Add(JobsCommand.Build(io, g));
        root.Subcommands.Add(RewriteCommand.Build(io, g));
        root.Subcommands.Add(RunCommand.Build(io, g));
        root.Subcommands.Add(StatsCommand.Build(io, g));
        root.Subcommands.Add(SourcesCommands.Build(io, g));
        root.Subcommands.Add(TrainCommand.Build(io, g));
        root.Subcommands.Add(ImportExportCommands.Import(io, g));
        root.Subcommands.Add(ImportExportCommands.Export(io, g));
        return root;
    }
}
