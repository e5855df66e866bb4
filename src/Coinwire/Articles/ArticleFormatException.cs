namespace Coinwire.Articles;

/// <summary>An article file, front matter or article JSON that cannot be read; the message names what and where.</summary>
public sealed class ArticleFormatException : Exception
{
    /// <summary>Creates the exception with an empty message.</summary>
    public ArticleFormatException()
    {
    }

    /// <summary>Creates the exception with a one-line <paramref name="message"/>.</summary>
    public ArticleFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line <paramref name="message"/> and its cause.</summary>
    public ArticleFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at a 1-based <paramref name="line"/> of the file.</summary>
    public ArticleFormatException(string message, int line, Exception? innerException = null)
        : base($"line {line}: {message}", innerException)
    {
        Line = line;
    }

    /// <summary>The 1-based line of the file where the problem was found, when known.</summary>
    public int? Line { get; }
}
