using System.Buffers;

namespace Coinwire.Fetching;

/// <summary>Reads a body stream up to a limit, holding only pooled chunks until the size is known to be acceptable.</summary>
internal static class BoundedBody
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// The whole stream, or <see langword="null"/> as soon as it goes past <paramref name="limit"/> bytes
    /// (the rest is never read). With <paramref name="truncate"/>, the first <paramref name="limit"/> bytes instead.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long limit, bool truncate, CancellationToken ct)
    {
        var chunks = new List<byte[]>();
        long total = 0;
        try
        {
            while (true)
            {
                var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
                chunks.Add(chunk);
                var filled = 0;
                while (filled < ChunkSize)
                {
                    var read = await stream.ReadAsync(chunk.AsMemory(filled, ChunkSize - filled), ct);
                    if (read == 0)
                        return Concat(chunks, Math.Min(total + filled, limit));
                    filled += read;
                    if (total + filled > limit)
                        return truncate ? Concat(chunks, limit) : null;
                }
                total += filled;
            }
        }
        finally
        {
            foreach (var chunk in chunks)
                ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static byte[] Concat(List<byte[]> chunks, long length)
    {
        var result = new byte[length];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            var n = Math.Min(ChunkSize, result.Length - offset);
            if (n <= 0)
                break;
            Buffer.BlockCopy(chunk, 0, result, offset, n);
            offset += n;
        }
        return result;
    }
}
