using System.CommandLine;
using Coinwire.Common;
using Coinwire.Sentiment;

namespace Coinwire.App.Cli;

/// <summary><c>coinwire train sentiment</c>: trains the sentiment model from the labeled TSVs.</summary>
public static class TrainCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Build(CliContext io, GlobalOptions g)
    {
        var group = new Command("train", "Train models from ../shared/corpus");
        var nonCommercial = new Option<bool>("--include-noncommercial") { Description = "Also train on Financial PhraseBank (CC BY-NC-SA): for local, non-commercial use only" };
        var output = new Option<string?>("--out") { Description = "Model file to write (default: DATA/models/sentiment-model.zip)" };
        var corpus = new Option<string?>("--corpus") { Description = "Folder with the labeled TSVs (default: ../shared/corpus/sentiment)" };
        var sentiment = new Command("sentiment", "Train the POSITIVE/NEGATIVE/NEUTRAL model; the shipped model is this run without --include-noncommercial") { nonCommercial, output, corpus };
        sentiment.SetAction(async (parse, ct) =>
        {
            var includeNc = parse.GetValue(nonCommercial);
            var dir = parse.GetValue(corpus) ?? SharedCorpus();
            var outPath = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(parse.GetValue(g.Data)!, "models", "sentiment-model.zip"));
            var shipped = RepoPaths.FindRoot() is { } root ? Path.Combine(root, "src", "Coinwire", "Sentiment", "sentiment-model.zip") : null;
            if (includeNc && outPath == shipped)
            {
                throw new CliException("a model trained on non-commercial data must not replace the shipped model; choose another --out");
            }
            if (!Directory.Exists(dir))
            {
                throw new CliException($"{dir}: sentiment corpus folder not found");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
            await io.Out.WriteLineAsync($"training on {dir}{(includeNc ? " (including non-commercial sets)" : "")} …");
            var report = await Task.Run(() => SentimentTrainer.TrainFromCorpus(dir, includeNc, outPath), ct);
            await io.Out.WriteLineAsync(report.ToString());
            await io.Out.WriteLineAsync($"model written to {outPath}");
            return ExitCodes.Ok;
        });
        group.Subcommands.Add(sentiment);
        return group;
    }

    private static string SharedCorpus()
    {
        try
        {
            return RepoPaths.Shared("corpus", "sentiment");
        }
        catch (DirectoryNotFoundException e)
        {
            throw new CliException($"{e.Message}; pass --corpus DIR");
        }
    }
}
