using System.Net;
using System.Text.Json.Nodes;

namespace Coinwire.Alerts.Channels;

/// <summary>The JSON bodies of the Telegram, Discord and Slack messages.</summary>
internal static class ChatPayloads
{
    /// <summary>Telegram <c>sendMessage</c> with an HTML-formatted text.</summary>
    public static JsonObject Telegram(AlertMessage m, string chatId)
    {
        var text = $"<b>{Html(m.Title)}</b>\n{Html(AlertText.Cut(m.Summary, 1000))}\n{Html(AlertText.Facts(m))}\n{Html(AlertText.Sources(m))}\n<a href=\"{Html(m.Url)}\">Read on Coinwire</a>";
        return new JsonObject
        {
            ["chat_id"] = chatId,
            ["text"] = AlertText.Cut(text, 4096),
            ["parse_mode"] = "HTML",
        };
    }

    /// <summary>Discord webhook message with one embed; mentions in titles are not pinged.</summary>
    public static JsonObject Discord(AlertMessage m)
    {
        var fields = new JsonArray
        {
            Field("Coins", m.Coins.Count == 0 ? "—" : string.Join(", ", m.Coins)),
            Field("Sentiment", m.Sentiment),
            Field("Score", m.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Field("Sources", AlertText.Cut(string.Join(", ", m.Sources.Select(s => s.Name).Distinct()), 1024)),
        };
        var embed = new JsonObject
        {
            ["title"] = AlertText.Cut(m.Title, 256),
            ["url"] = m.Url,
            ["description"] = AlertText.Cut(m.Summary, 4096),
            ["color"] = m.Sentiment switch { "POSITIVE" => 0x2E9E5B, "NEGATIVE" => 0xD64545, _ => 0x8A8F98 },
            ["fields"] = fields,
            ["timestamp"] = m.PublishedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        return new JsonObject
        {
            ["content"] = AlertText.Cut(m.Title, 2000),
            ["embeds"] = new JsonArray(embed),
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };
    }

    /// <summary>Slack incoming-webhook message: a fallback <c>text</c> and two blocks.</summary>
    public static JsonObject Slack(AlertMessage m)
    {
        var headline = $"*<{SlackEscape(m.Url)}|{SlackEscape(m.Title)}>*\n{SlackEscape(AlertText.Cut(m.Summary, 2500))}";
        var context = SlackEscape($"{AlertText.Facts(m)} · {AlertText.Sources(m)}");
        return new JsonObject
        {
            ["text"] = SlackEscape($"{m.Title} {m.Url}"),
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(AlertText.Cut(headline, 3000)) },
                new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn(AlertText.Cut(context, 3000))) }),
        };
    }

    private static JsonObject Field(string name, string value) => new() { ["name"] = name, ["value"] = value, ["inline"] = true };

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    // Slack only needs these three escaped; everything else is literal in mrkdwn.
    private static string SlackEscape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
