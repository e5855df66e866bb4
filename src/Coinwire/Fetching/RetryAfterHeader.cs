using System.Globalization;
using System.Net.Http;

namespace Coinwire.Fetching;

/// <summary>Reads <c>Retry-After</c> (delta-seconds or HTTP-date) into an absolute time.</summary>
public static class RetryAfterHeader
{
    /// <summary>Longest wait taken from a server; a larger value is cut to this.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    /// <summary>The time the response asks the client to wait until, or <see langword="null"/> when absent or unreadable.</summary>
    public static DateTimeOffset? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.NonValidated.TryGetValues("Retry-After", out var values)
            ? Parse(values.ToString(), now)
            : null;
    }

    /// <summary>Parses one header value relative to <paramref name="now"/>; past times become <paramref name="now"/>, far ones are capped at <see cref="MaxWait"/>.</summary>
    public static DateTimeOffset? Parse(string? value, DateTimeOffset now)
    {
        value = value?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        DateTimeOffset at;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            at = now + TimeSpan.FromSeconds(Math.Min(seconds, MaxWait.TotalSeconds));
        else if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
            at = date;
        else
            return null;
        if (at < now)
            return now;
        return at - now > MaxWait ? now + MaxWait : at;
    }
}
