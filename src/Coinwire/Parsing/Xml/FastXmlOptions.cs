namespace Coinwire.Parsing.Xml;

/// <summary>What <see cref="FastXmlReader"/> may assume about its text.</summary>
[Flags]
internal enum FastXmlOptions
{
    /// <summary>Repaired text (<see cref="Text.XmlTextRepair"/>), whose characters the reader checks itself.</summary>
    None = 0,

    /// <summary>
    /// The text has not been through <see cref="Text.XmlTextRepair"/>: whatever the repair would have rewritten or
    /// judged differently throws <see cref="FastXmlUnsupportedException"/> too, so that the caller repairs the text and
    /// reads it again.
    /// </summary>
    Unrepaired = 1,

    /// <summary>The decoder already found no control character, noncharacter or unpaired surrogate in the text.</summary>
    CharactersChecked = 2,
}
