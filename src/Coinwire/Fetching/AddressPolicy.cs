using System.Net;
using System.Net.Sockets;

namespace Coinwire.Fetching;

/// <summary>Which IP addresses a feed fetch may not reach unless private networks are allowed (the SSRF guard's rule).</summary>
public static class AddressPolicy
{
    /// <summary>
    /// <see langword="true"/> for loopback, private (RFC 1918, IPv6 unique-local), link-local (cloud metadata lives at 169.254.169.254),
    /// shared (100.64/10, where some clouds put metadata), unspecified, broadcast, multicast, reserved and benchmarking addresses,
    /// including IPv4 addresses embedded in IPv6 (mapped, NAT64, 6to4).
    /// </summary>
    public static bool IsRestricted(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
            return IsRestrictedV4(address.MapToIPv4());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsRestrictedV4(address),
            AddressFamily.InterNetworkV6 => IsRestrictedV6(address),
            _ => true,
        };
    }

    private static bool IsRestrictedV4(IPAddress address)
    {
        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] >= 64 && b[1] <= 127,
            169 => b[1] == 254,
            172 => b[1] >= 16 && b[1] <= 31,
            192 => (b[1] == 168) || (b[1] == 0 && (b[2] == 0 || b[2] == 2)),
            198 => b[1] == 18 || b[1] == 19 || (b[1] == 51 && b[2] == 100),
            203 => b[1] == 0 && b[2] == 113,
            >= 224 => true,
            _ => false,
        };
    }

    private static bool IsRestrictedV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6None))
            return true;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
            return true;
        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);
        // IPv4-compatible (::a.b.c.d, deprecated) and the whole ::/96 range.
        if (b[..12].IndexOfAnyExcept((byte)0) < 0)
            return true;
        // NAT64 well-known prefix 64:ff9b::/96 carries an IPv4 address in its last four bytes.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4..12].IndexOfAnyExcept((byte)0) < 0)
            return IsRestrictedV4(new IPAddress(b[12..]));
        // 6to4 2002:V4ADDR::/48.
        if (b[0] == 0x20 && b[1] == 0x02)
            return IsRestrictedV4(new IPAddress(b[2..6]));
        // Documentation range 2001:db8::/32.
        return b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8;
    }
}
