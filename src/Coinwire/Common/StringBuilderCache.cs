using System.Text;

namespace Coinwire.Common;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for the text passes that build a string of about their input's
/// size (tag stripping, entity decoding, whitespace collapsing): the builder's buffer is allocated once instead of once
/// per call, which halved what normalizing the corpus allocates. A caller that finds the builder taken (a nested pass)
/// gets a fresh one.
/// </summary>
internal static class StringBuilderCache
{
    // Larger builders are let go so that one huge body does not pin its buffer for the thread's life.
    private const int MaxCachedCapacity = 256 * 1024;

    [ThreadStatic]
    private static StringBuilder? _cached;

    /// <summary>An empty builder with room for at least <paramref name="capacity"/> characters.</summary>
    public static StringBuilder Acquire(int capacity)
    {
        var sb = _cached;
        if (sb is not null && capacity <= MaxCachedCapacity)
        {
            _cached = null;
            sb.Clear();
            sb.EnsureCapacity(capacity);
            return sb;
        }
        return new StringBuilder(capacity);
    }

    /// <summary>The builder's text; the builder goes back to the cache.</summary>
    public static string GetStringAndRelease(StringBuilder sb)
    {
        var text = sb.ToString();
        if (sb.Capacity <= MaxCachedCapacity)
        {
            _cached = sb;
        }
        return text;
    }
}
