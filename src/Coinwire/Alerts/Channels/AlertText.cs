namespace Coinwire.Alerts.Channels;

/// <summary>The human-readable pieces the chat channels share.</summary>
internal static class AlertText
{
    /// <summary>"BTC, ETH · POSITIVE · score 80".</summary>
    public static string Facts(AlertMessage m)
    {
        var parts = new List<string>();
        if (m.Coins.Count > 0)
        {
            parts.Add(string.Join(", ", m.Coins));
        }
        parts.Add(m.Sentiment);
        parts.Add($"score {m.Score}");
        return string.Join(" · ", parts);
    }

    /// <summary>"Sources: A, B".</summary>
    public static string Sources(AlertMessage m) => "Sources: " + string.Join(", ", m.Sources.Select(s => s.Name).Distinct());

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
