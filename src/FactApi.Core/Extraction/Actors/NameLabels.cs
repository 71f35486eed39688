namespace FactApi.Core.Extraction.Actors;

/// <summary>The name types the tagger knows, in the CoNLL-2003 spelling that the rest of FactApi uses as labels.</summary>
public static class NameLabels
{
    /// <summary>A person.</summary>
    public const string Person = "PER";

    /// <summary>An organisation: company, party, team, agency.</summary>
    public const string Organization = "ORG";

    /// <summary>A place: country, city, region, landmark.</summary>
    public const string Location = "LOC";

    /// <summary>Other names: nationalities, events, products, titles of works.</summary>
    public const string Misc = "MISC";

    /// <summary>All labels, in the order the model numbers them.</summary>
    public static IReadOnlyList<string> All { get; } = [Person, Organization, Location, Misc];
}
