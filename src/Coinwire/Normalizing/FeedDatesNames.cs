namespace Coinwire.Normalizing;

public static partial class FeedDates
{
    [Flags]
    private enum NameKind : byte
    {
        None = 0,
        Month = 1,
        Weekday = 2,
        Zone = 4,
        Filler = 8,
    }

    private readonly record struct NameInfo(NameKind Kind, byte Month, short ZoneMinutes);

    // Full names; every prefix of 3+ letters also matches unless two months share it (fr "jui": juin/juillet).
    private static readonly string[] MonthNames =
    [
        "january february march april may june july august september october november december",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "jänner feber märz april mai juni juli august september oktober november dezember",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "enero febrero marzo abril mayo junio julio agosto setiembre octubre noviembre diciembre",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "januari februari maart april mei juni juli augustus september oktober november december",
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    ];

    // Abbreviations that are not prefixes of a full name.
    private static readonly (string Name, byte Month)[] MonthAbbreviations = [("mrz", 3), ("mrt", 3)];

    private static readonly string[] WeekdayNames =
    [
        "sunday monday tuesday wednesday thursday friday saturday",
        "sonntag montag dienstag mittwoch donnerstag freitag samstag sonnabend so mo di mi do fr sa",
        "dimanche lundi mardi mercredi jeudi vendredi samedi",
        "domingo lunes martes miércoles jueves viernes sábado lu ma mi ju vi sá do",
        "domenica lunedì martedì mercoledì giovedì venerdì sabato",
        "domingo segunda terça quarta quinta sexta sábado",
        "zondag maandag dinsdag woensdag donderdag vrijdag zaterdag zo ma di wo do vr za",
        "воскресенье понедельник вторник среда четверг пятница суббота вс пн вт ср чт пт сб",
    ];

    // Words that may sit between the parts of a date: "5 de diciembre de 2022", "le 5 décembre", "am 5. Dezember
    // 2022 um 10:00 Uhr", "segunda-feira", "5 декабря 2022 г. в 10:00", "December 5, 2022 at 10:00". A lone "am" before any time is German; after one it is AM.
    // "Etc" is the tz database's prefix of Etc/GMT and Etc/UTC.
    private const string Fillers = "de del el le den am um uhr at on of the feira г года в etc";

    /// <summary>
    /// Zone abbreviations → minutes east of UTC. Ambiguous ones take the reading most likely in feeds:
    /// CST = US Central (not China, not Cuba), IST = India (not Ireland or Israel), BST = British Summer Time
    /// (not Bangladesh), AST = Atlantic (not Arabia). ET/CT/MT/PT are taken as standard time, as feedparser does; AT
    /// after the time is Atlantic time (before it, the English "at").
    /// </summary>
    private static readonly (string Name, short Minutes)[] Zones =
    [
        ("ut", 0), ("utc", 0), ("gmt", 0), ("z", 0), ("wet", 0), ("west", 60), ("bst", 60), ("cet", 60), ("cest", 120),
        ("met", 60), ("mest", 120), ("mez", 60), ("mesz", 120), ("eet", 120), ("eest", 180), ("msk", 180), ("ist", 330),
        ("est", -300), ("edt", -240), ("cst", -360), ("cdt", -300), ("mst", -420), ("mdt", -360), ("pst", -480),
        ("pdt", -420), ("akst", -540), ("akdt", -480), ("hst", -600), ("ast", -240), ("adt", -180), ("nst", -210),
        ("ndt", -150), ("et", -300), ("ct", -360), ("mt", -420), ("pt", -480), ("jst", 540), ("kst", 540),
        ("hkt", 480), ("sgt", 480), ("pht", 480), ("awst", 480), ("ict", 420), ("wib", 420), ("acst", 570),
        ("acdt", 630), ("aest", 600), ("aedt", 660), ("nzst", 720), ("nzdt", 780),
    ];

    private const int MaxWordLength = 16;

    // A plain dictionary: freezing its ~2,000 keys cost ~15 ms at the first localized date of every process, for
    // lookups a few per item.
    private static readonly Dictionary<string, NameInfo>.AlternateLookup<ReadOnlySpan<char>> Names = BuildNames();

    private static Dictionary<string, NameInfo>.AlternateLookup<ReadOnlySpan<char>> BuildNames()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in MonthNames)
        {
            var names = row.Split(' ');
            for (var m = 0; m < 12; m++)
            {
                var full = FoldToString(names[m]);
                for (var len = 3; len <= full.Length; len++)
                {
                    var key = full[..len];
                    months[key] = months.TryGetValue(key, out var seen) && seen != m + 1 ? -1 : m + 1;
                }
            }
        }
        foreach (var (name, month) in MonthAbbreviations)
        {
            months[name] = month;
        }

        var all = new Dictionary<string, NameInfo>(StringComparer.Ordinal);
        void Add(string key, NameKind kind, byte month = 0, short zone = 0)
        {
            var old = all.GetValueOrDefault(key);
            all[key] = new NameInfo(old.Kind | kind, month != 0 ? month : old.Month, kind == NameKind.Zone ? zone : old.ZoneMinutes);
        }
        foreach (var (key, month) in months)
        {
            if (month > 0)
            {
                Add(key, NameKind.Month, (byte)month);
            }
        }
        foreach (var row in WeekdayNames)
        {
            foreach (var name in row.Split(' '))
            {
                var full = FoldToString(name);
                for (var len = Math.Min(3, full.Length); len <= full.Length; len++)
                {
                    Add(full[..len], NameKind.Weekday);
                }
            }
        }
        foreach (var name in Fillers.Split(' '))
        {
            Add(FoldToString(name), NameKind.Filler);
        }
        foreach (var (name, minutes) in Zones)
        {
            Add(name, NameKind.Zone, zone: minutes);
        }
        return all.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static string FoldToString(string word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var length = Fold(word, buffer);
        return length < 0 ? throw new ArgumentException($"Name too long: {word}", nameof(word)) : new string(buffer[..length]);
    }

    /// <summary>Lowercases and strips accents (ä → a, é → e, ё → е) so "Février", "fevrier" and "FÉVR" meet; -1 when too long.</summary>
    private static int Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        var length = 0;
        foreach (var c in word)
        {
            char folded;
            if (c < 0x80)
            {
                folded = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else
            {
                folded = StripAccent(char.ToLowerInvariant(c));
            }
            if (length == destination.Length)
            {
                return -1;
            }
            destination[length++] = folded;
        }
        return length;
    }

    private static char StripAccent(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
        'ç' => 'c',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ñ' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'ý' or 'ÿ' => 'y',
        'ё' => 'е',
        _ => c,
    };
}
