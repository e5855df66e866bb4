namespace Coinwire.Clustering;

/// <summary>
/// In-memory index of recently seen items and the stories they belong to. For a new item it finds the story
/// the item joins, by these rules, in order:
/// <list type="number">
/// <item>Exact duplicate: an indexed item shares a key from <see cref="ExactDuplicateKeys"/> (same source and
/// external id, same canonical link, or same content hash); any source, any time still indexed.</item>
/// <item>Near-duplicate: an indexed item from a <em>different</em> source, published within
/// <see cref="StoryIndexOptions.Window"/> of the new one, has <see cref="TextFingerprint.Similarity"/> at or above
/// <see cref="StoryIndexOptions.Threshold"/>, and its story holds no item from the new item's source yet;
/// the most similar such item wins (ties: the earliest). An outlet's follow-up on its own story is therefore
/// a new story, and a story lists each source once. Roundup titles ("… + More News") never match or attract
/// near-duplicates.</item>
/// </list>
/// Candidates come from MinHash LSH (title and title + lead signatures) and are confirmed by exact Jaccard.
/// The index is rebuilt after a restart by calling <see cref="Add"/> for the stored items of the window.
/// All members are thread-safe: one lock serializes them, and <see cref="Assign"/> matches and adds atomically.
/// </summary>
public sealed partial class StoryIndex
{
    private readonly Lock _gate = new();
    private readonly StoryIndexOptions _options;
    private readonly LshIndex _titleLsh;
    private readonly LshIndex _fullLsh;
    private readonly Dictionary<int, Entry> _entries = [];
    private readonly Dictionary<string, KeyRef> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<long, StoryState> _stories = [];
    private readonly PriorityQueue<int, DateTime> _byTime = new();
    private readonly HashSet<int> _candidates = [];
    private int _nextEntryId;

