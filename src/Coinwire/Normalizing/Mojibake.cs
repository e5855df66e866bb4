namespace Coinwire.Normalizing;

/// <summary>Detects and repairs text whose UTF-8 bytes were decoded as Windows-1252 or Latin-1 (once or twice).</summary>
public static class Mojibake
{
    /// <summary>True when <paramref name="text"/> looks mis-decoded (e.g. <c>Thisâ€¦</c>).</summary>
    public static bool IsLikely(string text) => false;

    /// <summary>Repairs mis-decoded runs in <paramref name="text"/>; correct text is returned unchanged.</summary>
    public static string Repair(string text) => text;
}
