using System.Globalization;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Synthetic;

/// <summary>
/// The made-up world a synthetic store is about: countries with capitals, people holding titles in them, and
/// organisations, sized to the number of claims so speakers and topics repeat as they do in real news.
/// </summary>
internal sealed class SyntheticCast
{
    private SyntheticCast(List<SyntheticCountry> countries, List<string> cities, List<SyntheticMember> people, List<SyntheticMember> organizations)
    {
        Countries = countries;
        Cities = cities;
        People = people;
        Organizations = organizations;
    }

    public IReadOnlyList<SyntheticCountry> Countries { get; }

    public IReadOnlyList<string> Cities { get; }

    public IReadOnlyList<SyntheticMember> People { get; }

    public IReadOnlyList<SyntheticMember> Organizations { get; }

    /// <summary>Every actor, as the registry knows it (registry roles, no evidence).</summary>
    public IEnumerable<Actor> Actors =>
        Countries.Select(c => c.Actor).Concat(People.Select(p => p.Actor)).Concat(Organizations.Select(o => o.Actor));

    public static SyntheticCast Create(int claims, Random random, SyntheticPatterns patterns)
    {
        var countryNames = Shuffled(random, patterns.PlaceRoots.SelectMany(r => patterns.CountrySuffixes.Select(s => (Name: r + s.Suffix, Adjective: r + s.Adjective))));
        var cities = Shuffled(random, patterns.PlaceRoots.SelectMany(r => patterns.CitySuffixes.Select(s => r + s)))
            .Take(Math.Clamp(claims / 100, 10, patterns.PlaceRoots.Count * patterns.CitySuffixes.Count)).ToList();
        var countries = countryNames.Take(Math.Clamp(claims / 400, 6, countryNames.Count)).Select((c, i) =>
        {
            var actor = new Actor(ActorIds.FromName(c.Name), c.Name, ActorKind.Country, [$"the {c.Adjective} government"], [], $"A country (synthetic), capital {cities[i % cities.Count]}");
            return new SyntheticCountry(actor, c.Adjective, cities[i % cities.Count]);
        }).ToList();

        var people = Shuffled(random, patterns.GivenNames.SelectMany(g => patterns.FamilyRoots.SelectMany(r => patterns.FamilySuffixes.Select(s => (Given: g, Family: r + s)))))
            .Take(Math.Clamp(claims / 20, 12, 2000))
            .Select((name, i) =>
            {
                var country = countries[i % countries.Count];
                var title = patterns.Titles[random.Next(patterns.Titles.Count)];
                var since = new DateOnly(2018, 1, 1).AddDays(random.Next(2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var fullName = name.Given + " " + name.Family;
                var actor = new Actor(
                    ActorIds.FromName(fullName), fullName, ActorKind.Person, [name.Family, $"the {country.Adjective} {title}"],
                    [new ActorRole(title, country.Actor.Id, since)], $"{country.Adjective} {title} (synthetic)");
                return new SyntheticMember(actor, country, name.Family, title);
            }).ToList();

        var organizations = countries.SelectMany(c => patterns.Organizations.Select(o => (Country: c, Pattern: o)))
            .Take(Math.Clamp(claims / 80, 5, countries.Count * patterns.Organizations.Count))
            .Select(o =>
            {
                var name = Fill(o.Pattern.Name, o.Country);
                var alias = Fill(o.Pattern.Alias, o.Country);
                var actor = new Actor(ActorIds.FromName(name), name, ActorKind.Organization, [alias], [], $"An organisation of {o.Country.Actor.Name} (synthetic)");
                return new SyntheticMember(actor, o.Country, alias, null);
            }).ToList();

        foreach (var member in people.Concat(organizations))
        {
            member.Country.Members.Add(member);
        }

        return new SyntheticCast(countries, cities, people, organizations);
    }

    private static string Fill(string pattern, SyntheticCountry country) =>
        pattern.Replace("{country}", country.Actor.Name, StringComparison.Ordinal).Replace("{adjective}", country.Adjective, StringComparison.Ordinal);

    private static List<T> Shuffled<T>(Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}

/// <summary>A synthetic country: its actor, the adjective its people and institutions are named with, its capital.</summary>
internal sealed class SyntheticCountry(Actor actor, string adjective, string capital)
{
    public Actor Actor { get; } = actor;

    public string Adjective { get; } = adjective;

    public string Capital { get; } = capital;

    /// <summary>People and organisations of the country, most prominent first.</summary>
    public List<SyntheticMember> Members { get; } = [];
}

/// <summary>A person or organisation: <see cref="ShortName"/> is how a text refers to it after the first mention.</summary>
internal sealed class SyntheticMember(Actor actor, SyntheticCountry country, string shortName, string? title)
{
    public Actor Actor { get; } = actor;

    public SyntheticCountry Country { get; } = country;

    public string ShortName { get; } = shortName;

    public string? Title { get; } = title;
}
