namespace Coinwire.Sources;

/// <summary>One configured source: where to poll, how much to trust it, how often.</summary>
/// <param name="Name">Display name, e.g. "Bloomberg (Crypto)".</param>
/// <param name="Url">The feed URL (absolute http or https).</param>
/// <param name="Type">Declared feed type; the parser detects the real one anyway.</param>
/// <param name="Lang">ISO 639-1 language of the items.</param>
/// <param name="Weight">Trust used by scoring; 1.0 is a major outlet.</param>
/// <param name="Interval">Fixed poll interval, or <see langword="null"/> for the adaptive one.</param>
/// <param name="Enabled">Whether the source is polled.</param>
public sealed record SourceDefinition(string Name, Uri Url, SourceType Type, string Lang, double Weight, TimeSpan? Interval, bool Enabled)
{
    /// <summary>The key derived from <see cref="Name"/> (see <see cref="SourceKey.From"/>).</summary>
    public string Key => SourceKey.From(Name);
}
