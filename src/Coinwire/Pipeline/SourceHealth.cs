using Coinwire.Fetching;
using Coinwire.Storage;
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

    /// <summary>
    /// Writes <paramref name="state"/> into the stored row of source <paramref name="sourceId"/> and adds
    /// <paramref name="newItems"/> to its item count, in one <c>UPDATE</c> without reading the row first (a plain
    /// command: EF's <c>ExecuteUpdate</c> cost the writer ~1 ms a call in building and looking up its query).
    /// </summary>
    /// <exception cref="InvalidOperationException">No such source.</exception>
    public static async Task UpdateAsync(CoinwireDbContext db, int sourceId, SourceFetchState state, int newItems, CancellationToken ct)
    {
        var values = new SourceRecord { Key = string.Empty, Name = string.Empty, Url = string.Empty, Type = string.Empty };
        Apply(values, state);
        await using var cmd = await StoreCommand.CreateAsync(db, UpdateSql, ct);
        foreach (var (column, value) in HealthColumns)
        {
            StoreCommand.AddParameter(cmd, column, value(values));
        }
        StoreCommand.AddParameter(cmd, "newItems", newItems);
        StoreCommand.AddParameter(cmd, "id", sourceId);
        if (await cmd.ExecuteNonQueryAsync(ct) == 0)
        {
            throw new InvalidOperationException($"Source {sourceId} does not exist");
        }
    }

    // The columns Apply writes.
    private static readonly (string Column, Func<SourceRecord, object?> Value)[] HealthColumns =
    [
        (nameof(SourceRecord.ErrorCount), s => s.ErrorCount),
        (nameof(SourceRecord.LastStatus), s => s.LastStatus),
        (nameof(SourceRecord.LastHttpStatus), s => s.LastHttpStatus),
        (nameof(SourceRecord.LastError), s => s.LastError),
        (nameof(SourceRecord.LastFetchAt), s => s.LastFetchAt),
        (nameof(SourceRecord.LastSuccessAt), s => s.LastSuccessAt),
        (nameof(SourceRecord.NextPollAt), s => s.NextPollAt),
        (nameof(SourceRecord.NotBefore), s => s.NotBefore),
        (nameof(SourceRecord.ETag), s => s.ETag),
        (nameof(SourceRecord.LastModified), s => s.LastModified),
        (nameof(SourceRecord.PermanentRedirectUrl), s => s.PermanentRedirectUrl),
    ];

    private static readonly string UpdateSql =
        $"UPDATE sources SET {string.Join(", ", HealthColumns.Select(c => $"\"{c.Column}\" = @{c.Column}"))}, \"ItemCount\" = \"ItemCount\" + @newItems WHERE \"Id\" = @id";

    private static DateTimeOffset? Utc(DateTime? t) => t is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
