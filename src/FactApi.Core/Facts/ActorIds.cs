using System.Security.Cryptography;
using System.Text;
using FactApi.Core.Text;

namespace FactApi.Core.Facts;

/// <summary>The stable id of an actor the registry does not know, made from its name: the same name, the same id.</summary>
public static class ActorIds
{
    public static string FromName(string name)
    {
        var folded = SearchKey.Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        // Names in other scripts have no ASCII letters: their id is a hash of the name, still stable.
        return slug.Length > 0 ? slug : "actor-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)).AsSpan(0, 6));
    }
}
