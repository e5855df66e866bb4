using System.Text;
using Coinwire.Storage.Entities;

namespace Coinwire.Alerts;

/// <summary>Writes a round's outcome into its delivery row, with the backoff to the next round.</summary>
internal static class DeliveryLog
{
    private const int MaxOutcomes = 500;
    private const int MaxError = 1000;
    private const int MaxBody = 300;

    /// <summary>Updates <paramref name="row"/> after a round that ended at <paramref name="now"/>.</summary>
    public static void Record(AlertDeliveryRecord row, DeliveryResult result, AlertDeliveryOptions limits, DateTime now)
    {
        var attempts = result.Attempts.Count == 0 ? ["not sent"] : result.Attempts;
        row.Attempts += result.Attempts.Count;
        row.Rounds++;
        var outcomes = string.IsNullOrEmpty(row.Outcomes) ? string.Join(' ', attempts) : $"{row.Outcomes} | {string.Join(' ', attempts)}";
        row.Outcomes = outcomes.Length > MaxOutcomes ? outcomes[^MaxOutcomes..] : outcomes;
        row.ResponseCode = result.ResponseCode;
        row.ClaimedAt = null;
        if (result.Delivered)
        {
            row.Status = AlertDeliveryStatus.Delivered;
            row.DeliveredAt = now;
            row.LastError = null;
            return;
        }
        row.LastError = result.Error is { Length: > MaxError } e ? e[..MaxError] : result.Error;
        if (result.Permanent || row.Rounds >= limits.MaxRounds)
        {
            row.Status = AlertDeliveryStatus.Failed;
            return;
        }
        row.Status = AlertDeliveryStatus.Pending;
        var wait = limits.RoundDelay * Math.Pow(4, row.Rounds - 1);
        row.NextAttemptAt = now + (wait > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : wait);
    }

    /// <summary>The start of an error answer's body, for the log row (channels explain 4xx there).</summary>
    public static async Task<string> SnippetAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxBody * 4];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        var text = Encoding.UTF8.GetString(buffer, 0, read).ReplaceLineEndings(" ").Trim();
        return text.Length > MaxBody ? text[..MaxBody] : text;
    }

    /// <summary><paramref name="text"/> with every secret replaced by <c>***</c>.</summary>
    public static string Redact(string text, IEnumerable<string> secrets) =>
        secrets.Where(s => s.Length > 0).Aggregate(text, (t, s) => t.Replace(s, "***", StringComparison.Ordinal));
}
