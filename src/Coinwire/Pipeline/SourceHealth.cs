using Coinwire.Fetching;
using Coinwire.Storage.Entities;

namespace Coinwire.Pipeline;

/// <summary>Maps a stored source's health columns to the fetcher's <see cref="SourceFetchState"/> and back.</summary>
public static class SourceHealth
{
    /// <summary>The fetch state held in <paramref name="source"/>.</summary>
    public static SourceFetchState ToState(SourceRecord source) => new()
    {
        ErrorCount = source.ErrorCount,
        LastOutcome = Enum.TryParse<FetchOutcome>(source.LastStatus, out var outcome) ? outcome : null,
        LastStatusCode = source.LastHttpStatus,
        LastError = source.LastError,
        LastAttemptAt = Utc(source.LastFetchAt),
        LastSuccessAt = Utc(source.LastSuccessAt),
        NextPollAt = Utc(source.NextPollAt),
        NotBefore = Utc(source.NotBefore),
        ETag = source.ETag,
        LastModified = source.LastModified,
        PermanentRedirectTo = source.PermanentRedirectUrl is { } url ? new Uri(url) : null,
    };

    /// <summary>Writes <paramref name="state"/> into <paramref name="source"/>.</summary>
    public static void Apply(SourceRecord source, SourceFetchState state)
    {
        source.ErrorCount = state.ErrorCount;
        source.LastStatus = state.LastOutcome?.ToString();
        source.LastHttpStatus = state.LastStatusCode;
        source.LastError = state.LastError is { Length: > 1000 } e ? e[..1000] : state.LastError;
        source.LastFetchAt = state.LastAttemptAt?.UtcDateTime;
        source.LastSuccessAt = state.LastSuccessAt?.UtcDateTime;
        source.NextPollAt = state.NextPollAt?.UtcDateTime;
        source.NotBefore = state.NotBefore?.UtcDateTime;
        source.ETag = state.ETag;
        source.LastModified = state.LastModified;
        source.PermanentRedirectUrl = state.PermanentRedirectTo?.ToString();
    }

    private static DateTimeOffset? Utc(DateTime? t) => t is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
