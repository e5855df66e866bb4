using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.ML;

namespace Coinwire.Sentiment;

/// <summary>
/// The trained sentiment classifier. Load once (<see cref="Shipped"/>, <see cref="Load(string)"/>) and share:
/// prediction is thread-safe, each call borrows a pooled ML.NET prediction engine.
/// </summary>
public sealed partial class SentimentModel
{
    /// <summary>Manifest name of the model shipped inside the assembly.</summary>
    public const string ShippedResource = "Coinwire.Sentiment.sentiment-model.zip";

    private const string PipelineEntry = "pipeline.zip";
    private const string LexiconEntry = "vader.tsv";
    private static readonly Lazy<SentimentModel> ShippedModel = new(LoadShipped);

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _schema;
    private readonly SentimentFeatures _features;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelOutput>> _engines = [];

    internal SentimentModel(MLContext ml, ITransformer transformer, DataViewSchema schema, SentimentFeatures features)
    {
        _ml = ml;
        _transformer = transformer;
        _schema = schema;
        _features = features;
    }

    /// <summary>The model committed in the repository (trained on commercially usable data only), loaded on first use.</summary>
    public static SentimentModel Shipped => ShippedModel.Value;

    /// <summary>Loads the model embedded in this assembly.</summary>
    /// <exception cref="InvalidOperationException">When the resource is missing from the build.</exception>
    public static SentimentModel LoadShipped()
    {
        using var stream = typeof(SentimentModel).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"Embedded resource {ShippedResource} not found.");
        return Load(stream);
    }

    /// <summary>Loads a model file written by <see cref="Save(string)"/> (e.g. one trained locally).</summary>
    public static SentimentModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Loads a model from a stream in the format <see cref="Save(Stream)"/> writes.</summary>
    /// <exception cref="InvalidDataException">When the stream is not a Coinwire sentiment model.</exception>
    public static SentimentModel Load(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var pipelineEntry = zip.GetEntry(PipelineEntry) ?? throw new InvalidDataException($"Not a sentiment model: no {PipelineEntry}.");
        var lexiconEntry = zip.GetEntry(LexiconEntry) ?? throw new InvalidDataException($"Not a sentiment model: no {LexiconEntry}.");
        ValenceLexicon vader;
        using (var reader = new StreamReader(lexiconEntry.Open()))
        {
            vader = ValenceLexicon.Read(reader);
        }
        using var pipeline = new MemoryStream();
        using (var s = pipelineEntry.Open())
        {
            s.CopyTo(pipeline);
        }
        pipeline.Position = 0;
        var ml = new MLContext(seed: 0);
        var transformer = ml.Model.Load(pipeline, out var schema);
        return new SentimentModel(ml, transformer, schema, new SentimentFeatures(vader));
    }

    /// <summary>Writes the model (ML.NET pipeline plus the lexicon its features use) to a zip file.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Writes the model to a stream.</summary>
    public void Save(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var pipeline = new MemoryStream())
        {
            _ml.Model.Save(_transformer, _schema, pipeline);
            pipeline.Position = 0;
            // The pipeline zip is already compressed, so it is stored as is.
            using var entry = CreateEntry(zip, PipelineEntry, CompressionLevel.NoCompression).Open();
            WithFixedTimestamps(pipeline, entry);
        }
        using var writer = new StreamWriter(CreateEntry(zip, LexiconEntry, CompressionLevel.SmallestSize).Open());
        _features.Vader.Write(writer);
    }

    // Zip entries carry the time of writing; a fixed time makes retraining give a byte-identical file.
    private static readonly DateTimeOffset FixedTime = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ZipArchiveEntry CreateEntry(ZipArchive zip, string name, CompressionLevel level)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = FixedTime;
        return entry;
    }

    private static void WithFixedTimestamps(Stream source, Stream destination)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var e in input.Entries)
        {
            using var from = e.Open();
            using var to = CreateEntry(output, e.FullName, CompressionLevel.SmallestSize).Open();
            from.CopyTo(to);
        }
    }

    /// <summary>Classifies one text (a headline, a headline with its summary, a tweet).</summary>
    public SentimentResult Predict(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SentimentResult.Empty;
        }
        var engine = Rent();
        try
        {
            return ToResult(engine.Predict(_features.Create(text)).Score);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>Classifies many texts, in parallel; results are in input order.</summary>
    public IReadOnlyList<SentimentResult> PredictBatch(IReadOnlyList<string> texts)
    {
        var results = new SentimentResult[texts.Count];
        var chunk = Math.Max(64, texts.Count / (Environment.ProcessorCount * 4) + 1);
        Parallel.For(0, (texts.Count + chunk - 1) / chunk, c =>
        {
            var engine = Rent();
            try
            {
                for (var i = c * chunk; i < Math.Min(texts.Count, (c + 1) * chunk); i++)
                {
                    results[i] = string.IsNullOrWhiteSpace(texts[i]) ? SentimentResult.Empty : ToResult(engine.Predict(_features.Create(texts[i])).Score);
                }
            }
            finally
            {
                _engines.Add(engine);
            }
        });
        return results;
    }

    private PredictionEngine<ModelInput, ModelOutput> Rent() =>
        _engines.TryTake(out var engine) ? engine : _ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(_transformer, _schema);

    private static SentimentResult ToResult(float[] scores)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
        {
            best = scores[k] > scores[best] ? k : best;
        }
        return new SentimentResult(SentimentLabels.All[best], scores[best]);
    }
}
