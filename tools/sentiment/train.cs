#:project ../../src/Coinwire/Coinwire.csproj
#:property PublishAot=false
// Retrains the sentiment model the way `coinwire train sentiment` does (SentimentTrainer.TrainFromCorpus).
// Usage: dotnet run tools/sentiment/train.cs -- [--include-noncommercial] [--out FILE]
// Without --out it overwrites the shipped model, src/Coinwire/Sentiment/sentiment-model.zip; with
// --include-noncommercial refuse that path, because a model trained on Financial PhraseBank must not be committed.
using Coinwire.Common;
using Coinwire.Sentiment;

var nonCommercial = args.Contains("--include-noncommercial");
var outIndex = Array.IndexOf(args, "--out");
var shipped = Path.Combine(RepoPaths.FindRoot() ?? ".", "src", "Coinwire", "Sentiment", "sentiment-model.zip");
var outPath = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : shipped;
if (nonCommercial && Path.GetFullPath(outPath) == Path.GetFullPath(shipped))
{
    Console.Error.WriteLine("error: a model trained with --include-noncommercial may not replace the shipped model; pass --out FILE");
    return 2;
}
var report = SentimentTrainer.TrainFromCorpus(RepoPaths.Shared("corpus", "sentiment"), nonCommercial, outPath);
Console.Write(report);
return 0;
