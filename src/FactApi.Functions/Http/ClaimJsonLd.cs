using System.Globalization;
using System.Text.Json.Nodes;
using FactApi.Core.Model;

namespace FactApi.Functions.Http;

/// <summary>
/// A claim as schema.org JSON-LD, the format fact-checkers exchange: a ClaimReview when the claim carries a
/// rating, a Claim otherwise; the appearance is the article that reported it.
/// </summary>
public static class ClaimJsonLd
{
    public const string MediaType = "application/ld+json";

    public static JsonObject Write(Claim claim)
    {
        var appearance = new JsonObject
        {
            ["@type"] = "CreativeWork",
            ["url"] = claim.Evidence.Url,
            ["headline"] = claim.Evidence.Title,
            ["datePublished"] = Date(claim.Evidence.PublishedAt),
            ["text"] = claim.Evidence.Sentence,
        };
        var item = new JsonObject
        {
            ["@type"] = "Claim",
            ["identifier"] = claim.Id,
            ["text"] = claim.Content,
            ["author"] = new JsonObject { ["@type"] = "Thing", ["name"] = claim.Speaker.Text, ["identifier"] = claim.Speaker.ActorId },
            ["datePublished"] = claim.SaidOn?.Value,
            ["appearance"] = appearance,
        };
        if (claim.Rating is null)
        {
            item["@context"] = "https://schema.org";
            return item;
        }

        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = claim.Evidence.Url,
            ["claimReviewed"] = claim.Content,
            ["datePublished"] = Date(claim.Evidence.PublishedAt),
            ["itemReviewed"] = item,
            ["reviewRating"] = new JsonObject { ["@type"] = "Rating", ["alternateName"] = claim.Rating },
        };
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
