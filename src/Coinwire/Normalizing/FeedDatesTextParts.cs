namespace Coinwire.Normalizing;

public static partial class FeedDates
{
    /// <summary>What the general parser has seen so far; resolved into a date by <see cref="TextParts.TryBuild"/>.</summary>
    private struct TextParts
    {
        public int Hour, Minute, Second, NumericOffset, ZoneOffset;
        public long Fraction;
        public bool HasTime, HasNumericOffset, HasZone, Pm, Am;

        // A numeric date group such as 12/05/2022, 05.12.2022 or 2020/1/10.
        public int G0, G1, G2, G0Digits, G2Digits;
        public char GroupSeparator;

        // Standalone numbers (day, year) and month words, in order of appearance.
        public int NumberCount, N0, N1, N2, N0Digits, N1Digits, N2Digits;
        public int MonthCount, Month0, Month1;
        public bool Month0IsWeekday, Month1IsWeekday;

        public bool AddNumber(int value, int digits)
        {
            switch (NumberCount++)
            {
                case 0: (N0, N0Digits) = (value, digits); return true;
                case 1: (N1, N1Digits) = (value, digits); return true;
                case 2: (N2, N2Digits) = (value, digits); return true;
                default: return false;
            }
        }

        public bool AddMonth(int month, bool alsoWeekday)
        {
            switch (MonthCount++)
            {
                case 0: (Month0, Month0IsWeekday) = (month, alsoWeekday); return true;
                case 1: (Month1, Month1IsWeekday) = (month, alsoWeekday); return true;
                default: return false;
            }
        }

        public readonly bool TryBuild(out DateTimeOffset utc)
        {
            utc = default;
            if (!TryResolveDate(out var year, out var month, out var day))
            {
                return false;
            }
            var hour = Hour;
            if (Am || Pm)
            {
                if (hour is < 1 or > 12)
                {
                    return false;
                }
                hour = (hour % 12) + (Pm ? 12 : 0);
            }
            var offset = HasNumericOffset ? NumericOffset : HasZone ? ZoneOffset : 0;
            return FeedDates.TryBuild(year, month, day, hour, Minute, Second, Fraction, offset, out utc);
        }

        private readonly bool TryResolveDate(out int year, out int month, out int day)
        {
            year = month = day = 0;
            if (GroupSeparator != '\0')
            {
                return MonthCount == 0 && NumberCount == 0 && TryResolveGroup(out year, out month, out day);
            }
            month = MonthCount switch
            {
                1 => Month0,
                2 when Month0IsWeekday && !Month1IsWeekday => Month1,
                2 when Month1IsWeekday && !Month0IsWeekday => Month0,
                2 when Month0IsWeekday => Month1,
                _ => 0,
            };
            if (month == 0 || NumberCount is < 2 or > 2)
            {
                return false;
            }
            // The long number is the year; otherwise the first is the day ("Thu, 07 Dec 17").
            if (N1Digits >= 3 && N0Digits <= 2)
            {
                (day, year) = (N0, FullYear(N1, N1Digits));
            }
            else if (N0Digits >= 3 && N1Digits <= 2)
            {
                (day, year) = (N1, FullYear(N0, N0Digits));
            }
            else if (N0Digits <= 2 && N1Digits <= 2)
            {
                (day, year) = (N0, FullYear(N1, N1Digits));
            }
            else
            {
                return false;
            }
            return true;
        }

        private readonly bool TryResolveGroup(out int year, out int month, out int day)
        {
            year = month = day = 0;
            if (G0Digits >= 3)
            {
                (year, month, day) = (FullYear(G0, G0Digits), G1, G2);
                return G2Digits <= 2;
            }
            year = FullYear(G2, G2Digits);
            var monthFirst = GroupSeparator == '/';
            if (monthFirst ? G0 > 12 && G1 <= 12 : G1 > 12 && G0 <= 12)
            {
                monthFirst = !monthFirst;
            }
            (month, day) = monthFirst ? (G0, G1) : (G1, G0);
            return true;
        }

        private static int FullYear(int value, int digits) => digits switch
        {
            1 or 2 => value < 50 ? 2000 + value : 1900 + value,
            3 => 1900 + value,
            _ => value,
        };
    }
}
