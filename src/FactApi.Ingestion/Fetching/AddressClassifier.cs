using System.Net;
using System.Net.Sockets;

namespace FactApi.Ingestion.Fetching;

/// <summary>
/// Says whether an IP address is internal (not on the public internet), and why. Pure, so every range is unit
/// tested; <see cref="PrivateNetworkGuard"/> applies it to each address a host resolves to.
/// </summary>
public static class AddressClassifier
{
    /// <summary>Null for a public address; otherwise the kind of internal address, for the error message.</summary>
    public static string? InternalKind(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => InternalKindV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => InternalKindV6(address),
            _ => "not an IP address",
        };
    }

    public static bool IsInternal(IPAddress address) => InternalKind(address) is not null;

    private static string? InternalKindV4(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => "unspecified",
        (10, _) => "private",
        (100, >= 64 and <= 127) => "carrier-grade NAT",
        (127, _) => "loopback",
        (169, 254) => "link-local",
        (172, >= 16 and <= 31) => "private",
        (192, 0) when b[2] == 0 => "IETF protocol assignment",
        (192, 168) => "private",
        (198, 18 or 19) => "benchmarking",
        (>= 224 and <= 239, _) => "multicast",
        (>= 240, _) => "reserved",
        _ => null,
    };

    private static string? InternalKindV6(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return InternalKindV4(address.MapToIPv4().GetAddressBytes());
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "loopback";
        }

        if (address.Equals(IPAddress.IPv6None))
        {
            return "unspecified";
        }

        var b = address.GetAddressBytes();
        if (b[0] == 0xff)
        {
            return "multicast";
        }

        if ((b[0] & 0xfe) == 0xfc)
        {
            return "unique-local";
        }

        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        {
            return "link-local";
        }

        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
        {
            return "site-local";
        }

        // Forms that carry an IPv4 address inside reach that address: NAT64 (64:ff9b::/96), 6to4 (2002::/16) and
        // the deprecated IPv4-compatible ::a.b.c.d.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return InternalKindV4(b[12..16]);
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return InternalKindV4(b[2..6]);
        }

        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return InternalKindV4(b[12..16]) ?? "IPv4-compatible";
        }

        return null;
    }
}
