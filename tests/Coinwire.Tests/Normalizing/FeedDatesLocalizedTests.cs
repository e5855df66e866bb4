namespace Coinwire.Tests.Normalizing;

public class FeedDatesLocalizedTests
{
    private static void Parses(string raw, string expectedUtc) => FeedDatesAssert.Parses(raw, expectedUtc);

    [Fact]
    public void German_Rfc822() => Parses("Mi, 05 Okt 2022 10:00:00 +0200", "2022-10-05T08:00:00Z");

    [Fact]
    public void German_UmlautAbbreviation() => Parses("Do, 02 Mär 2023 10:00:00 +0100", "2023-03-02T09:00:00Z");

    [Fact]
    public void German_MrzAbbreviation() => Parses("02 Mrz 2023 10:00:00 GMT", "2023-03-02T10:00:00Z");

    [Fact]
    public void German_ProseWithUmUhr() => Parses("Donnerstag, am 2. März 2023 um 10:00 Uhr MEZ", "2023-03-02T09:00:00Z");

    [Fact]
    public void German_Uppercase() => Parses("MI, 05 OKT 2022 10:00:00 +0200", "2022-10-05T08:00:00Z");

    [Fact]
    public void French_Rfc822WithDots() => Parses("lun., 05 déc. 2022 10:00:00 +0100", "2022-12-05T09:00:00Z");

    [Fact]
    public void French_NoAccents() => Parses("mer., 01 fevr. 2023 10:00:00 +0100", "2023-02-01T09:00:00Z");

    [Fact]
    public void French_Aout() => Parses("15 août 2023 10:00", "2023-08-15T10:00:00Z");

    [Fact]
    public void French_JuilNotJuin() => Parses("14 juil. 2023", "2023-07-14T00:00:00Z");

    [Fact]
    public void French_OrdinalAndHourH() => Parses("le 1er décembre 2022 à 10h30", "2022-12-01T10:30:00Z");

    [Fact]
    public void French_DecomposedAccent() => Parses("5 de\u0301c. 2022", "2022-12-05T00:00:00Z");

    [Fact]
    public void Spanish_Rfc822() => Parses("mié, 07 dic 2022 10:00:00 +0100", "2022-12-07T09:00:00Z");

    [Fact]
    public void Spanish_MarIsTuesdayBeforeMonth() => Parses("mar, 06 dic 2022 10:00:00 GMT", "2022-12-06T10:00:00Z");

    [Fact]
    public void Spanish_MarIsMarchAfterTuesday() => Parses("mar, 07 mar 2023 10:00:00 GMT", "2023-03-07T10:00:00Z");

    [Fact]
    public void Spanish_ProseWithDe() => Parses("5 de diciembre de 2022 10:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void Italian_Rfc822() => Parses("gio, 01 giu 2023 10:00:00 +0200", "2023-06-01T08:00:00Z");

    [Fact]
    public void Italian_FullNames() => Parses("lunedì 5 dicembre 2022 10:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void Portuguese_Rfc822() => Parses("Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40Z");

    [Fact]
    public void Portuguese_ProseWithFeira() => Parses("segunda-feira, 5 de dezembro de 2022", "2022-12-05T00:00:00Z");

    [Fact]
    public void Portuguese_Marco() => Parses("5 de março de 2023 10:00", "2023-03-05T10:00:00Z");

    [Fact]
    public void Dutch_Rfc822() => Parses("ma, 05 dec 2022 10:00:00 +0100", "2022-12-05T09:00:00Z");

    [Fact]
    public void Dutch_MrtAbbreviation() => Parses("zo 5 mrt 2023 10:00", "2023-03-05T10:00:00Z");

    [Fact]
    public void Dutch_Mei() => Parses("di 7 mei 2024", "2024-05-07T00:00:00Z");

    [Fact]
    public void Russian_Genitive() => Parses("5 декабря 2022 10:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void Russian_Nominative() => Parses("5 Декабрь 2022 10:00", "2022-12-05T10:00:00Z");

    [Fact]
    public void Russian_Rfc822Abbreviations() => Parses("Пн, 05 дек 2022 10:00:00 +0300", "2022-12-05T07:00:00Z");

    [Fact]
    public void Russian_ProseWithGodaAndV() => Parses("понедельник, 5 декабря 2022 г. в 10:00 MSK", "2022-12-05T07:00:00Z");

    [Fact]
    public void Russian_May() => Parses("9 мая 2023", "2023-05-09T00:00:00Z");
}
