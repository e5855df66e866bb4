using Microsoft.Extensions.Options;

namespace Coinwire.Alerts;

/// <summary>Checks the alert configuration so a typo fails loudly instead of silently sending nothing.</summary>
public sealed class AlertsOptionsValidator : IValidateOptions<AlertsOptions>
{
    private static readonly string[] Sentiments = ["positive", "negative", "neutral"];

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var (channelName, channel) in options.Channels)
        {
            errors.AddRange(ChannelErrors(channelName, channel));
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rule = options.Rules[i];
            var label = $"Alerts:Rules:{i}";
            if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > 100)
            {
                errors.Add($"{label}:Name must be 1–100 characters");
            }
            else if (!names.Add(rule.Name))
            {
                errors.Add($"{label}:Name '{rule.Name}' is used twice");
            }
            if (rule.MinScore is < 0 or > 100)
            {
                errors.Add($"{label}:MinScore must be 0–100");
            }
            if (!string.IsNullOrWhiteSpace(rule.Sentiment) && !Sentiments.Contains(rule.Sentiment.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{label}:Sentiment must be positive, negative or neutral");
            }
            if (rule.Channels.Count == 0)
            {
                errors.Add($"{label}:Channels must name at least one channel");
            }
            errors.AddRange(rule.Channels.Where(c => !options.Channels.ContainsKey(c)).Select(c => $"{label}:Channels: no channel '{c}' under Alerts:Channels"));
        }
        var d = options.Delivery;
        if (d.Timeout <= TimeSpan.Zero || d.AttemptTimeout <= TimeSpan.Zero || d.RetryDelay < TimeSpan.Zero || d.RoundDelay < TimeSpan.Zero)
        {
            errors.Add("Alerts:Delivery timeouts must be positive and delays not negative");
        }
        if (d.MaxRetries is < 0 or > 10 || d.MaxRounds < 1)
        {
            errors.Add("Alerts:Delivery:MaxRetries must be 0–10 and MaxRounds at least 1");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> ChannelErrors(string name, AlertChannelOptions channel)
    {
        var label = $"Alerts:Channels:{name}";
        if (name.Length > 100)
        {
            yield return $"{label}: name longer than 100 characters";
        }
        if (channel.Type == AlertChannelType.Telegram)
        {
            if (string.IsNullOrWhiteSpace(channel.BotToken) || string.IsNullOrWhiteSpace(channel.ChatId))
            {
                yield return $"{label}: a telegram channel needs BotToken and ChatId";
            }
            if (channel.Url is not null && !IsHttpUrl(channel.Url))
            {
                yield return $"{label}:Url must be an absolute http(s) URL";
            }
            yield break;
        }
        // The URL itself may hold a token (Discord, Slack), so it is never quoted back.
        if (channel.Url is null || !IsHttpUrl(channel.Url))
        {
            yield return $"{label}:Url must be an absolute http(s) URL";
        }
        if (channel.Type == AlertChannelType.Webhook && string.IsNullOrEmpty(channel.Secret))
        {
            yield return $"{label}: a webhook channel needs a Secret to sign with";
        }
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp);
}
