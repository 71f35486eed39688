using System.Text.RegularExpressions;

namespace FactApi.Core.Facts;

/// <summary>Ids are slugs: safe in URLs and in table keys without escaping.</summary>
public static partial class IdPattern
{
    public static bool IsValid(string id) => id.Length <= 100 && Slug().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
