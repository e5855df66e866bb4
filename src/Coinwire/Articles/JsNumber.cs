using System.Globalization;
using System.Text;

namespace Coinwire.Articles;

/// <summary>JavaScript number semantics that js-yaml's output depends on.</summary>
internal static class JsNumber
{
    /// <summary>js-yaml's int test: <c>n % 1 === 0</c> and not <c>-0</c>.</summary>
    public static bool IsIntegral(double value) =>
        double.IsFinite(value) && Math.Truncate(value) == value && !(value == 0 && double.IsNegative(value));

    /// <summary>ECMAScript <c>Number::toString(10)</c>: shortest round-trip digits, exponent form outside 1e-7 ≤ |n| &lt; 1e21.</summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0)
        {
            return "0";
        }
        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        var sb = new StringBuilder();
        if (value < 0)
        {
            sb.Append('-');
        }
        int k = digits.Length, n = pointPosition;
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exponent = n - 1;
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }
            sb.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>How js-yaml represents a number: ints in decimal, floats with <c>.inf</c>/<c>.nan</c>/<c>-0.0</c> and a dot before <c>e</c>.</summary>
    public static string ToYaml(double value)
    {
        if (IsIntegral(value))
        {
            return ToString(value);
        }
        if (double.IsNaN(value))
        {
            return ".nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? ".inf" : "-.inf";
        }
        if (value == 0)
        {
            return "-0.0";
        }
        var text = ToString(value);
        var e = text.IndexOf('e', StringComparison.Ordinal);
        return e > 0 && !text.AsSpan(0, e).Contains('.') ? text.Insert(e, ".") : text;
    }

    // .NET's "R" gives the shortest round-trip digits; only the layout differs from JavaScript's.
    private static (string Digits, int PointPosition) ShortestDigits(double positive)
    {
        var r = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var dot = r.IndexOf('.', StringComparison.Ordinal);
        var intLength = dot < 0 ? r.Length : dot;
        var digits = dot < 0 ? r : r.Remove(dot, 1);
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        return (digits, intLength - leadingZeros + exponent);
    }
}
