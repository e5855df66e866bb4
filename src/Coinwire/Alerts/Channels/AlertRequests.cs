using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Coinwire.Storage.Entities;

namespace Coinwire.Alerts.Channels;

/// <summary>Builds the HTTP request of one delivery for its channel's kind.</summary>
public static class AlertRequests
{
    /// <summary>Telegram's Bot API base when the channel sets no URL.</summary>
    public const string TelegramApi = "https://api.telegram.org";

    /// <summary>The POST that delivers <paramref name="delivery"/> to <paramref name="channel"/>, signed at <paramref name="now"/> where the kind signs.</summary>
    public static HttpRequestMessage Build(AlertChannelOptions channel, AlertDeliveryRecord delivery, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(delivery);
        var message = AlertMessage.FromJson(delivery.Payload);
        var request = channel.Type switch
        {
            AlertChannelType.Webhook => Webhook(channel, delivery.Payload, now),
            AlertChannelType.Telegram => Post($"{(channel.Url ?? TelegramApi).TrimEnd('/')}/bot{channel.BotToken}/sendMessage",
                Json(ChatPayloads.Telegram(message, channel.ChatId ?? ""))),
            AlertChannelType.Discord => Post(channel.Url!, Json(ChatPayloads.Discord(message))),
            AlertChannelType.Slack => Post(channel.Url!, Json(ChatPayloads.Slack(message))),
            _ => throw new ArgumentOutOfRangeException(nameof(channel), channel.Type, "unknown channel type"),
        };
        request.Headers.TryAddWithoutValidation(WebhookSignature.DeliveryHeader, delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request;
    }

    /// <summary>The channel's secrets (key, token, URL) to blank out of any text that could be logged or stored.</summary>
    public static IEnumerable<string> Secrets(AlertChannelOptions channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new[] { channel.Secret, channel.BotToken, channel.Url }.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!);
    }

    private static HttpRequestMessage Webhook(AlertChannelOptions channel, string payload, DateTimeOffset now)
    {
        var body = Encoding.UTF8.GetBytes(payload);
        var unix = now.ToUnixTimeSeconds();
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = Post(channel.Url!, content);
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, unix.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(channel.Secret ?? "", unix, body));
        return request;
    }

    private static HttpRequestMessage Post(string url, HttpContent content) => new(HttpMethod.Post, url) { Content = content };

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
