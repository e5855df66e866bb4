using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coinwire.Alerts;

/// <summary>What an alert says about a story; stored with the delivery and sent as-is as a generic webhook's body.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Rule">Name of the rule that matched.</param>
/// <param name="Title">Story title.</param>
/// <param name="Url">The article page.</param>
/// <param name="Summary">The article's description.</param>
/// <param name="Coins">Coin tickers, primary first.</param>
/// <param name="Categories">Category, then topic tags.</param>
/// <param name="Sentiment">POSITIVE, NEGATIVE or NEUTRAL.</param>
/// <param name="Score">Importance 0–100.</param>
/// <param name="PublishedAt">Earliest source time (UTC).</param>
/// <param name="Sources">Every source telling the story.</param>
public sealed record AlertMessage(
    long StoryId, string Rule, string Title, string Url, string Summary, IReadOnlyList<string> Coins, IReadOnlyList<string> Categories,
    string Sentiment, int Score, DateTime PublishedAt, IReadOnlyList<AlertSource> Sources)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The message as compact camelCase JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a message written by <see cref="ToJson"/>.</summary>
    public static AlertMessage FromJson(string json) =>
        JsonSerializer.Deserialize<AlertMessage>(json, Json) ?? throw new JsonException("empty alert payload");
}

/// <summary>One source of a story.</summary>
/// <param name="Name">Source name.</param>
/// <param name="Url">The source's item link.</param>
public sealed record AlertSource(string Name, string Url);
