using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Sources;

/// <summary>Brings the stored sources in line with <c>sources.yaml</c>, keeping each source's fetch state and health.</summary>
public static class SourceSync
{
    /// <summary>
    /// Inserts new sources, updates changed ones, and disables stored sources no longer in the file (their items stay).
    /// A changed URL clears the conditional-GET validators, which belong to the old URL.
    /// </summary>
    /// <returns>The stored sources, by key.</returns>
    public static async Task<IReadOnlyDictionary<string, SourceRecord>> SyncAsync(StoreFactory store, IReadOnlyList<SourceDefinition> sources, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var stored = await db.Sources.ToDictionaryAsync(s => s.Key, ct);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            keys.Add(source.Key);
            if (!stored.TryGetValue(source.Key, out var record))
            {
                record = new SourceRecord { Key = source.Key, Name = source.Name, Url = source.Url.ToString(), Type = source.Type.ToString() };
                db.Sources.Add(record);
                stored[source.Key] = record;
            }
            if (record.Url != source.Url.ToString())
            {
                record.Url = source.Url.ToString();
                record.ETag = null;
                record.LastModified = null;
                record.PermanentRedirectUrl = null;
            }
            record.Name = source.Name;
            record.Type = source.Type.ToString();
            record.Lang = source.Lang;
            record.Weight = source.Weight;
            record.IntervalSeconds = source.Interval is { } i ? (int)i.TotalSeconds : null;
            record.Enabled = source.Enabled;
        }
        foreach (var (key, record) in stored)
        {
            if (!keys.Contains(key) && record.Type != nameof(SourceType.MANUAL))
            {
                record.Enabled = false;
            }
        }
        await db.SaveChangesAsync(ct);
        return stored;
    }
}
