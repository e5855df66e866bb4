namespace Coinwire.Parsing.Xml;

/// <summary>A Media RSS reference (<c>media:content</c> or <c>media:thumbnail</c>) as written.</summary>
internal readonly record struct MediaRef(string Url, string? Type, string? Medium, int Width, bool IsThumbnail);