    /// <summary>Creates an empty index.</summary>
    public StoryIndex(StoryIndexOptions? options = null)
    {
        _options = options ?? new StoryIndexOptions();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.Window, TimeSpan.Zero);
        var rows = 2;
        var bands = MinHasher.Default.Permutations / rows;
        _titleLsh = new LshIndex(bands, rows);
        _fullLsh = new LshIndex(bands, rows);
    }

    /// <summary>The options in use.</summary>
    public StoryIndexOptions Options => _options;

    /// <summary>Number of indexed items.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Number of stories with at least one indexed item.</summary>
    public int StoryCount
    {
        get
        {
            lock (_gate)
            {
                return _stories.Count;
            }
        }
    }

    /// <summary>The story <paramref name="item"/> joins, or null when it starts a new one.</summary>
    public StoryMatch? Match(ClusterItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var fingerprint = TextFingerprint.Create(item.Title, item.Lead);
        return Match(fingerprint, item.PublishedAt, item.SourceKey, item.Keys(fingerprint));
    }

    /// <summary>The story an item with these precomputed parts joins, or null.</summary>
    public StoryMatch? Match(TextFingerprint fingerprint, DateTime publishedAt, string? sourceKey = null, ExactDuplicateKeys? keys = null)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        lock (_gate)
        {
            return FindLocked(fingerprint, publishedAt, sourceKey, keys);
        }
    }

    /// <summary>
    /// Indexes an item as belonging to <paramref name="storyId"/> (after a match, a new story, or when rebuilding
    /// from stored rows). <paramref name="sourceKey"/> enables the same-source rule; <paramref name="keys"/> exact matching.
    /// </summary>
    public void Add(long storyId, TextFingerprint fingerprint, DateTime publishedAt, string? sourceKey = null, ExactDuplicateKeys? keys = null)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        lock (_gate)
        {
            AddLocked(storyId, fingerprint, publishedAt, sourceKey, keys);
        }
    }

    /// <summary>
    /// Matches <paramref name="item"/> and indexes it in one step: it joins the matched story, or a story created
    /// by <paramref name="createStory"/> (called inside the lock, so it must be quick, e.g. an id counter).
    /// </summary>
    public StoryAssignment Assign(ClusterItem item, Func<ClusterItem, long> createStory)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(createStory);
        var fingerprint = TextFingerprint.Create(item.Title, item.Lead);
        var keys = item.Keys(fingerprint);
        lock (_gate)
        {
            var match = FindLocked(fingerprint, item.PublishedAt, item.SourceKey, keys);
            var storyId = match?.StoryId ?? createStory(item);
            AddLocked(storyId, fingerprint, item.PublishedAt, item.SourceKey, keys);
            return new StoryAssignment(storyId, match);
        }
    }

    /// <summary>Removes items published before <paramref name="cutoff"/>; returns how many.</summary>
    public int EvictOlderThan(DateTime cutoff)
    {
        lock (_gate)
        {
            var removed = 0;
            while (_byTime.TryPeek(out var id, out var time) && time < cutoff)
            {
                _byTime.Dequeue();
                RemoveLocked(id);
                removed++;
            }
            return removed;
        }
    }

    /// <summary>Removes items older than <see cref="StoryIndexOptions.Window"/> before <paramref name="now"/>; returns how many.</summary>
    public int EvictExpired(DateTime now) => EvictOlderThan(now - _options.Window);

    /// <summary>The source keys of a story's indexed items (empty for an unknown story).</summary>
    public IReadOnlyCollection<string> SourcesOf(long storyId)
    {
        lock (_gate)
        {
            return _stories.TryGetValue(storyId, out var story) ? [.. story.Sources.Keys] : [];
        }
    }

    private StoryMatch? FindLocked(TextFingerprint fingerprint, DateTime publishedAt, string? sourceKey, ExactDuplicateKeys? keys)
    {
        if (keys is not null && FindExactLocked(keys) is { } exact)
        {
            return exact;
        }
        if (fingerprint.IsRoundup || fingerprint.TitleShingles.Length == 0)
        {
            return null;
        }
        _candidates.Clear();
        _titleLsh.Query(fingerprint.TitleSignature, _candidates);
        _fullLsh.Query(fingerprint.FullSignature, _candidates);
        Entry? best = null;
        var bestScore = 0.0;
        foreach (var id in _candidates)
        {
            var entry = _entries[id];
            if (!IsEligible(entry, publishedAt, sourceKey)
                || fingerprint.EstimatedSimilarity(entry.Fingerprint) < _options.Threshold - _options.PrefilterMargin)
            {
                continue;
            }
            var score = fingerprint.Similarity(entry.Fingerprint);
            if (score >= _options.Threshold && (best is null || score > bestScore || (score == bestScore && entry.Time < best.Time)))
            {
                best = entry;
                bestScore = score;
            }
        }
        _candidates.Clear();
        return best is null ? null : new StoryMatch(best.StoryId, bestScore, MatchKind.NearDuplicate);
    }

    private StoryMatch? FindExactLocked(ExactDuplicateKeys keys)
    {
        if (keys.ExternalId is not null && _exact.TryGetValue(keys.ExternalId, out var byId))
        {
            return new StoryMatch(byId.StoryId, 1, MatchKind.ExternalId);
        }
        if (keys.Link is not null && _exact.TryGetValue(keys.Link, out var byLink))
        {
            return new StoryMatch(byLink.StoryId, 1, MatchKind.Link);
        }
        if (keys.Content is not null && _exact.TryGetValue(keys.Content, out var byContent))
        {
            return new StoryMatch(byContent.StoryId, 1, MatchKind.Content);
        }
        return null;
    }

    private bool IsEligible(Entry entry, DateTime publishedAt, string? sourceKey)
    {
        if (entry.Fingerprint.IsRoundup || (publishedAt - entry.Time).Duration() > _options.Window)
        {
            return false;
        }
        if (sourceKey is null)
        {
            return true;
        }
        return entry.SourceKey != sourceKey
            && !(_stories.TryGetValue(entry.StoryId, out var story) && story.Sources.ContainsKey(sourceKey));
    }
}
