namespace Coinwire.Articles;

/// <summary>An article file: ordered front matter and the Markdown body after it.</summary>
public sealed class FrontMatterDocument
{
    /// <summary>Creates a document; <paramref name="data"/> defaults to an empty mapping.</summary>
    public FrontMatterDocument(FrontMatterMapping? data = null, string body = "")
    {
        Data = data ?? [];
        Body = body ?? throw new ArgumentNullException(nameof(body));
    }

    /// <summary>The front matter, keys in file order.</summary>
    public FrontMatterMapping Data { get; }

    /// <summary>The Markdown after the line of the closing <c>---</c>, exactly as in the file.</summary>
    public string Body { get; set; }

    /// <summary>Reads an article file (<c>---</c>, YAML, <c>---</c>, body). A leading BOM and CRLF line ends are accepted.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="ArticleFormatException">When the delimiters or the YAML are malformed; the message names the line.</exception>
    public static FrontMatterDocument Parse(string text) => FrontMatterReader.Read(text);

    /// <summary>
    /// The file exactly as gray-matter 4 <c>matter.stringify(body, data, {lineWidth: -1})</c> writes it:
    /// <c>'---\n' + safeDump(data).trim() + '\n---\n' + body</c>, a newline added to a body without one,
    /// and no front matter block at all when the data is empty.
    /// </summary>
    public string Render() => FrontMatterWriter.Render(Data, Body);

    /// <summary>A deep copy.</summary>
    public FrontMatterDocument DeepClone() => new((FrontMatterMapping)Data.DeepClone(), Body);
}
