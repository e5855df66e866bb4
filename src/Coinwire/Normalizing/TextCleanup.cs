using System.Security.Cryptography;
using System.Text;
using Coinwire.Common;

namespace Coinwire.Normalizing;

/// <summary>Small text helpers shared by the pipeline stages: whitespace collapsing and content hashing.</summary>
public static class TextCleanup
{
    // Parts are joined with a separator that never survives normalization, so ("ab", "c") and ("a", "bc") differ.
    private const char PartSeparator = '\u001F';

    /// <summary>
    /// Collapses every run of whitespace (including NBSP, thin and ideographic spaces, line breaks) to one space and trims.
    /// Zero-width characters (ZWSP, BOM, soft hyphen) are removed. Returns the same instance when nothing changes.
    /// </summary>
    public static string CollapseWhitespace(string text)
    {
        if (string.IsNullOrEmpty(text) || IsAlreadyCollapsed(text))
        {
            return text ?? string.Empty;
        }
        var sb = StringBuilderCache.Acquire(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        return StringBuilderCache.GetStringAndRelease(sb);
    }

    /// <summary>
    /// Lower-case hex SHA-256 of the parts after normalization (whitespace collapsed, Unicode NFC, case folded),
    /// so the same content from two fetches or two sources hashes the same. <see langword="null"/> parts count as empty.
    /// </summary>
    public static string ContentHash(params string?[] parts)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(PartSeparator);
            }
            sb.Append(Normalize(parts[i]));
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexStringLower(hash);
    }

    private static string Normalize(string? part)
    {
        if (string.IsNullOrEmpty(part))
        {
            return string.Empty;
        }
        var text = CollapseWhitespace(part.Replace(PartSeparator, ' '));
        try
        {
            text = text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalized; hash the text as it is.
        }
        return text.ToLowerInvariant();
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\uFEFF' or '\u00AD';

    private static bool IsAlreadyCollapsed(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInvisible(c) || (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i + 1]))))
            {
                return false;
            }
        }
        return true;
    }
}
