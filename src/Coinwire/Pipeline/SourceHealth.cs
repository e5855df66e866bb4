using Coinwire.Fetching;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Writes <paramref name="state"/> into the stored row of source <paramref name="sourceId"/> and adds
    /// <paramref name="newItems"/> to its item count, in one <c>UPDATE</c> without reading the row first.
    /// </summary>
    /// <exception cref="InvalidOperationException">No such source.</exception>
    public static async Task UpdateAsync(CoinwireDbContext db, int sourceId, SourceFetchState state, int newItems, CancellationToken ct)
    {
        var v = new SourceRecord { Key = string.Empty, Name = string.Empty, Url = string.Empty, Type = string.Empty };
        Apply(v, state);
        var rows = await db.Sources.Where(s => s.Id == sourceId).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.ErrorCount, v.ErrorCount)
            .SetProperty(s => s.LastStatus, v.LastStatus)
            .SetProperty(s => s.LastHttpStatus, v.LastHttpStatus)
            .SetProperty(s => s.LastError, v.LastError)
            .SetProperty(s => s.LastFetchAt, v.LastFetchAt)
            .SetProperty(s => s.LastSuccessAt, v.LastSuccessAt)
            .SetProperty(s => s.NextPollAt, v.NextPollAt)
            .SetProperty(s => s.NotBefore, v.NotBefore)
            .SetProperty(s => s.ETag, v.ETag)
            .SetProperty(s => s.LastModified, v.LastModified)
            .SetProperty(s => s.PermanentRedirectUrl, v.PermanentRedirectUrl)
            .SetProperty(s => s.ItemCount, s => s.ItemCount + newItems), ct);
        if (rows == 0)
        {
            throw new InvalidOperationException($"Source {sourceId} does not exist");
        }
    }

    private static DateTimeOffset? Utc(DateTime? t) => t is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
