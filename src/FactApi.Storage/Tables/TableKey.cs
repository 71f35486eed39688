using System.Security.Cryptography;
using System.Text;

namespace FactApi.Storage.Tables;

/// <summary>
/// The one encoding of values into PartitionKey/RowKey. Table Storage forbids <c>/ \ # ?</c> and control
/// characters in keys and limits them to 1 KiB; those characters (and the escape character <c>~</c> itself)
/// become <c>~XXXX</c>, so <see cref="Decode"/> gives back the original. A value whose encoding would pass
/// <see cref="MaxLength"/> keeps a prefix and a hash instead: still unique and stable, no longer decodable.
/// </summary>
public static class TableKey
{
    public const int MaxLength = 400;

    public static string Encode(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsForbidden(c))
            {
                builder ??= new StringBuilder(value, 0, i, value.Length + 16);
                builder.Append('~').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(c);
            }
        }

        var encoded = builder?.ToString() ?? value;
        if (encoded.Length <= MaxLength)
        {
            return encoded;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
        return encoded[..(MaxLength - 66)] + "~~" + hash;
    }

    public static string? Decode(string key)
    {
        if (key.Contains("~~", StringComparison.Ordinal))
        {
            return null;
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '~' && i + 4 < key.Length &&
                int.TryParse(key.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 4;
            }
            else
            {
                builder.Append(key[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Joins encoded parts with '|'; inside a part '|' is escaped like the forbidden characters, so parts never run together.</summary>
    public static string Join(params string[] parts) => string.Join('|', parts.Select(Encode));

    private static bool IsForbidden(char c) =>
        c is '/' or '\\' or '#' or '?' or '~' or '|' || char.IsControl(c);
}
