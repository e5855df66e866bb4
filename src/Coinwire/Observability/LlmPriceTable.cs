namespace Coinwire.Observability;

/// <summary>A model's price per 1,000 tokens, in whatever currency the operator bills in.</summary>
public sealed class LlmPrice
{
    /// <summary>The model name as sent to the API; empty in the default price.</summary>
    public string Model { get; set; } = "";

    /// <summary>Price of 1,000 input (prompt) tokens.</summary>
    public decimal InputPer1k { get; set; }

    /// <summary>Price of 1,000 output (completion) tokens.</summary>
    public decimal OutputPer1k { get; set; }
}

/// <summary>Prices per model, with a default for models not listed (<see cref="Free"/> when unconfigured).</summary>
/// <param name="Default">The price of models not in <paramref name="Models"/>.</param>
/// <param name="Models">Per-model prices; a list because model names such as <c>llama3.1:8b</c> cannot be configuration keys.</param>
public sealed record LlmPriceTable(LlmPrice Default, IReadOnlyList<LlmPrice> Models)
{
    /// <summary>Every model costs nothing.</summary>
    public static LlmPriceTable Free { get; } = new(new LlmPrice(), []);

    /// <summary>What <paramref name="inputTokens"/> and <paramref name="outputTokens"/> of <paramref name="model"/> cost.</summary>
    public double Cost(string model, long inputTokens, long outputTokens)
    {
        var price = Models.FirstOrDefault(p => string.Equals(p.Model, model, StringComparison.OrdinalIgnoreCase)) ?? Default;
        return (double)((inputTokens * price.InputPer1k + outputTokens * price.OutputPer1k) / 1000m);
    }
}
