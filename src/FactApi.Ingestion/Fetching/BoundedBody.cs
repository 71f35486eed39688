using System.Buffers;
using System.Text;

namespace FactApi.Ingestion.Fetching;

/// <summary>
/// Reads a response body as a stream up to a byte limit, then decodes it with the charset the response named.
/// Stopping at the limit (not buffering first) is what keeps a 50 MB page from costing 50 MB.
/// </summary>
internal static class BoundedBody
{
    private const int ChunkSize = 64 * 1024;

    static BoundedBody() =>
        // Feeds still come in windows-1252 and other legacy code pages, which .NET Core leaves out by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The bytes read, and whether the body went past <paramref name="maxBytes"/> (then it was cut off).</summary>
    public static async Task<(byte[] Bytes, bool CutOff)> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            while (true)
            {
                // Ask for one byte past the limit at most: seeing it is how an oversized body is told apart.
                var wanted = (int)Math.Min(chunk.Length, maxBytes + 1L - buffer.Length);
                var read = await body.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer.ToArray(), false);
                }

                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return (buffer.ToArray(), true);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Decodes with the byte order mark, else the Content-Type charset, else UTF-8.</summary>
    public static string Decode(byte[] bytes, string? charset)
    {
        var encoding = EncodingFor(charset);
        var preamble = bytes.AsSpan();
        foreach (var withBom in new Encoding[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var bom = withBom.Preamble;
            if (preamble.StartsWith(bom))
            {
                return withBom.GetString(bytes, bom.Length, bytes.Length - bom.Length);
            }
        }

        return encoding.GetString(bytes);
    }

    private static Encoding EncodingFor(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            // An unknown charset name is the publisher's typo far more often than a real legacy encoding.
            return Encoding.UTF8;
        }
    }
}
