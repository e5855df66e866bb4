using System.Text;
using Coinwire.Parsing.Text;

namespace Coinwire.Tests.Parsing;

public class PlainUtf8Tests
{
    [Theory]
    [InlineData("tab\t, LF\n, CR\r")]
    [InlineData("no-break\u00A0space, ©, «»")]
    [InlineData("fullwidth，：（）, replacement \uFFFD, BOM \uFEFF")]
    [InlineData("emoji 🚀 and 中文")]
    [InlineData("U+009F's neighbour U+00A0 \u00A0 and U+FFFD \uFFFD end")]
    public void IsPlain_TextWithOnlyOrdinaryCharacters(string text) =>
        Assert.True(PlainUtf8.IsPlain(Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData("null \u0000")]
    [InlineData("vertical tab \u000B")]
    [InlineData("escape \u001B")]
    [InlineData("C1 start \u0080")]
    [InlineData("C1 en dash byte \u0096")]
    [InlineData("C1 end \u009F")]
    [InlineData("noncharacter \uFFFE")]
    [InlineData("noncharacter \uFFFF")]
    [InlineData("\u0085")]
    public void IsPlain_FindsCharactersTheReadersTreatSpecially(string text) =>
        Assert.False(PlainUtf8.IsPlain(Encoding.UTF8.GetBytes($"{text} after © and ，")));
}
