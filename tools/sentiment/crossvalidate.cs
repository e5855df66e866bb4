#:project ../../src/Coinwire/Coinwire.csproj
#:property PublishAot=false
// Model selection for the sentiment classifier: grouped 5-fold cross-validation on the trainable sets plus
// Financial PhraseBank as an out-of-domain test. Usage: dotnet run crossvalidate.cs -- [key=value ...]
// Keys: algo=Sdca|Lbfgs words=N bits=N l2=F l1=F iter=N labels=F sets=F folds=N noncommercial=true
using System.Globalization;
using Coinwire.Common;
using Coinwire.Sentiment;

var o = new SentimentTrainerOptions();
var folds = 5;
var nonCommercial = false;
foreach (var arg in args)
{
    var (key, value) = (arg.Split('=')[0], arg.Split('=')[1]);
    var f = float.TryParse(value, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0f;
    o = key switch
    {
        "algo" => o with { Algorithm = Enum.Parse<SentimentAlgorithm>(value, true) },
        "words" => o with { WordNgrams = (int)f },
        "bits" => o with { HashBits = (int)f },
        "l2" => o with { L2 = f },
        "l1" => o with { L1 = f },
        "iter" => o with { MaxIterations = (int)f },
        "labels" => o with { LabelBalance = f },
        "sets" => o with { SetBalance = f },
        _ => o,
    };
    folds = key == "folds" ? (int)f : folds;
    nonCommercial = key == "noncommercial" ? value == "true" : nonCommercial;
}
var sw = System.Diagnostics.Stopwatch.StartNew();
var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
var results = SentimentTrainer.CrossValidate(RepoPaths.Shared("corpus", "sentiment"), nonCommercial, o, folds);
Console.WriteLine($"{string.Join(' ', args)}  ({sw.Elapsed.TotalSeconds:0} s, cpu {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0} s)");
foreach (var r in results)
{
    Console.WriteLine($"  {r.Set,-24} {r.Metrics}");
}
Console.WriteLine($"  mean macro-F1 {results.Average(r => r.Metrics.MacroF1):0.000}");
