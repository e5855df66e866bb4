using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Coinwire.Alerts.Channels;

/// <summary>
/// Signs a generic webhook: <c>X-Coinwire-Signature: sha256=&lt;hex HMAC-SHA256&gt;</c> over the timestamp header's
/// value, a dot, and the raw body, so a receiver can reject replays of an old body by the timestamp.
/// </summary>
public static class WebhookSignature
{
    /// <summary>Header carrying the signature.</summary>
    public const string SignatureHeader = "X-Coinwire-Signature";

    /// <summary>Header carrying the Unix time (seconds) the request was signed at.</summary>
    public const string TimestampHeader = "X-Coinwire-Timestamp";

    /// <summary>Header carrying the delivery id, the same on every retry of one alert.</summary>
    public const string DeliveryHeader = "X-Coinwire-Delivery";

    /// <summary>The header value for <paramref name="body"/> signed at <paramref name="unixSeconds"/>.</summary>
    public static string Sign(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var material = new byte[prefix.Length + body.Length];
        prefix.CopyTo(material, 0);
        body.CopyTo(material.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), material));
    }
}
