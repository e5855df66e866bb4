namespace Coinwire.Parsing;

/// <summary>A file attached to an item (RSS enclosure, Atom <c>rel="enclosure"</c> link, JSON Feed attachment).</summary>
/// <param name="Url">The URL, resolved against the xml:base in scope when possible.</param>
/// <param name="Type">The MIME type as given, or <see langword="null"/>.</param>
/// <param name="Length">The size in bytes as given, or <see langword="null"/> when absent or not a number.</param>
public sealed record FeedEnclosure(string Url, string? Type, long? Length);
