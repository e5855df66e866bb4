namespace Coinwire.Clustering;

public sealed partial class StoryIndex
{
    private void AddLocked(long storyId, TextFingerprint fingerprint, DateTime publishedAt, string? sourceKey, ExactDuplicateKeys? keys)
    {
        var id = _nextEntryId++;
        var entry = new Entry(storyId, fingerprint, publishedAt, sourceKey, keys);
        _entries[id] = entry;
        _byTime.Enqueue(id, publishedAt);
        _titleLsh.Add(id, fingerprint.TitleSignature);
        _fullLsh.Add(id, fingerprint.FullSignature);
        if (!_stories.TryGetValue(storyId, out var story))
        {
            story = new StoryState();
            _stories[storyId] = story;
        }
        story.EntryCount++;
        if (sourceKey is not null)
        {
            story.Sources[sourceKey] = story.Sources.GetValueOrDefault(sourceKey) + 1;
        }
        foreach (var key in keys?.All() ?? [])
        {
            // The first story to claim a key keeps it: later holders are duplicates of it.
            if (_exact.TryGetValue(key, out var existing))
            {
                existing.Count++;
            }
            else
            {
                _exact[key] = new KeyRef(storyId);
            }
        }
    }

    private void RemoveLocked(int id)
    {
        if (!_entries.Remove(id, out var entry))
        {
            return;
        }
        _titleLsh.Remove(id, entry.Fingerprint.TitleSignature);
        _fullLsh.Remove(id, entry.Fingerprint.FullSignature);
        if (_stories.TryGetValue(entry.StoryId, out var story))
        {
            if (--story.EntryCount == 0)
            {
                _stories.Remove(entry.StoryId);
            }
            else if (entry.SourceKey is not null && --story.Sources[entry.SourceKey] == 0)
            {
                story.Sources.Remove(entry.SourceKey);
            }
        }
        foreach (var key in entry.Keys?.All() ?? [])
        {
            if (_exact.TryGetValue(key, out var existing) && --existing.Count == 0)
            {
                _exact.Remove(key);
            }
        }
    }

    private sealed record Entry(long StoryId, TextFingerprint Fingerprint, DateTime Time, string? SourceKey, ExactDuplicateKeys? Keys);

    private sealed class StoryState
    {
        public Dictionary<string, int> Sources { get; } = new(StringComparer.Ordinal);

        public int EntryCount { get; set; }
    }

    private sealed class KeyRef(long storyId)
    {
        public long StoryId { get; } = storyId;

        public int Count { get; set; } = 1;
    }
}
