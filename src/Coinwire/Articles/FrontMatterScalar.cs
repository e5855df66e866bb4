using System.Globalization;

namespace Coinwire.Articles;

/// <summary>
/// An immutable scalar with its js-yaml type. Numbers are IEEE doubles, as in JavaScript; timestamps are UTC
/// instants with millisecond precision, as JavaScript dates are.
/// </summary>
public sealed class FrontMatterScalar : FrontMatterNode, IEquatable<FrontMatterScalar>
{
    private readonly string? _string;
    private readonly double _number;
    private readonly DateTime _timestamp;

    private FrontMatterScalar(ScalarKind kind, string? text = null, double number = 0, DateTime timestamp = default)
    {
        Kind = kind;
        _string = text;
        _number = number;
        _timestamp = timestamp;
    }

    /// <summary>The null scalar.</summary>
    public static FrontMatterScalar Null { get; } = new(ScalarKind.Null);

    /// <summary>The scalar <c>true</c>.</summary>
    public static FrontMatterScalar True { get; } = new(ScalarKind.Bool, number: 1);

    /// <summary>The scalar <c>false</c>.</summary>
    public static FrontMatterScalar False { get; } = new(ScalarKind.Bool, number: 0);

    /// <summary>The YAML type.</summary>
    public ScalarKind Kind { get; }

    /// <summary>The text of a <see cref="ScalarKind.String"/> scalar, else <see langword="null"/>.</summary>
    public string? StringValue => _string;

    /// <summary>The value of a <see cref="ScalarKind.Bool"/> scalar, else <see langword="null"/>.</summary>
    public bool? BoolValue => Kind == ScalarKind.Bool ? _number != 0 : null;

    /// <summary>The value of an <see cref="ScalarKind.Int"/> or <see cref="ScalarKind.Float"/> scalar, else <see langword="null"/>.</summary>
    public double? NumberValue => IsNumber ? _number : null;

    /// <summary>The UTC instant of a <see cref="ScalarKind.Timestamp"/> scalar, else <see langword="null"/>.</summary>
    public DateTime? TimestampValue => Kind == ScalarKind.Timestamp ? _timestamp : null;

    /// <summary>True for ints and floats.</summary>
    public bool IsNumber => Kind is ScalarKind.Int or ScalarKind.Float;

    /// <summary>True for a number with no fraction that is not <c>-0</c> (what JavaScript dumps as an int).</summary>
    public bool IsIntegral => IsNumber && JsNumber.IsIntegral(_number);

    /// <summary>A string scalar.</summary>
    public static FrontMatterScalar FromString(string value) =>
        new(ScalarKind.String, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A bool scalar.</summary>
    public static FrontMatterScalar FromBool(bool value) => value ? True : False;

    /// <summary>An int scalar.</summary>
    public static FrontMatterScalar FromInt(long value) => new(ScalarKind.Int, number: value);

    /// <summary>An int scalar holding any JavaScript number (js-yaml builds <c>-00</c> as <c>-0</c>, <c>2e21</c>-sized ints as doubles).</summary>
    internal static FrontMatterScalar FromIntValue(double value) => new(ScalarKind.Int, number: value);

    /// <summary>A float scalar (written as an int when integral, as js-yaml does with any JavaScript number).</summary>
    public static FrontMatterScalar FromFloat(double value) => new(ScalarKind.Float, number: value);

    /// <summary>A number: <see cref="ScalarKind.Int"/> when integral and not <c>-0</c>, else <see cref="ScalarKind.Float"/>.</summary>
    public static FrontMatterScalar FromNumber(double value) =>
        new(JsNumber.IsIntegral(value) ? ScalarKind.Int : ScalarKind.Float, number: value);

    /// <summary>A timestamp scalar (an unquoted ISO date when written); the instant is truncated to milliseconds.</summary>
    public static FrontMatterScalar FromTimestamp(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return new(ScalarKind.Timestamp, timestamp: new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc));
    }

    /// <summary>The value as JavaScript's <c>String(value)</c> gives it; timestamps as ISO 8601 (<c>toISOString</c>).</summary>
    public override string ToString() => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Bool => _number != 0 ? "true" : "false",
        ScalarKind.Int or ScalarKind.Float => JsNumber.ToString(_number),
        ScalarKind.Timestamp => FormatIso(_timestamp),
        _ => _string!,
    };

    /// <summary>An instant as JavaScript's <c>Date.prototype.toISOString</c> writes it: <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public static string FormatIso(DateTime value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override FrontMatterNode DeepClone() => this;

    /// <summary>Same JavaScript value: ints and floats compare as numbers (NaN equals NaN, <c>-0</c> differs from <c>0</c>).</summary>
    public bool Equals(FrontMatterScalar? other)
    {
        if (other is null)
        {
            return false;
        }
        if (IsNumber && other.IsNumber)
        {
            return BitConverter.DoubleToInt64Bits(_number) == BitConverter.DoubleToInt64Bits(other._number)
                || (_number == other._number && _number != 0);
        }
        return Kind == other.Kind && Kind switch
        {
            ScalarKind.Bool => _number == other._number,
            ScalarKind.Timestamp => _timestamp == other._timestamp,
            ScalarKind.String => string.Equals(_string, other._string, StringComparison.Ordinal),
            _ => true,
        };
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FrontMatterScalar);

    /// <inheritdoc/>
    public override int GetHashCode() => IsNumber
        ? HashCode.Combine(1, _number)
        : HashCode.Combine(Kind, _string is null ? 0 : StringComparer.Ordinal.GetHashCode(_string), _number, _timestamp);
}
