using System.Globalization;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Synthetic;

/// <summary>
/// Writes one synthetic article about one topic: two countries' officials give counts of the same thing that
/// differ (so topics become disputes), some deny, roles are introduced on first mention, events are reported
/// between the claims. Every fact cites the sentence it was written as.
/// </summary>
internal sealed class ArticleWriter(SyntheticPatterns patterns, Random random)
{
    private static readonly DateOnly FirstDay = new(2024, 1, 1);
    private const int DaysCovered = 730;
    private const int ClaimsPerEvent = 4;

    public FactSet Write(string sourceId, SyntheticTopic topic, int claimCount)
    {
        var published = FirstDay.AddDays(random.Next(DaysCovered));
        var (first, second) = random.Next(2) == 0 ? (topic.First, topic.Second) : (topic.Second, topic.First);
        var title = Capitalise(Fill(Pick(patterns.Headlines), ("{a}", first.Actor.Name), ("{b}", second.Actor.Name), ("{subject}", topic.Subject.Subject), ("{place}", topic.Place)));
        var url = $"https://synthetic.factapi.example/{published:yyyy'/'MM'/'dd}/{sourceId}";
        var article = new ArticleText(sourceId, url, title, published);
        var used = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var claims = new List<Claim>(claimCount);
        var events = new List<Event>();
        var baseCount = random.Next(topic.Subject.Min, topic.Subject.Max + 1);
        // The second side's figure is far enough from the first (more than a tenth) to make the topic a dispute.
        var otherSideFactor = random.Next(2) == 0 ? 0.4 + random.NextDouble() * 0.35 : 1.4 + random.NextDouble();
        for (var i = 0; i < claimCount; i++)
        {
            var side = i % 2 == 0 ? first : second;
            var speaker = PickSpeaker(side);
            var mention = Mention(speaker, side, article, used, published);
            claims.Add(i > 0 && random.Next(8) == 0
                ? Denial(article, mention, speaker.Id, topic, published)
                : Counted(article, mention, speaker.Id, topic, published, baseCount * (side == first ? 1 : otherSideFactor)));
            if (i % ClaimsPerEvent == ClaimsPerEvent - 1)
            {
                events.Add(Happened(article, first, second, topic, published, used));
            }
        }

        var counts = new FactCounts(used.Count, events.Count, claims.Count);
        var source = new Source(sourceId, SourceKind.Article, url, title, "FactApi synthetic desk", published, null, counts);
        return new FactSet(source, used.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), events, claims, article.ToString());
    }

    private Claim Counted(ArticleText article, string mention, string speakerId, SyntheticTopic topic, DateOnly published, double target)
    {
        var pattern = Pick(patterns.Claims);
        var value = Round(target * (0.95 + random.NextDouble() * 0.1));
        var qualifier = Pick(patterns.Qualifiers);
        var count = (qualifier + " " + value.ToString("N0", CultureInfo.InvariantCulture)).Trim();
        var content = Fill(Pick(patterns.Contents), ("{count}", count), ("{unit}", topic.Subject.Unit), ("{place}", topic.Place), ("{period}", Pick(patterns.Periods)));
        var direct = pattern.Form == "direct";
        content = direct ? Capitalise(content) : content;
        var said = published.AddDays(-random.Next(7));
        var evidence = article.Append(Sentence(pattern.Sentence, mention, content, said));
        var counted = count + " " + topic.Subject.Unit;
        var number = new NumberMention(value, qualifier.Length == 0 ? null : qualifier, topic.Subject.Unit, content.Contains(counted, StringComparison.Ordinal) ? counted : Capitalise(counted));
        return new Claim(
            FactIds.Claim(evidence.SourceId, evidence.Start, evidence.End, content), new Speaker(speakerId, SpokenAs(evidence.Sentence, mention)), pattern.Cue, content,
            direct ? QuoteForm.Direct : QuoteForm.Indirect, Day(said), topic.Name, [number], evidence);
    }

    private Claim Denial(ArticleText article, string mention, string speakerId, SyntheticTopic topic, DateOnly published)
    {
        var pattern = Pick(patterns.Denials);
        var content = Fill(Pick(patterns.DenialContents), ("{subject}", topic.Subject.Subject), ("{place}", topic.Place));
        var said = published.AddDays(-random.Next(7));
        var evidence = article.Append(Sentence(pattern.Sentence, mention, content, said));
        return new Claim(
            FactIds.Claim(evidence.SourceId, evidence.Start, evidence.End, content), new Speaker(speakerId, SpokenAs(evidence.Sentence, mention)), pattern.Cue, content,
            QuoteForm.Indirect, Day(said), topic.Name, [], evidence);
    }

    private Event Happened(ArticleText article, SyntheticCountry first, SyntheticCountry second, SyntheticTopic topic, DateOnly published, Dictionary<string, Actor> used)
    {
        var pattern = Pick(patterns.Events);
        var place = random.Next(2) == 0 ? topic.Place : first.Capital;
        var day = published.AddDays(-random.Next(7));
        var start = pattern.Range ? published.AddDays(3 + random.Next(28)) : day;
        var last = start.AddDays(1 + random.Next(3));
        var fills = new[]
        {
            ("{a}", first.Actor.Name), ("{b}", second.Actor.Name), ("{subject}", topic.Subject.Subject), ("{place}", place),
            ("{weekday}", day.DayOfWeek.ToString()), ("{start}", start.ToString("d MMMM", CultureInfo.InvariantCulture)), ("{end}", last.ToString("d MMMM", CultureInfo.InvariantCulture)),
        };
        var evidence = article.Append(Capitalise(Fill(pattern.Sentence, fills)));
        var what = Capitalise(Fill(pattern.What, fills));
        var actors = pattern.Actors == 1 ? new[] { first.Actor } : [first.Actor, second.Actor];
        foreach (var actor in actors)
        {
            used.TryAdd(actor.Id, actor with { Roles = [] });
        }

        var when = pattern.Range ? TemporalValue.Parse($"{Iso(start)}/{Iso(last)}") : Day(start);
        return new Event(FactIds.Event(evidence.SourceId, evidence.Start, evidence.End, what), what, when, place, actors.Select(a => a.Id).ToList(), evidence);
    }

    /// <summary>How the article names the speaker: in full (sometimes with a role sentence) first, then briefly.</summary>
    private string Mention(Actor speaker, SyntheticCountry side, ArticleText article, Dictionary<string, Actor> used, DateOnly published)
    {
        var member = side.Members.FirstOrDefault(m => m.Actor.Id == speaker.Id);
        if (used.TryGetValue(speaker.Id, out _))
        {
            return member is null ? speaker.Name : member.Title is not null && random.Next(10) == 0 ? speaker.Aliases[1] : member.ShortName;
        }

        used[speaker.Id] = speaker with { Roles = [] };
        if (member?.Title is null || random.Next(3) != 0)
        {
            return speaker.Name;
        }

        var evidence = article.Append(Fill(Pick(patterns.Roles), ("{name}", speaker.Name), ("{adjective}", side.Adjective), ("{title}", member.Title), ("{capital}", side.Capital)));
        var role = new ActorRole(member.Title, side.Actor.Id, Iso(published), null, evidence);
        used[speaker.Id] = used[speaker.Id] with { Roles = [role] };
        return member.ShortName;
    }

    /// <summary>Most claims come from a country's first few members, as most quotes come from a few officials.</summary>
    private Actor PickSpeaker(SyntheticCountry side)
    {
        if (side.Members.Count == 0 || random.Next(7) == 0)
        {
            return side.Actor;
        }

        var skewed = random.NextDouble();
        return side.Members[(int)(side.Members.Count * skewed * skewed)].Actor;
    }

    private static string Sentence(string pattern, string mention, string content, DateOnly said) =>
        Capitalise(Fill(pattern, ("{speaker}", mention), ("{content}", content), ("{weekday}", said.DayOfWeek.ToString())));

    /// <summary>The speaker's words as the sentence has them (capitalised when the sentence starts with them).</summary>
    private static string SpokenAs(string sentence, string mention) =>
        sentence.Contains(mention, StringComparison.Ordinal) ? mention : Capitalise(mention);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Two significant digits, as officials round their counts.</summary>
    private static decimal Round(double value)
    {
        var magnitude = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(Math.Max(value, 1))) - 1));
        return (decimal)(Math.Max(1, Math.Round(value / magnitude)) * magnitude);
    }

    private static TemporalValue Day(DateOnly day) => TemporalValue.Parse(Iso(day));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Capitalise(string text) => text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Fill(string pattern, params ReadOnlySpan<(string Key, string Value)> values)
    {
        foreach (var (key, value) in values)
        {
            pattern = pattern.Replace(key, value, StringComparison.Ordinal);
        }

        return pattern;
    }
}
