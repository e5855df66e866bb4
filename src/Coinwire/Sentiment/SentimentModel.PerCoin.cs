namespace Coinwire.Sentiment;

public sealed partial class SentimentModel
{
    /// <summary>
    /// Sentiment per coin: each coin is scored on the clauses that mention it (<see cref="CoinClauses.Split"/>), so a
    /// text with opposite news for two coins gives each its own label. A coin with no mention gets the whole text's result.
    /// </summary>
    /// <param name="text">The headline or article text.</param>
    /// <param name="coins">Tickers with their names and aliases (e.g. <c>("ETH", ["Ethereum", "Ether"])</c>).</param>
    public IReadOnlyList<CoinSentiment> PredictPerCoin(string text, IReadOnlyList<(string Ticker, IReadOnlyList<string> Aliases)> coins)
    {
        var contexts = CoinClauses.Split(text, coins);
        SentimentResult? whole = null;
        var results = new List<CoinSentiment>(coins.Count);
        foreach (var (ticker, _) in coins)
        {
            if (contexts.TryGetValue(ticker, out var context))
            {
                results.Add(new CoinSentiment(ticker, Predict(context), true, context));
            }
            else
            {
                whole ??= Predict(text);
                results.Add(new CoinSentiment(ticker, whole.Value, false, text));
            }
        }
        return results;
    }
}
