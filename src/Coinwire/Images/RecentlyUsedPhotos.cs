using Microsoft.Extensions.Options;

namespace Coinwire.Images;

/// <summary>
/// The ids of the photos used last, so stories with the same query get different photos while the results last.
/// The choice is deterministic: the first result not used lately, else the first result.
/// </summary>
public sealed class RecentlyUsedPhotos
{
    private readonly Lock _gate = new();
    private readonly LinkedList<string> _order = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly IOptionsMonitor<UnsplashOptions> _options;

    /// <summary>Creates an empty list.</summary>
    public RecentlyUsedPhotos(IOptionsMonitor<UnsplashOptions> options) => _options = options;

    /// <summary>The photo to use from <paramref name="photos"/>, or <see langword="null"/> when there is none.</summary>
    public UnsplashPhoto? Choose(IReadOnlyList<UnsplashPhoto> photos)
    {
        ArgumentNullException.ThrowIfNull(photos);
        lock (_gate)
            return photos.FirstOrDefault(p => !_ids.Contains(p.Id)) ?? photos.FirstOrDefault();
    }

    /// <summary>Records that <paramref name="id"/> was used, forgetting the oldest beyond the capacity.</summary>
    public void MarkUsed(string id)
    {
        lock (_gate)
        {
            if (_ids.Add(id))
            {
                _order.AddLast(id);
            }
            else
            {
                _order.Remove(id);
                _order.AddLast(id);
            }
            var capacity = Math.Max(0, _options.CurrentValue.RecentlyUsedCapacity);
            while (_order.Count > capacity)
            {
                _ids.Remove(_order.First!.Value);
                _order.RemoveFirst();
            }
        }
    }
}
