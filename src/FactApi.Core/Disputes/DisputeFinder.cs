using System.Security.Cryptography;
using System.Text;
using FactApi.Core.Model;
using FactApi.Core.Text;

namespace FactApi.Core.Disputes;

/// <summary>
/// Finds a dispute among the claims on one topic: at least two speakers whose counts of the same thing differ
/// (by more than a tenth), or one speaker denying what another asserts.
/// </summary>
public static class DisputeFinder
{
    public const string Numbers = "numbers";
    public const string Denial = "denial";
    private const decimal Tolerance = 0.1m;

    /// <summary>A dispute is stored as one entity (64 KiB a property): a topic argued by many speakers keeps the extremes and the latest.</summary>
    public const int MaxSides = 12;
    private static readonly IReadOnlyDictionary<string, string> DenialCues = Extraction.Lexicon.Load("Disputes.Resources.denial-cues.txt");

    public static string IdFor(string topic) =>
        "d-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SearchKey.Fold(topic))).AsSpan(0, 8));

    /// <summary>
    /// Of one speaker's claims on a topic, the one that stands for the speaker in a dispute: the one with most
    /// numbers, then the lowest id (stable). The store keeps only this claim per speaker and source, so the rule
    /// must be this one method.
    /// </summary>
    public static Claim Deciding(IEnumerable<Claim> claims) =>
        claims.OrderByDescending(c => c.Numbers.Count).ThenBy(c => c.Id, StringComparer.Ordinal).First();

    public static Dispute? Find(string topic, IEnumerable<Claim> claims)
    {
        var bySpeaker = claims.Where(c => c.Speaker.ActorId is not null)
            .GroupBy(c => c.Speaker.ActorId!, StringComparer.Ordinal)
            .Select(Deciding)
            .OrderBy(c => c.Speaker.ActorId, StringComparer.Ordinal)
            .ToList();
        if (bySpeaker.Count < 2)
        {
            return null;
        }

        var counted = bySpeaker.Where(c => c.Numbers.Count > 0).ToList();
        var kind = Differ(counted.Select(c => c.Numbers[0].Value).ToList()) ? Numbers
            : bySpeaker.Any(IsDenial) ? Denial
            : null;
        if (kind is null)
        {
            return null;
        }

        var sides = Shown(kind == Numbers ? counted : bySpeaker, kind)
            .Select(c => new DisputeSide(c.Speaker.ActorId, c.Speaker.Text, c.Id, c.Content, c.Numbers.FirstOrDefault(), c.Evidence))
            .ToList();
        var date = bySpeaker.Select(c => c.SaidOn?.End ?? c.Evidence.PublishedAt).Max();
        return new Dispute(IdFor(topic), topic, date, sides, kind);
    }

    /// <summary>All sides when few; else the lowest and highest counts (or the denials) first, then the most recent.</summary>
    private static IEnumerable<Claim> Shown(List<Claim> claims, string kind)
    {
        if (claims.Count <= MaxSides)
        {
            return claims;
        }

        var first = kind == Numbers
            ? [claims.MinBy(c => c.Numbers[0].Value)!, claims.MaxBy(c => c.Numbers[0].Value)!]
            : claims.Where(IsDenial).Take(MaxSides / 2).ToList();
        var rest = claims.Except(first).OrderByDescending(c => c.SaidOn?.End ?? c.Evidence.PublishedAt).ThenBy(c => c.Id, StringComparer.Ordinal);
        return first.Concat(rest).Take(MaxSides).OrderBy(c => c.Speaker.ActorId, StringComparer.Ordinal);
    }

    private static bool IsDenial(Claim claim) => claim.Cue.Split(' ').Any(DenialCues.ContainsKey);

    private static bool Differ(IReadOnlyList<decimal> values)
    {
        if (values.Count < 2)
        {
            return false;
        }

        var (low, high) = (values.Min(), values.Max());
        return high > 0 && (high - low) / high > Tolerance;
    }
}
