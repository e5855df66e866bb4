using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Coinwire.Sentiment;

/// <summary>
/// Builds and trains the ML.NET sentiment pipeline: word and character n-grams of <see cref="SentimentText"/> tokens,
/// VADER and market-lexicon features, and a maximum-entropy classifier over NEUTRAL / POSITIVE / NEGATIVE.
/// </summary>
public static partial class SentimentTrainer
{
    /// <summary>VADER lexicon file in the lexicons folder (MIT), bundled into the model for its features.</summary>
    public const string VaderFile = "vader_lexicon.txt";

    /// <summary>
    /// What <c>coinwire train sentiment</c> runs: trains on the corpus (Financial PhraseBank only when
    /// <paramref name="includeNonCommercial"/> is set), saves the model to <paramref name="outPath"/> and scores it on every public set.
    /// </summary>
    /// <param name="sentimentDir">The <c>corpus/sentiment</c> folder; the lexicons are read from its sibling <c>lexicons</c>.</param>
    /// <param name="includeNonCommercial">Also train on CC BY-NC-SA data; the result must not be redistributed commercially.</param>
    /// <param name="outPath">Where to write the model file.</param>
    /// <param name="options">Hyper-parameters; the shipped model's by default.</param>
    public static SentimentTrainingReport TrainFromCorpus(string sentimentDir, bool includeNonCommercial, string outPath, SentimentTrainerOptions? options = null)
    {
        options ??= new SentimentTrainerOptions();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var rows = SentimentCorpus.LoadTraining(sentimentDir, includeNonCommercial);
        var model = Train(rows, LoadVader(sentimentDir), options);
        var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }
        model.Save(outPath);
        var trainedOn = rows.Select(r => r.Set).Distinct().ToList();
        var evaluations = SentimentCorpus.PublicSets
            .Select(s => new SetEvaluation(s.Name, trainedOn.Contains(s.Name),
                SentimentMetrics.Evaluate(SentimentCorpus.LoadPublic(sentimentDir, s.Name), model.PredictBatch)))
            .ToList();
        return new SentimentTrainingReport(Path.GetFullPath(outPath), new FileInfo(outPath).Length, rows.Count, trainedOn,
            includeNonCommercial, options, evaluations, started.Elapsed);
    }

    /// <summary>Trains a model on <paramref name="rows"/> with the given lexicon and options (deterministic for equal inputs).</summary>
    public static SentimentModel Train(IReadOnlyList<LabeledText> rows, ValenceLexicon vader, SentimentTrainerOptions options)
    {
        var ml = new MLContext(options.Seed);
        var features = new SentimentFeatures(vader);
        var weights = Weights(rows, options);
        var inputs = rows.Select((r, i) => features.Create(r.Text, r.Label, weights[i])).ToList();
        var data = ml.Data.LoadFromEnumerable(inputs);
        var transformer = BuildPipeline(ml, options).Fit(data);
        return new SentimentModel(ml, transformer, data.Schema, features);
    }

    /// <summary>The VADER lexicon beside <paramref name="sentimentDir"/> (<c>../lexicons/vader_lexicon.txt</c>).</summary>
    public static ValenceLexicon LoadVader(string sentimentDir) =>
        ValenceLexicon.LoadVader(Path.Combine(sentimentDir, "..", "lexicons", VaderFile));

    private static IEstimator<ITransformer> BuildPipeline(MLContext ml, SentimentTrainerOptions o)
    {
        var labelKeys = ml.Data.LoadFromEnumerable(SentimentLabels.All.Select(l => new LabelRow { Label = l.ToString() }));
        // Hashed n-grams keep no vocabulary or slot names in the saved model, which keeps the shipped file small;
        // the text is already tokenized and lower-cased by SentimentText, so splitting on spaces is enough.
        var featurize = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(ModelInput.Label), keyData: labelKeys)
            .Append(ml.Transforms.Text.ProduceHashedWordBags("WordBag", nameof(ModelInput.Text), o.HashBits, o.WordNgrams, useAllLengths: true))
            .Append(ml.Transforms.NormalizeLpNorm("TextFeatures", "WordBag"))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", nameof(ModelInput.Lexicon)));
        IEstimator<ITransformer> trainer = o.Algorithm switch
        {
            SentimentAlgorithm.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                ExampleWeightColumnName = nameof(ModelInput.Weight),
                L2Regularization = o.L2 * 1e-3f,
                L1Regularization = o.L1 * 1e-3f,
                MaximumNumberOfIterations = o.MaxIterations,
                NumberOfThreads = 1,
                Shuffle = true,
            }),
            _ => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                ExampleWeightColumnName = nameof(ModelInput.Weight),
                L2Regularization = o.L2,
                L1Regularization = o.L1,
                MaximumNumberOfIterations = o.MaxIterations,
                NumberOfThreads = 1,
                OptimizationTolerance = 1e-6f,
            }),
        };
        // Learners pass over the data many times; without the cache every pass would re-extract the n-grams.
        return featurize.AppendCacheCheckpoint(ml).Append(trainer);
    }

    // Row weights: labels balanced within each set and sets balanced against each other, each by a tunable exponent.
    private static float[] Weights(IReadOnlyList<LabeledText> rows, SentimentTrainerOptions o)
    {
        var setSizes = rows.GroupBy(r => r.Set).ToDictionary(g => g.Key, g => g.Count());
        var labelSizes = rows.GroupBy(r => (r.Set, r.Label)).ToDictionary(g => g.Key, g => g.Count());
        var meanSet = setSizes.Values.Average();
        var w = new float[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var setN = setSizes[r.Set];
            var labelShare = (double)labelSizes[(r.Set, r.Label)] / setN;
            w[i] = (float)(Math.Pow(meanSet / setN, o.SetBalance) * Math.Pow(1.0 / (3 * labelShare), o.LabelBalance));
        }
        var mean = w.Average();
        for (var i = 0; i < w.Length; i++)
        {
            w[i] /= mean;
        }
        return w;
    }
}
