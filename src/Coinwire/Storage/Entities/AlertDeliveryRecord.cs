namespace Coinwire.Storage.Entities;

/// <summary>
/// One alert to send: a story that matched a rule, for one of the rule's channels. The unique key (story, rule,
/// channel) makes the send happen once per story however often the story is republished or its job replayed; the row
/// also logs how the delivery went.
/// </summary>
public sealed class AlertDeliveryRecord
{
    /// <summary>Surrogate key; also sent as <c>X-Coinwire-Delivery</c> so receivers can drop duplicates.</summary>
    public long Id { get; set; }

    /// <summary>The story that matched.</summary>
    public long StoryId { get; set; }

    /// <summary>Name of the rule that matched.</summary>
    public required string Rule { get; set; }

    /// <summary>Name of the channel it goes to.</summary>
    public required string Channel { get; set; }

    /// <summary>Pending, Sending, Delivered or Failed.</summary>
    public AlertDeliveryStatus Status { get; set; }

    /// <summary>The message (JSON), fixed when the rule matched so retries send the same thing.</summary>
    public required string Payload { get; set; }

    /// <summary>HTTP attempts so far (retries included).</summary>
    public int Attempts { get; set; }

    /// <summary>Outcome of each attempt, oldest first, space-separated (status codes or error names).</summary>
    public string? Outcomes { get; set; }

    /// <summary>Status code of the last answer, if any.</summary>
    public int? ResponseCode { get; set; }

    /// <summary>Why the last attempt failed (secrets removed).</summary>
    public string? LastError { get; set; }

    /// <summary>Delivery rounds tried; each round is one request with its own retries.</summary>
    public int Rounds { get; set; }

    /// <summary>When the rule matched.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Not to be sent before this time (backoff between rounds).</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>When a sender claimed it; a stale claim (crash mid-send) is taken over.</summary>
    public DateTime? ClaimedAt { get; set; }

    /// <summary>When the channel accepted it.</summary>
    public DateTime? DeliveredAt { get; set; }
}

/// <summary>States of an <see cref="AlertDeliveryRecord"/>.</summary>
public enum AlertDeliveryStatus
{
    /// <summary>Waiting to be sent (first time or after a transient failure).</summary>
    Pending = 0,

    /// <summary>Claimed by a sender.</summary>
    Sending = 1,

    /// <summary>Accepted by the channel.</summary>
    Delivered = 2,

    /// <summary>Rejected for good (4xx other than 429, bad configuration) or out of rounds.</summary>
    Failed = 3,
}
