namespace Coinwire.Parsing.Xml;

/// <summary>
/// Thrown by <see cref="FastXmlReader"/> when the document leaves the subset it reads (a DOCTYPE, an unknown entity,
/// an undeclared prefix, any well-formedness error …); <see cref="XmlFeedReader"/> then reads it again with System.Xml.
/// </summary>
internal sealed class FastXmlUnsupportedException : Exception
{
    /// <summary>Creates the exception with no reason given.</summary>
    public FastXmlUnsupportedException()
        : base("Outside the fast reader's subset.")
    {
    }

    /// <summary>Creates the exception with the reason the fast reader gave up.</summary>
    public FastXmlUnsupportedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and the error behind it.</summary>
    public FastXmlUnsupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
