using System.Globalization;

namespace FactApi.Core.Extraction.Dates;

/// <summary>
/// The normalisation functions a rule can name (its fourth column). Each reads the rule's named parts
/// (month, day, year, weekday, dir, num, unit, ord, season, part, ...) through the word lists and resolves
/// what the text leaves open against the anchor (publication date) and the guessed tense.
/// </summary>
internal sealed partial class TimexNormalizer(Lexicon lexicon)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public Normalized? Normalize(RuleMatch m)
    {
        var type = m.Rule.Type;
        var value = m.Rule.Function switch
        {
            "literal" => m.Get("value"),
            "lookup" => Lookup(m),
            "date" => Date(m),
            "weekday" => Weekday(m),
            "dayword" => DayWord(m),
            "relative" => Relative(m),
            "ago" => Ago(m),
            "duration" => Duration(m, "num"),
            "amount" => Amount(m, ref type),
            "set" => Set(m),
            "quarter" => Quarter(m),
            "season" => Season(m),
            "year" => Year(m.Get("year")) is { } y ? TimexCalendar.Year(y) : null,
            "decade" => Decade(m.Get("decade")),
            "century" => Century(m),
            "time" => Time(m),
            "weekend" => Weekend(m),
            "holiday" => Holiday(m),
            _ => throw new InvalidOperationException($"Rule {m.Rule.Id} names an unknown function {m.Rule.Function}."),
        };
        if (value is null)
        {
            return null;
        }

        return new Normalized(value, type, Mod(m));
    }

    private string? Mod(RuleMatch m)
    {
        if (m.Get("mod") is { } mod && lexicon.TryLookup("mod", mod, out var v))
        {
            return v == "-" ? null : v;
        }

        return m.Get("approx") is { } approx && lexicon.TryLookup("approx", approx, out var a) ? a : null;
    }

    private string? Lookup(RuleMatch m)
    {
        var list = m.Rule.Arg("list") ?? throw new InvalidOperationException($"Rule {m.Rule.Id}: lookup needs list=NAME.");
        var key = m.Get("w") ?? m.Match.Value;
        return lexicon.TryLookup(list, key, out var value) ? value : null;
    }
}
