namespace Coinwire.Alerts;

/// <summary>Alert rules, channels and delivery limits, bound from the <c>Alerts</c> configuration section.</summary>
public sealed class AlertsOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Alerts";

    /// <summary>Rules (<c>Alerts:Rules:0:Name</c> …); a story matching one is sent to each of its channels once.</summary>
    public IList<AlertRuleOptions> Rules { get; } = new List<AlertRuleOptions>();

    /// <summary>Channels by name (<c>Alerts:Channels:ops:Type</c> …).</summary>
    public IDictionary<string, AlertChannelOptions> Channels { get; } = new Dictionary<string, AlertChannelOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Timeouts and retries of the HTTP deliveries.</summary>
    public AlertDeliveryOptions Delivery { get; set; } = new();

    /// <summary>The site's base URL for article links; defaults to <c>Site:BaseUrl</c>.</summary>
    public string? SiteBaseUrl { get; set; }
}

/// <summary>One alert rule. Every condition that is set must hold; within a list any entry may match.</summary>
public sealed class AlertRuleOptions
{
    /// <summary>Unique name, stored in the delivery log.</summary>
    public string Name { get; set; } = "";

    /// <summary>Coin tickers; the story must name at least one.</summary>
    public IList<string> Coins { get; } = new List<string>();

    /// <summary>Categories (a ticker or a topic such as REGULATION); the story's category or one of its topic tags must be among them.</summary>
    public IList<string> Categories { get; } = new List<string>();

    /// <summary>Lowest score (0–100) that matches.</summary>
    public int MinScore { get; set; }

    /// <summary>positive, negative or neutral; empty for any.</summary>
    public string? Sentiment { get; set; }

    /// <summary>Words or phrases; one must occur in the title or summary as whole words, ignoring case.</summary>
    public IList<string> Keywords { get; } = new List<string>();

    /// <summary>Names of the channels to send to.</summary>
    public IList<string> Channels { get; } = new List<string>();
}

/// <summary>Kinds of alert channel.</summary>
public enum AlertChannelType
{
    /// <summary>Generic JSON webhook signed with HMAC-SHA256.</summary>
    Webhook,

    /// <summary>Telegram bot <c>sendMessage</c>.</summary>
    Telegram,

    /// <summary>Discord webhook.</summary>
    Discord,

    /// <summary>Slack incoming webhook.</summary>
    Slack,
}

/// <summary>Where and how alerts are sent. Secrets here (secret, bot token, webhook URLs) never reach logs.</summary>
public sealed class AlertChannelOptions
{
    /// <summary>webhook, telegram, discord or slack.</summary>
    public AlertChannelType Type { get; set; }

    /// <summary>Webhook URL; for Telegram the API base (default <c>https://api.telegram.org</c>).</summary>
    public string? Url { get; set; }

    /// <summary>HMAC key of a generic webhook.</summary>
    public string? Secret { get; set; }

    /// <summary>Telegram bot token.</summary>
    public string? BotToken { get; set; }

    /// <summary>Telegram chat id (number or <c>@channel</c>).</summary>
    public string? ChatId { get; set; }
}

/// <summary>Limits of one delivery; a delivery never holds the pipeline longer than <see cref="Timeout"/>.</summary>
public sealed class AlertDeliveryOptions
{
    /// <summary>Whole delivery, retries and their waits included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt on 5xx, 429, 408 and network errors.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay (exponential with jitter) unless the answer has Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rounds (each with its retries) before a transiently failing delivery is given up.</summary>
    public int MaxRounds { get; set; } = 5;

    /// <summary>Wait before the second round; each further round waits four times longer.</summary>
    public TimeSpan RoundDelay { get; set; } = TimeSpan.FromMinutes(1);
}
