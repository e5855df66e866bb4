using System.CommandLine;
using Coinwire.Articles;

namespace Coinwire.App.Cli;

/// <summary><c>coinwire article parse|render|format|check</c>: the article file contract from the command line.</summary>
public static class ArticleCommands
{
    /// <summary>Builds the command group.</summary>
    public static Command Build(CliContext io, GlobalOptions g)
    {
        var group = new Command("article", "Read, write and validate article files");
        group.Subcommands.Add(Single(io, "parse", "Article Markdown → JSON (front-matter fields plus body)",
            text => ArticleJson.ToJson(FrontMatterDocument.Parse(text)) + "\n"));
        group.Subcommands.Add(Single(io, "render", "Article JSON → Markdown on stdout",
            text => ArticleJson.FromJson(text).Render()));
        group.Subcommands.Add(Single(io, "format", "Parse an article and write it back in the contract's style",
            text => FrontMatterDocument.Parse(text).Render()));
        group.Subcommands.Add(Check(io));
        return group;
    }

    private static Command Single(CliContext io, string name, string description, Func<string, string> transform)
    {
        var file = new Argument<string>("file") { Description = "Input file" };
        var command = new Command(name, description) { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var text = InputFiles.ReadUtf8(path);
            string output;
            try
            {
                output = transform(text);
            }
            catch (ArticleFormatException e)
            {
                throw new CliException($"{path}: {e.Message}");
            }
            await io.Out.WriteAsync(output);
            await io.Out.FlushAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Check(CliContext io)
    {
        var files = new Argument<string[]>("files") { Description = "Article files", Arity = ArgumentArity.OneOrMore };
        var json = GlobalOptions.Json();
        var command = new Command("check", "Validate article files against the contract; exit 1 on any error") { files, json };
        command.SetAction(async (parse, ct) =>
        {
            var failed = false;
            var report = new List<object>();
            foreach (var path in parse.GetValue(files)!)
            {
                IReadOnlyList<ValidationFinding> findings;
                try
                {
                    findings = ArticleValidator.Check(InputFiles.ReadUtf8(path));
                }
                catch (CliException e)
                {
                    findings = [new ValidationFinding(FindingSeverity.Error, "file", e.Message.StartsWith(path, StringComparison.Ordinal) ? e.Message[(path.Length + 2)..] : e.Message)];
                }
                failed |= findings.Any(f => f.Severity == FindingSeverity.Error);
                if (parse.GetValue(json))
                {
                    report.Add(new { File = path, Ok = findings.All(f => f.Severity != FindingSeverity.Error), Findings = findings.Select(f => new { Severity = f.Severity.ToString().ToLowerInvariant(), f.Field, f.Message }) });
                    continue;
                }
                foreach (var f in findings)
                {
                    await io.Out.WriteLineAsync($"{path}: {f.Severity.ToString().ToLowerInvariant()}: {f.Field}: {f.Message}");
                }
                if (findings.Count == 0)
                {
                    await io.Out.WriteLineAsync($"{path}: ok");
                }
            }
            if (parse.GetValue(json))
            {
                await CliJson.WriteAsync(io.Out, report);
            }
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
