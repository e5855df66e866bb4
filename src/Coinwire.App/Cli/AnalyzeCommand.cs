using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Coinwire.Sentiment;
using Coinwire.Tagging;

namespace Coinwire.App.Cli;

/// <summary><c>coinwire analyze [--json]</c>: one text per stdin line → <c>sentiment&lt;TAB&gt;probability&lt;TAB&gt;tickers</c>.</summary>
public static class AnalyzeCommand
{
    /// <summary>Lines longer than this are analysed on their first part only, so one huge line cannot exhaust memory.</summary>
    public const int MaxLineChars = 100_000;

    /// <summary>Builds the command.</summary>
    public static Command Build(CliContext io, GlobalOptions g)
    {
        var json = GlobalOptions.Json();
        var model = new Option<string?>("--model") { Description = "A locally trained model file (default: the shipped model)" };
        var command = new Command("analyze", "Sentiment and coins for each line of stdin") { json, model };
        command.SetAction(async (parse, ct) =>
        {
            var sentiment = parse.GetValue(model) is { } path ? LoadModel(path) : SentimentModel.Shipped;
            var tagger = CoinTagger.Default;
            var asJson = parse.GetValue(json);
            while (await io.In.ReadLineAsync(ct) is { } line)
            {
                var text = line.Length > MaxLineChars ? line[..MaxLineChars] : line;
                var result = sentiment.Predict(text);
                var tickers = tagger.Tag(text).Coins.Select(c => c.Ticker).ToList();
                var probability = result.Probability.ToString("0.0000", CultureInfo.InvariantCulture);
                await io.Out.WriteLineAsync(asJson
                    ? JsonSerializer.Serialize(new { sentiment = result.Label.ToString(), probability = Math.Round(result.Probability, 4), tickers }, CliJson.Compact)
                    : $"{result.Label}\t{probability}\t{string.Join('|', tickers)}");
            }
            await io.Out.FlushAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static SentimentModel LoadModel(string path)
    {
        InputFiles.ReadBytes(path);
        try
        {
            return SentimentModel.Load(path);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or FormatException or IOException)
        {
            throw new CliException($"{path}: not a Coinwire sentiment model ({e.Message})");
        }
    }
}
