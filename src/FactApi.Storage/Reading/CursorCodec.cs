using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using FactApi.Storage.Tables;

namespace FactApi.Storage.Reading;

/// <summary>
/// Cursors are "position, query, dataset version" signed with HMAC-SHA256. The key is random, made once per
/// storage account and kept in the meta table, so every instance accepts every other's cursors and none is
/// in configuration. A cursor from another query or an older dataset version is rejected, not misread.
/// </summary>
public sealed class CursorCodec(TableServiceClient tables, TableNames names)
{
    private const string Row = "cursor-key";
    private byte[]? key;

    public async Task<string> EncodeAsync(string position, string query, string version, CancellationToken cancellationToken)
    {
        var payload = Encoding.UTF8.GetBytes($"{version}\n{query}\n{position}");
        var mac = HMACSHA256.HashData(await KeyAsync(cancellationToken), payload).AsSpan(0, 16);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(mac);
    }

    public async Task<string> DecodeAsync(string cursor, string query, string version, CancellationToken cancellationToken)
    {
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        byte[] payload, mac;
        try
        {
            if (dot <= 0 || cursor.Length > 2048)
            {
                throw new FormatException();
            }

            payload = Base64Url.DecodeFromChars(cursor.AsSpan(0, dot));
            mac = Base64Url.DecodeFromChars(cursor.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            throw new InvalidCursorException("The cursor is not one this API issued.");
        }

        var expected = HMACSHA256.HashData(await KeyAsync(cancellationToken), payload).AsSpan(0, 16);
        if (!CryptographicOperations.FixedTimeEquals(expected, mac))
        {
            throw new InvalidCursorException("The cursor is not one this API issued.");
        }

        var parts = Encoding.UTF8.GetString(payload).Split('\n', 3);
        if (parts.Length != 3 || parts[1] != query)
        {
            throw new InvalidCursorException("The cursor belongs to a different query; start again without it.");
        }

        return parts[0] != version
            ? throw new InvalidCursorException("The data changed since this cursor was issued; start again without it.")
            : parts[2];
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (key is not null)
        {
            return key;
        }

        var meta = tables.GetTableClient(names.Meta);
        await meta.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            await meta.AddEntityAsync(new TableEntity(Partitions.Dataset, Row) { ["Key"] = RandomNumberGenerator.GetBytes(32) }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Another instance made it first; everyone uses that one.
        }

        var stored = await meta.GetEntityAsync<TableEntity>(Partitions.Dataset, Row, cancellationToken: cancellationToken);
        return key = stored.Value.GetBinary("Key");
    }
}
