namespace Coinwire.Alerts;

/// <summary>How one delivery round went.</summary>
/// <param name="Delivered">The channel answered 2xx.</param>
/// <param name="Permanent">Retrying cannot help (4xx other than 408/429, bad configuration).</param>
/// <param name="ResponseCode">Status code of the last answer, if any.</param>
/// <param name="Error">Why it failed, secrets removed.</param>
/// <param name="Attempts">Outcome of each HTTP attempt.</param>
internal sealed record DeliveryResult(bool Delivered, bool Permanent, int? ResponseCode, string? Error, IReadOnlyList<string> Attempts);
