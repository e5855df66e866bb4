namespace Coinwire.Pipeline;

/// <summary>What one fetch round did, for logs and <c>ingest --json</c>.</summary>
/// <param name="Polled">Sources fetched.</param>
/// <param name="Failed">Sources whose fetch or parse failed (their errors are in health).</param>
/// <param name="NotModified">Sources that answered 304.</param>
/// <param name="ItemsSeen">Items in the responses.</param>
/// <param name="ItemsNew">Items stored for the first time.</param>
public sealed record IngestRound(int Polled, int Failed, int NotModified, int ItemsSeen, int ItemsNew);
