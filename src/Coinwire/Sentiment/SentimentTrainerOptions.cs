namespace Coinwire.Sentiment;

/// <summary>Learner used by <see cref="SentimentTrainer"/>.</summary>
public enum SentimentAlgorithm
{
    /// <summary>ML.NET <c>SdcaMaximumEntropy</c> (stochastic dual coordinate ascent, softmax).</summary>
    Sdca,

    /// <summary>ML.NET <c>LbfgsMaximumEntropy</c> (multinomial logistic regression, L-BFGS).</summary>
    Lbfgs,
}

/// <summary>Hyper-parameters of the sentiment pipeline. The defaults are the shipped model's, chosen by grouped cross-validation.</summary>
public sealed record SentimentTrainerOptions
{
    /// <summary>The learner.</summary>
    public SentimentAlgorithm Algorithm { get; init; } = SentimentAlgorithm.Sdca;

    /// <summary>Longest word n-gram (all shorter lengths are used too).</summary>
    public int WordNgrams { get; init; } = 2;

    /// <summary>Word n-grams are hashed into 2^<see cref="HashBits"/> slots.</summary>
    public int HashBits { get; init; } = 17;

    /// <summary>L2 regularization weight; SDCA averages its loss over rows where L-BFGS sums it, so SDCA gets this × 10⁻³.</summary>
    public float L2 { get; init; } = 0.05f;

    /// <summary>L1 regularization weight (keeps the model small), scaled like <see cref="L2"/>.</summary>
    public float L1 { get; init; } = 0.05f;

    /// <summary>Iteration cap of the learner.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>
    /// Exponent of the label re-weighting within each set: 0 keeps rows at weight 1, 1 gives every label the same total
    /// weight (macro-F1 counts rare labels as much as common ones).
    /// </summary>
    public float LabelBalance { get; init; } = 1f;

    /// <summary>
    /// Exponent of the set re-weighting: 0 keeps rows at weight 1, 1 gives every set the same total weight, so the small
    /// hand-labeled headline sets are not drowned by <c>tfns_train</c>.
    /// </summary>
    public float SetBalance { get; init; } = 0.75f;

    /// <summary>Seed of the ML.NET context; training is single-threaded so the same data gives the same model.</summary>
    public int Seed { get; init; } = 20240601;
}
