using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>The other readers: <c>SyndicationFeed</c>, CodeHollow.FeedReader and the bare reader floor.</summary>
public static class Competitors
{
    private static readonly XmlReaderSettings Settings = FeedCorpus.XmlSettings();

    /// <summary><c>SyndicationFeed.Load</c> over the bytes with the safe reader settings; returns the item count.</summary>
    public static int Syndication(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        return SyndicationFeed.Load(reader).Items.Count();
    }

    /// <summary>CodeHollow.FeedReader from the bytes; returns the item count.</summary>
    public static int CodeHollow(byte[] bytes) => global::CodeHollow.FeedReader.FeedReader.ReadFromByteArray(bytes).Items.Count;

    /// <summary>
    /// The floor: an <see cref="XmlReader"/> with the same settings reading every node, every attribute value and
    /// every text/CDATA/whitespace value; <see cref="Utf8JsonReader"/> over every token (strings unescaped) for JSON.
    /// Stops quietly at the first well-formedness error. Returns the number of characters seen.
    /// </summary>
    public static long Floor(CorpusFile file) => file.IsJson ? JsonFloor(file.Bytes) : XmlFloor(file.Bytes);

    /// <summary>True when <see cref="Syndication"/> reads the bytes without throwing.</summary>
    public static bool TrySyndication(byte[] bytes) => Try(() => Syndication(bytes));

    /// <summary>True when <see cref="CodeHollow"/> reads the bytes without throwing.</summary>
    public static bool TryCodeHollow(byte[] bytes) => Try(() => CodeHollow(bytes));

    private static bool Try(Func<int> read)
    {
        try
        {
            read();
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static long XmlFloor(byte[] bytes)
    {
        long chars = 0;
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        chars += reader.LocalName.Length;
                        while (reader.MoveToNextAttribute())
                        {
                            chars += reader.Value.Length;
                        }
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        chars += reader.Value.Length;
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Malformed files: the floor is what a reader sees up to the error, as Coinwire keeps items up to it.
        }
        return chars;
    }

    private static long JsonFloor(byte[] bytes)
    {
        long chars = 0;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    chars += reader.GetString()!.Length;
                }
            }
        }
        catch (JsonException)
        {
        }
        return chars;
    }
}
