using System.CommandLine;
using Coinwire.App.Hosting;
using Coinwire.Publishing;

namespace Coinwire.App.Cli;

/// <summary><c>coinwire import DIR</c> and <c>coinwire export --out DIR</c>: stored articles ⇄ Markdown files.</summary>
public static class ImportExportCommands
{
    /// <summary>Builds <c>import</c>.</summary>
    public static Command Import(CliContext io, GlobalOptions g)
    {
        var dir = new Argument<string>("dir") { Description = "Folder of article files (*.md)" };
        var json = GlobalOptions.Json();
        var command = new Command("import", "Store the article files of a folder (create or update by slug or source and id)") { dir, json };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(dir)!;
            if (!Directory.Exists(path))
            {
                throw new CliException($"{path}: folder not found");
            }
            var store = await CommandStore.OpenAsync(parse.GetValue(g.Data)!, ct);
            await SearchIndex.EnsureAsync(store, ct);
            var entries = await ArticleFolder.ImportAsync(store, path, ct);
            foreach (var e in entries.Where(e => e.Error is not null))
            {
                await io.Error.WriteLineAsync($"error: {e.File}: {e.Error}");
            }
            var ok = entries.Where(e => e.Result is not null).Select(e => e.Result!).ToList();
            if (parse.GetValue(json))
            {
                await CliJson.WriteAsync(io.Out, new
                {
                    Imported = entries.Where(e => e.Result is not null).Select(e => new { e.File, e.Result!.Slug, Action = e.Result.Action.ToString().ToLowerInvariant() }),
                    Failed = entries.Where(e => e.Error is not null).Select(e => new { e.File, e.Error }),
                });
            }
            else
            {
                await io.Out.WriteLineAsync(
                    $"imported {ok.Count} of {entries.Count} files: {ok.Count(r => r.Action == ImportAction.Created)} created, " +
                    $"{ok.Count(r => r.Action == ImportAction.Updated)} updated, {ok.Count(r => r.Action == ImportAction.Unchanged)} unchanged" +
                    (ok.Count < entries.Count ? $", {entries.Count - ok.Count} failed" : ""));
            }
            return ok.Count == entries.Count ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }

    /// <summary>Builds <c>export</c>.</summary>
    public static Command Export(CliContext io, GlobalOptions g)
    {
        var output = new Option<string>("--out") { Description = "Folder to write {slug}.md files to", Required = true };
        var json = GlobalOptions.Json();
        var command = new Command("export", "Write every stored article to {slug}.md") { output, json };
        command.SetAction(async (parse, ct) =>
        {
            var store = await CommandStore.OpenAsync(parse.GetValue(g.Data)!, ct);
            var files = await ArticleFolder.ExportAsync(store, parse.GetValue(output)!, ct);
            if (parse.GetValue(json))
            {
                await CliJson.WriteAsync(io.Out, new { Exported = files });
            }
            else
            {
                await io.Out.WriteLineAsync($"exported {files.Count} articles to {parse.GetValue(output)}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
