using System.Security.Cryptography;
using System.Text;

namespace FactApi.Core.Facts;

/// <summary>
/// Ids derived from what a fact is and where it was read, so extracting the same text twice yields the same ids
/// and writes stay idempotent.
/// </summary>
public static class FactIds
{
    public static string Claim(string sourceId, int start, int end, string content) => Make("c", sourceId, start, end, content);

    public static string Event(string sourceId, int start, int end, string what) => Make("e", sourceId, start, end, what);

    private static string Make(string kind, string sourceId, int start, int end, string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{sourceId}\n{start}\n{end}\n{text}"));
        return kind + "-" + Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }
}
