using System.Globalization;
using System.Text.RegularExpressions;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Model;

namespace FactApi.Core.Extraction.Claims;

/// <summary>
/// Numbers in a claim with their qualifier and what they count: "more than 700 Russian breaches" is 700,
/// "more than", "breaches"; "$2.5 billion" is 2500000000 "USD"; "a 30-day truce" is 30 "day".
/// Qualifiers, number words and non-units are data files.
/// </summary>
public static partial class NumberExtractor
{
    private static readonly IReadOnlyDictionary<string, string> Qualifiers = Lexicon.Load("Claims.Resources.number-qualifiers.txt");
    private static readonly IReadOnlyDictionary<string, string> Words = Lexicon.Load("Claims.Resources.number-words.txt");
    private static readonly IReadOnlyDictionary<string, string> NotUnits = Lexicon.Load("Claims.Resources.unit-stopwords.txt");
    // Units written onto their number, with the unit word news spells out: the pattern's "glued" forms, and "m", which is
    // metres only where no plural noun after it makes it a million (the pattern's "abbr"). Declared before the pattern
    // that is built from it.
    private static readonly (string Form, string Unit)[] GluedUnits =
    [
        ("mph", "mph"), ("km/h", "km/h"), ("kph", "km/h"), ("kmh", "km/h"), ("km", "kilometres"), ("cm", "centimetres"), ("mm", "millimetres"),
        ("ft", "feet"), ("kg", "kilograms"), ("ha", "hectares"), ("kW", "kW"), ("MW", "MW"), ("GW", "GW"), ("kWh", "kWh"), ("MWh", "MWh"),
        ("GWh", "GWh"), ("m", "metres"),
    ];

    private static readonly Regex Pattern = Build();

    // Group numbers, resolved once: a lookup by name costs a hash probe for each of the twenty reads a match makes.
    private static readonly int CoreGroup = Pattern.GroupNumberFromName("core");
    private static readonly int CurrencyGroup = Pattern.GroupNumberFromName("currency");
    private static readonly int NumGroup = Pattern.GroupNumberFromName("num");
    private static readonly int QualGroup = Pattern.GroupNumberFromName("qual");
    private static readonly int ScaleGroup = Pattern.GroupNumberFromName("scale");
    private static readonly int SpanGroup = Pattern.GroupNumberFromName("span");
    private static readonly int UnitGroup = Pattern.GroupNumberFromName("unit");
    private static readonly int WordGroup = Pattern.GroupNumberFromName("word");
    private static readonly int AbbrGroup = Pattern.GroupNumberFromName("abbr");
    private static readonly int GluedGroup = Pattern.GroupNumberFromName("glued");

    /// <summary>A unit written onto its number ("94mph", "11.4km", "400m"), as the unit word news spells out.</summary>
    private static string GluedUnit(string glued) => GluedUnits.First(g => g.Form == glued).Unit;

    /// <summary>Whether a number's words already write its unit onto it ("150kg" for kilograms, "94mph").</summary>
    public static bool WritesUnit(string text, string unit) =>
        GluedUnits.Any(g => g.Unit == unit && text.EndsWith(g.Form, StringComparison.Ordinal));

    /// <summary>Whether a plural noun follows ("2.4m people"): then "m" is a million, not metres.</summary>
    private static bool PluralFollows(string text, Group abbr) =>
        PluralAfter().Match(text, abbr.Index + abbr.Length, Math.Min(40, text.Length - abbr.Index - abbr.Length)) is { Success: true } after
        && (IsPluralNoun(after.Groups["first"].Value) || IsPluralNoun(after.Groups["second"].Value));

    private static bool IsPluralNoun(string word) => word.Length > 0 && !NotUnits.ContainsKey(word) && (IsPlural(word) || PluralNouns.ContainsKey(word));

