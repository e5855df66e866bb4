namespace Coinwire.Tagging;

/// <summary>A coin found in a text.</summary>
/// <param name="Ticker">Upper-case ticker, e.g. <c>BTC</c>.</param>
/// <param name="Name">Display name, e.g. <c>Bitcoin</c>.</param>
/// <param name="Confidence">0–1; how sure the tagger is that the text is about this coin.</param>
/// <param name="Mentions">How many times the coin is named (title and body).</param>
public sealed record CoinMatch(string Ticker, string Name, double Confidence, int Mentions);

/// <summary>What <see cref="CoinTagger.Tag"/> found in a title and body.</summary>
/// <param name="Coins">Coins above the confidence threshold, primary first, then by score.</param>
/// <param name="Primary">The coin the text is mainly about, or <see langword="null"/>.</param>
/// <param name="Category">The primary ticker when one coin dominates, else a topic from <see cref="Topics"/>.</param>
/// <param name="Topics">Topics detected in the text, strongest first (the category topic first when it is one).</param>
/// <param name="Tags">Coin tickers, primary first, then topic names.</param>
public sealed record TagResult(
    IReadOnlyList<CoinMatch> Coins,
    CoinMatch? Primary,
    string Category,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Tags);

/// <summary>A coin of the dictionary.</summary>
/// <param name="Ticker">Upper-case ticker.</param>
/// <param name="Name">Display name.</param>
/// <param name="Prior">0–1 popularity prior (news frequency and market-cap rank).</param>
public sealed record CoinInfo(string Ticker, string Name, double Prior);
