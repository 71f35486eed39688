using System.Globalization;
using System.Text.Json;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Functions.Tests.Api.Hostile;

/// <summary>
/// A list answered with a filter holds only items inside that filter, by the API's own definition of a match
/// (folded words, alias resolution, date overlap): hostile input may match nothing or be refused, never widen a
/// query to other data.
/// </summary>
public static class FilterChecks
{
    /// <param name="path">The documented path, e.g. <c>/api/claims</c>.</param>
    /// <param name="unfiltered">The ids of the first page without the parameter, for a blank value.</param>
    public static void AssertWithinFilter(string path, string parameter, string value, JsonElement body, IReadOnlyList<string> unfiltered)
    {
        if (!body.TryGetProperty("items", out var list))
        {
            return;
        }

        var items = list.EnumerateArray().ToList();
        var what = $"{path}?{parameter}={HostileValues.Describe(value)}";
        if (string.IsNullOrWhiteSpace(value) && parameter is not "limit" and not "cursor")
        {
            Assert.True(unfiltered.SequenceEqual(items.Select(Id)), $"{what}: a blank filter must be no filter");
            return;
        }

        var folded = SearchKey.Fold(value.Trim());
        foreach (var item in items)
        {
            Assert.True(Holds(path, parameter, value.Trim(), folded, item), $"{what} returned {Cut(item.GetRawText())}");
        }

        if (parameter is "speaker" or "actor" && items.Count > 0)
        {
            // The value resolved to one actor; every item involves it.
            var common = items.Select(i => ActorIds(i).ToHashSet(StringComparer.Ordinal)).Aggregate((a, b) => { a.IntersectWith(b); return a; });
            Assert.True(common.Count > 0, $"{what}: items share no actor");
        }

        if (parameter == "limit" && !string.IsNullOrWhiteSpace(value))
        {
            Assert.True(items.Count <= int.Parse(value.Trim(), CultureInfo.InvariantCulture), $"{what}: {items.Count} items");
        }
    }

    private static bool Holds(string path, string parameter, string value, string folded, JsonElement item) => parameter switch
    {
        "q" when path == "/api/actors" => Strings(item, "name", "aliases").Any(n => NameMatcher.Score(folded, SearchKey.Fold(n)) > 0),
        "q" => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => (" " + SearchKey.Fold(string.Join(' ', AllStrings(item)))).Contains(" " + w, StringComparison.Ordinal)),
        "kind" => string.Equals(item.GetProperty("kind").GetString(), value, StringComparison.OrdinalIgnoreCase),
        "topic" => SearchKey.Fold(item.TryGetProperty("topic", out var topic) ? topic.GetString() ?? "" : "") == folded,
        "source" => item.GetProperty("evidence").GetProperty("sourceId").GetString() == value,
        "place" => SearchKey.Fold(item.TryGetProperty("place", out var place) ? place.GetString() ?? "" : "").Contains(folded, StringComparison.Ordinal),
        "from" => TemporalValue.TryParse(value, out var from) && Dates(path, item).End >= from.Start,
        "to" => TemporalValue.TryParse(value, out var to) && Dates(path, item).Start <= to.End,
        _ => true,
    };

    /// <summary>The dates an item is filed under: a claim's when-said (else published), an event's span, a dispute's day.</summary>
    private static (DateOnly Start, DateOnly End) Dates(string path, JsonElement item)
    {
        if (path.EndsWith("/events", StringComparison.Ordinal))
        {
            var when = item.GetProperty("when");
            return (DateOnly.Parse(when.GetProperty("start").GetString()!, CultureInfo.InvariantCulture), DateOnly.Parse(when.GetProperty("end").GetString()!, CultureInfo.InvariantCulture));
        }

        var day = path.EndsWith("/disputes", StringComparison.Ordinal) ? item.GetProperty("date").GetString()!
            : item.TryGetProperty("saidOn", out var said) ? said.GetProperty("start").GetString()!
            : item.GetProperty("evidence").GetProperty("publishedAt").GetString()!;
        var date = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        return (date, date);
    }

    private static IEnumerable<string> ActorIds(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "actorId" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!]
            : p.Name == "actors" && p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().Select(a => a.GetString()!)
            : ActorIds(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(ActorIds),
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonElement item, params string[] names) =>
        names.SelectMany(n => item.TryGetProperty(n, out var v) ? AllStrings(v) : []);

    private static IEnumerable<string> AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllStrings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllStrings),
        _ => [],
    };

    private static string Id(JsonElement item) => item.TryGetProperty("id", out var id) ? id.GetString() ?? "" : item.GetRawText();

    private static string Cut(string text) => text.Length > 200 ? text[..200] + "..." : text;
}