    [GeneratedRegex(@"\G\s+(?<first>[a-z]+)\b(?:\s+(?<second>[a-z]+)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex PluralAfter();

    private static readonly System.Buffers.SearchValues<string> WordValues = System.Buffers.SearchValues.Create([.. Words.Keys], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="text"/> has a digit or a number word, without which <see cref="Find"/> finds nothing.</summary>
    public static bool MayHold(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0 || text.IndexOfAny(WordValues) >= 0;

    /// <summary>Characters read before a number for "at approximately".</summary>
    private const int LookBack = 24;

    /// <summary>"at about 10.40 last night", "at 9.30am": a time of day written with a point is no quantity.</summary>
    private static bool ClockTime(string text, Group number)
    {
        if (!ClockDigits().IsMatch(number.Value))
        {
            return false;
        }

        var after = text.AsSpan(number.Index + number.Length, Math.Min(16, text.Length - number.Index - number.Length));
        // "closed at 10.40 euros": a word after it other than a time's is what the number counts.
        return ClockAfter().IsMatch(after)
            || (ClockBefore().IsMatch(text.AsSpan(Math.Max(0, number.Index - LookBack), Math.Min(LookBack, number.Index))) && !(after.Length > 1 && after[0] == ' ' && char.IsLetter(after[1])));
    }

    [GeneratedRegex(@"^(?:[01]?\d|2[0-3])\.[0-5]\d$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockDigits();

    [GeneratedRegex(@"^\s?(?:[ap]\.?m\b|last night\b|this (?:morning|afternoon|evening)\b|tonight\b|(?:GMT|UTC|BST|CET|local time)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockAfter();

    [GeneratedRegex(@"\b(?:at|until)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockBefore();

    public static IReadOnlyList<NumberMention> Find(string text)
    {
        var numbers = new List<NumberMention>();
        if (!MayHold(text))
        {
            // Every match holds a digit or a number word; the pattern's scan would try it at nearly every letter.
            return numbers;
        }

        (string Unit, int End)? shared = null;
        var spans = new List<(int Start, int End)>();
        (decimal Value, int Start, int End)? pending = null;
        foreach (Match match in Pattern.Matches(text))
        {
            var number = match.Groups[NumGroup];
            decimal value;
            if (number.Success)
            {
                value = decimal.Parse(number.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            }
            else if (Words.TryGetValue(match.Groups[WordGroup].Value, out var word))
            {
                value = decimal.Parse(word, CultureInfo.InvariantCulture);
            }
            else
            {
                continue;
            }

            // "81 per cent", as British copy writes it, is "81 percent".
            var scale = match.Groups[ScaleGroup].Value.ToLowerInvariant() is var written && written.StartsWith("per", StringComparison.Ordinal) ? "percent" : written;
            // "£3m", "£1.4bn", "2.4m people": British copy's scales written onto the number; "a 400m stretch" is metres.
            var glued = match.Groups[GluedGroup].Success ? match.Groups[GluedGroup].Value
                : match.Groups[AbbrGroup].Value is "m" && !match.Groups[CurrencyGroup].Success && !PluralFollows(text, match.Groups[AbbrGroup]) ? "m"
                : null;
            if (match.Groups[AbbrGroup].Success && glued is null)
            {
                scale = match.Groups[AbbrGroup].Value == "bn" ? "billion" : "million";
            }

            if (number.Success && scale.Length == 0 && !match.Groups[CurrencyGroup].Success && ClockTime(text, number))
            {
                continue;
            }

            value *= scale switch { "thousand" => 1_000m, "million" => 1_000_000m, "billion" => 1_000_000_000m, "trillion" => 1_000_000_000_000m, _ => 1m };
            var unit = glued is not null && !match.Groups[CurrencyGroup].Success ? GluedUnit(glued)
                : match.Groups[CurrencyGroup].Success ? Currency(match.Groups[CurrencyGroup].Value)
                : scale is "%" or "percent" ? "percent"
                : match.Groups[SpanGroup].Success ? match.Groups[SpanGroup].Value.ToLowerInvariant()
                : match.Groups[UnitGroup].Success && !NotUnits.ContainsKey(match.Groups[UnitGroup].Value) ? Counted(text, match.Groups[UnitGroup])
                : null;
            var coreEnd = match.Groups[CoreGroup].Index + match.Groups[CoreGroup].Length;
            var people = unit is null && !match.Groups[CurrencyGroup].Success && scale.Length == 0 && !match.Groups[SpanGroup].Success ? PluralName(text, coreEnd) : null;
            unit ??= people?.ToLowerInvariant();
            if (unit is null && !match.Groups[CurrencyGroup].Success && scale.Length == 0 && !match.Groups[SpanGroup].Success && value != 1)
            {
                unit = WholeCounted(text, coreEnd);
            }
            var first = match.Groups[QualGroup].Success ? match.Groups[QualGroup].Index : match.Groups[CoreGroup].Index;
            if (unit is null && !match.Groups[CurrencyGroup].Success && scale.Length == 0 && !match.Groups[SpanGroup].Success)
            {
                unit = NumberOfBefore(text, first);
            }

            var elided = unit is null && !match.Groups[CurrencyGroup].Success && scale.Length == 0 && !match.Groups[SpanGroup].Success
                && shared is { } earlier && Elides(text, earlier.End, first) ? earlier.Unit : null;
            unit ??= elided;
            var qualifier = match.Groups[QualGroup].Success ? Qualifiers[match.Groups[QualGroup].Value] : null;
            if (unit is null && qualifier is null && scale.Length == 0)
            {
                // A bare number ("May 15", "in 2022") counts nothing a reader could compare, unless it is a part of a
                // whole counted right after it ("two of the 14 ships").
                pending = (value, first, coreEnd);
                continue;
            }

            if (qualifier is null && scale.Length == 0 && !match.Groups[CurrencyGroup].Success && IsInName(text, number))
            {
                // "the Salyut 6 spacecraft", "a Boeing 737 jet": the number is part of a name, it counts nothing.
                continue;
            }

            if (qualifier is null && scale.Length == 0 && !match.Groups[CurrencyGroup].Success
                && (people is not null ? IsYear(number) : IsYearBeforeNoun(number, unit is null ? null : match.Groups[UnitGroup].Success ? match.Groups[UnitGroup].Value : unit)))
            {
                // "a 2013 memo", "the 2016 election": a year naming which one, not how many.
                continue;
            }

            // The text runs over the counted word only when the unit is that word ("5% of Ohio's" ends at "5%").
            var counted = glued is null && match.Groups[UnitGroup].Success && !NotUnits.ContainsKey(match.Groups[UnitGroup].Value) && !match.Groups[CurrencyGroup].Success && scale is not ("%" or "percent") && !match.Groups[SpanGroup].Success;
            var end = people is not null ? coreEnd + 1 + people.Length
                : unit is not null && counted ? UnitEnd(text, match.Groups[UnitGroup], unit) : coreEnd;
            var start = first;
            // "at least nine of her party's 14 deputies", "two of the 14 ships": the part counts what the whole does.
            if (unit is not null && numbers.Count > 0 && numbers[^1].Unit is null && spans[^1].End <= start && PartOfPattern.IsMatch(text.AsSpan(spans[^1].End, start - spans[^1].End)))
            {
                numbers[^1] = numbers[^1] with { Unit = unit };
            }
            else if (unit is not null && pending is var (partValue, partStart, partEnd) && partEnd <= start && PartOfPattern.IsMatch(text.AsSpan(partEnd, start - partEnd)))
            {
                numbers.Add(new NumberMention(partValue, null, unit, text[partStart..partEnd]));
                spans.Add((partStart, partEnd));
            }

            pending = null;
            numbers.Add(new NumberMention(value, qualifier, unit, text[start..end]));
            spans.Add((start, end));
            if (unit is not null && elided is null && !match.Groups[CurrencyGroup].Success && scale.Length == 0
                && WordBefore.Find(text, start, 0) is var (bs, be) && text.AsSpan(bs, be - bs) is not ("including" or "among"))
            {
                shared = (unit, end);
            }
        }

        return numbers;
    }

    private static readonly IReadOnlyDictionary<string, string> PluralNouns = Lexicon.Load("Claims.Resources.plural-nouns.txt");
    private static readonly Regex OfWholePattern = new(@"\G\s+of\s+(?:(?:the|her|his|its|their|our|\p{L}+['’]s)\s+){1,2}(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?(?:\s+(\p{Ll}[\p{Ll}-]*))?", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// "420 of its fishermen", "four of the border guards": a part of a group counts what the group is, when the group is
    /// a plural noun (within three words) after a determiner or possessive; the last of a run of them is the head
    /// ("crew members"). "one of the" is an idiom, not a count.
    /// </summary>
    private static string? WholeCounted(string text, int from)
    {
        var match = OfWholePattern.Match(text, from);
        string? head = null;
        for (var g = 1; match.Success && g <= 3 && match.Groups[g].Success; g++)
        {
            var noun = match.Groups[g].Value;
            var counts = (IsPlural(noun) || noun.EndsWith("men", StringComparison.Ordinal) || PluralNouns.ContainsKey(noun))
                && Tagging.WordClasses.CanBeNoun(noun) && !NotUnits.ContainsKey(noun);
            if (counts)
            {
                head = noun;
            }
            else if (head is not null)
            {
                break;
            }
        }

        return head;
    }

    private static readonly Regex NumberOfPattern = new(
        @"\b(?:number|count|total|tally)\s+of\s+(?:[\p{L}'’-]+\s+){0,3}?(?<noun>\p{Ll}[\p{Ll}-]*)\s+(?:(?:" + string.Join('|', EmbeddedData.DataLines("Claims.Resources.count-links.txt").Select(Regex.Escape)) + @")\s+){1,4}$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.RightToLeft);

    /// <summary>
    /// "the real number of trapped workers was at least 26", "the total of confirmed cases has risen to 140": a bare number
    /// that a clause names the number of counts that plural noun. Only linking verbs (count-links.txt) may stand between.
    /// </summary>
    private static string? NumberOfBefore(string text, int first)
    {
        const int Window = 90;
        var from = Math.Max(0, first - Window);
        var match = NumberOfPattern.Match(text, from, first - from);
        if (!match.Success || match.Index + match.Length != first)
        {
            return null;
        }

        var noun = match.Groups["noun"].Value;
        return PluralNouns.ContainsKey(noun) || (IsPlural(noun) && Tagging.WordClasses.CanBeNoun(noun) && !NotUnits.ContainsKey(noun)) ? noun : null;
    }

    private static readonly Regex PartOfPattern = new(@"^\s+of\s+(?:(?:the|her|his|its|their|our|\p{L}+['’]s)\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// "killed more than 200 people and wounded over 5,000": a number right after a verb, in the same clause run as a
    /// count before it (no sentence or semicolon between, and no count inside an "including" aside), counts the same.
    /// </summary>
    private static bool Elides(string text, int earlierEnd, int start)
    {
        const int MaxGap = 100;
        // An earlier count's text may run past where this number starts (its counted noun read ahead): no gap, no elision.
        if (start < earlierEnd || start - earlierEnd > MaxGap || text.AsSpan(earlierEnd, start - earlierEnd).IndexOfAny(".;:?!") >= 0)
        {
            return false;
        }

        var (ws, we) = WordBefore.Find(text, start, earlierEnd);
        return we > ws && Tagging.WordClasses.Tags(text[ws..we]).Any(t => t is "VBD" or "VBN");
    }

    /// <summary>
    /// Whether digits follow a capitalised word inside the sentence ("Salyut 6", "Soyuz 36"), a name they are part
    /// of; a capital that opens the text or a sentence ("Some 500 people") is no name, nor is a possessive.
    /// </summary>
    private static bool IsInName(string text, Group number)
    {
        if (!number.Success || number.Index < 2 || text[number.Index - 1] != ' ')
        {
            return false;
        }

        // One space only between the word and the digits.
        var (start, end) = WordBefore.Find(text, number.Index, 0);
        if (end != number.Index - 1 || start == end || !char.IsUpper(text[start]) || start == 0)
        {
            return false;
        }

        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return before >= 0 && text[before] is not ('.' or '!' or '?' or '"' or '\u201C' or ':' or '(' or '\n' or '-' or '_' or '`');
    }

    private static bool IsYearBeforeNoun(Group number, string? unit) => IsYear(number) && unit is not null && !unit.EndsWith('s');

    private static bool IsYear(Group number) =>
        number.Success && number.Length == 4 && int.TryParse(number.Value, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100;

    /// <summary>
    /// People counted by a capitalised plural right after the number ("12 Americans", "five Iraqis"), which the
    /// lower-case unit of the pattern cannot be; a year before one ("in 2016 Republicans won") counts nobody.
    /// </summary>
    private static string? PluralName(string text, int from) =>
        LetterWord(text, from) is { } word && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && IsPlural(word)
        && (from + 1 + word.Length == text.Length || (!char.IsLetterOrDigit(text[from + 1 + word.Length]) && text[from + 1 + word.Length] is not ('-' or '\'')))
            ? word
            : null;

    /// <summary>
    /// What a number counts: the word after it when that can be a noun, else the noun right after that word
    /// ("1,200 stranded containers"); nothing when neither can ("one linked to the holiday").
    /// </summary>
    private static string? Counted(string text, Group unit)
    {
        // "412,000 plug-in hybrid vehicles", "300 long-range missiles": a hyphened word before a plural noun describes it.
        if (unit.Value.Contains('-', StringComparison.Ordinal) && !IsPlural(unit.Value))
        {
            var from = unit.Index + unit.Length;
            for (var k = 0; k < 2 && LetterWord(text, from) is { } word; k++, from += word.Length + 1)
            {
                if (IsPlural(word) && Tagging.WordClasses.CanBeNoun(word) && !NotUnits.ContainsKey(word))
                {
                    return word.ToLowerInvariant();
                }
            }
        }

        if (Tagging.WordClasses.CanBeNoun(unit.Value))
        {
            // "500,000 minority Tutsis", "two cholera treatment centres": singular nouns before a plural one modify it.
            return PluralHead(text, unit.Value, unit.Index + unit.Length) ?? unit.Value.ToLowerInvariant();
        }

        if (NextWord(text, unit.Index + unit.Length) is not { } next || !Tagging.WordClasses.CanBeNoun(next) || NotUnits.ContainsKey(next))
        {
            return null;
        }

        // "29 local electricity distribution companies".
        return PluralHead(text, next, unit.Index + unit.Length + 1 + next.Length) ?? next.ToLowerInvariant();
    }

    /// <summary>The plural noun up to two nouns after a singular <paramref name="word"/> ending at <paramref name="after"/>, if any.</summary>
    private static string? PluralHead(string text, string word, int after)
    {
        if (IsPlural(word))
        {
            return null;
        }

        for (var k = 0; k < 2 && LetterWord(text, after) is { } next && (char.IsUpper(next[0]) || Tagging.WordClasses.CanBeNoun(next)) && !NotUnits.ContainsKey(next); k++, after += next.Length + 1)
        {
            if (IsPlural(next))
            {
                return next.ToLowerInvariant();
            }

            if (char.IsUpper(next[0]))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The word of letters (either case) after one space at <paramref name="from"/>, or null.</summary>
    private static string? LetterWord(string text, int from)
    {
        if (from + 1 >= text.Length || text[from] != ' ')
        {
            return null;
        }

        var end = from + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > from + 1 ? text[(from + 1)..end] : null;
    }

    private static bool IsPlural(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);

    /// <summary>Where the number's text ends: after the counted noun when it is the word after the unit group's.</summary>
    private static int UnitEnd(string text, Group unit, string counted)
    {
        var end = unit.Index + unit.Length;
        var next = unit.Value.Equals(counted, StringComparison.OrdinalIgnoreCase) ? -1 : text.IndexOf(counted, end, StringComparison.OrdinalIgnoreCase);
        // The counted noun may follow a word or two ("plug-in hybrid vehicles").
        return next >= 0 && next - end <= 20 && text.AsSpan(end, next - end).IndexOfAny(".,;:") < 0 ? next + counted.Length : end;
    }

    private static string? NextWord(string text, int from)
    {
        var start = from;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || (end > start && text[end] == '-')))
        {
            end++;
        }

        return end > start && start > from ? text[start..end] : null;
    }

    // "A$25 million", "NZ$3 billion": dollars of other countries are written with the country's letters before the sign.
    private static string Currency(string symbol) => symbol switch
    {
        "$" or "US$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "A$" => "AUD",
        "C$" => "CAD",
        "NZ$" => "NZD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "R$" => "BRL",
        _ => symbol,
    };

    // A number joined to letters by a hyphen is part of a name ("EB-5 visas", "F-16 jets", "Covid-19 cases"), not a count.
    private static Regex Build()
    {
        var qualifiers = string.Join('|', Qualifiers.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var words = string.Join('|', Words.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var glued = string.Join('|', GluedUnits.Where(g => g.Form != "m").Select(g => Regex.Escape(g.Form)));
        return new Regex(
            $@"(?<![\w.,]|\p{{L}}-)(?:(?<qual>(?i:{qualifiers}))\s+)?(?<core>(?:(?<currency>(?-i:A|C|NZ|HK|US|S|R)?[$€£])\s?)?(?:(?<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?<word>(?i:{words})))(?:-(?<span>day|week|month|year|hour|minute|mile|kilometre|kilometer)s?\b|(?<abbr>bn|m)\b|(?<glued>{glued})\b|\s?(?<scale>%|per\s?cent\b|thousand\b|million\b|billion\b|trillion\b))?)(?:\s+(?:[A-Z][\w-]+\s+)?(?<unit>[a-z][a-z-]+))?",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
