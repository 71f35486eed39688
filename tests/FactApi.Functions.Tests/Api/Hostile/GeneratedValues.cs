using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace FactApi.Functions.Tests.Api.Hostile;

/// <summary>
/// Property-based parameter values from FsCheck: arbitrary unicode strings, numbers of every size, real and
/// impossible dates, and values shaped by the parameter's schema (its enum, its integer range), so some land in
/// the accepted range and reach the storage filters. The seed is fixed per parameter, so a failure reproduces.
/// </summary>
public static class GeneratedValues
{
    public const ulong Seed = 0x5EED_2025_1125;

    /// <summary>FsCheck's size: strings up to about this long, numbers up to about this large (or any, for the full-range ones).</summary>
    private const int Size = 40;

    public static IReadOnlyList<string> For(string name, JsonElement schema, int count) =>
        Gen.Sample(Gen.OneOf(Unicode(), Numbers(), Dates(), Shaped(schema)), count, new Rnd(Seed ^ StableHash(name)), Size);

    private static Gen<string> Unicode() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<UnicodeString>().Select(s => s.Item ?? ""),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            ArbMap.Default.GeneratorFor<NonWhiteSpaceString>().Select(s => s.Item));

    private static Gen<string> Numbers() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<int>().Select(n => n.ToString(CultureInfo.InvariantCulture)),
            ArbMap.Default.GeneratorFor<long>().Select(n => n.ToString(CultureInfo.InvariantCulture)),
            ArbMap.Default.GeneratorFor<double>().Select(n => n.ToString("R", CultureInfo.InvariantCulture)),
            ArbMap.Default.GeneratorFor<decimal>().Select(n => n.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Dates as yyyy, yyyy-MM and yyyy-MM-dd, mostly real, some with a day or month past the end.</summary>
    private static Gen<string> Dates() =>
        from year in Gen.Frequency((3, Gen.Choose(2020, 2027)), (1, Gen.Choose(0, 9999)))
        from month in Gen.Choose(0, 13)
        from day in Gen.Choose(0, 32)
        from precision in Gen.Choose(0, 2)
        select precision switch
        {
            0 => year.ToString("D4", CultureInfo.InvariantCulture),
            1 => $"{year:D4}-{month:D2}",
            _ => $"{year:D4}-{month:D2}-{day:D2}",
        };

    /// <summary>Values inside (and just outside) what the schema allows.</summary>
    private static Gen<string> Shaped(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out var values))
        {
            var names = values.EnumerateArray().Select(v => v.GetString() ?? "").ToArray();
            return Gen.OneOf(Gen.Elements(names), Gen.Elements(names).Select(n => n.ToUpperInvariant()), Gen.Elements(names).Select(n => " " + n + "s"));
        }

        if (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "integer")
        {
            return Gen.Choose(-2, 102).Select(n => n.ToString(CultureInfo.InvariantCulture));
        }

        return Dates();
    }

    /// <summary>FNV-1a: string.GetHashCode differs between runs, and the seed must not.</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
