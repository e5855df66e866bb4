using System.Text;

namespace Coinwire.Sentiment;

/// <summary>Scores of a model on one labeled set.</summary>
/// <param name="Set">Set name, e.g. <c>cryptolin</c>.</param>
/// <param name="InSample">True when the model was trained on these rows (scores are then optimistic), or when a cross-validation fold evaluation was not out-of-set.</param>
/// <param name="Metrics">Accuracy and macro-F1.</param>
public sealed record SetEvaluation(string Set, bool InSample, SentimentMetrics Metrics);

/// <summary>What <see cref="SentimentTrainer.TrainFromCorpus"/> did.</summary>
/// <param name="ModelPath">The written model file.</param>
/// <param name="ModelBytes">Its size.</param>
/// <param name="TrainingRows">Rows trained on.</param>
/// <param name="TrainedOn">Sets trained on.</param>
/// <param name="IncludesNonCommercial">True when CC BY-NC-SA data (Financial PhraseBank) was used: do not redistribute the model commercially.</param>
/// <param name="Options">Hyper-parameters used.</param>
/// <param name="Evaluations">Scores on each public split.</param>
/// <param name="Duration">Wall time of loading, training, saving and scoring.</param>
public sealed record SentimentTrainingReport(
    string ModelPath,
    long ModelBytes,
    int TrainingRows,
    IReadOnlyList<string> TrainedOn,
    bool IncludesNonCommercial,
    SentimentTrainerOptions Options,
    IReadOnlyList<SetEvaluation> Evaluations,
    TimeSpan Duration)
{
    /// <summary>A human-readable summary with one line per evaluated set.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append($"model: {ModelPath} ({ModelBytes / 1024.0:0} KiB), {TrainingRows} rows from {string.Join(", ", TrainedOn)}, {Duration.TotalSeconds:0.0} s\n");
        if (IncludesNonCommercial)
        {
            sb.Append("licence: trained on CC BY-NC-SA data (Financial PhraseBank); for non-commercial use only\n");
        }
        foreach (var e in Evaluations)
        {
            sb.Append($"{e.Set,-24} acc/macro-F1 {e.Metrics}{(e.InSample ? "  (trained on: in-sample)" : "")}\n");
        }
        return sb.ToString();
    }
}
