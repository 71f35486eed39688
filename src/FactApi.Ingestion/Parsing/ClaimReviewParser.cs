using System.Text.Json;
using AngleSharp.Html.Parser;

namespace FactApi.Ingestion.Parsing;

/// <summary>
/// Reads schema.org ClaimReview nodes from a JSON-LD document (an object, an array or a @graph) or from the
/// <c>application/ld+json</c> blocks of an HTML page. Nodes of other types are passed over; a ClaimReview without a
/// claim or a verdict is too.
/// </summary>
public static class ClaimReviewParser
{
    public static IReadOnlyList<ClaimReviewItem> Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var trimmed = body.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('{') || trimmed.StartsWith('[') ? FromJson(trimmed) : FromHtml(body);
    }

    private static List<ClaimReviewItem> FromJson(string json)
    {
        try
        {
            using var document = JsonLd.Parse(json);
            return Read(document.RootElement).ToList();
        }
        catch (JsonException ex)
        {
            throw new SourceFormatException($"Not valid JSON-LD: {ex.Message}");
        }
    }

    /// <summary>
    /// A page's unrelated blocks (ads, widgets) are sometimes broken; they are skipped. Only a page whose every block
    /// is broken is an error, since then nothing on it could be read.
    /// </summary>
    private static List<ClaimReviewItem> FromHtml(string html)
    {
        using var page = new HtmlParser().ParseDocument(html);
        var items = new List<ClaimReviewItem>();
        var (read, broken) = (0, new List<string>());
        foreach (var block in JsonLd.ScriptBlocks(page))
        {
            try
            {
                using var document = JsonLd.Parse(block);
                items.AddRange(Read(document.RootElement));
                read++;
            }
            catch (JsonException ex)
            {
                broken.Add(ex.Message);
            }
        }

        if (read == 0 && broken.Count > 0)
        {
            throw new SourceFormatException($"No readable JSON-LD on the page: {string.Join("; ", broken)}");
        }

        return items;
    }

    private static IEnumerable<ClaimReviewItem> Read(JsonElement root) =>
        JsonLd.Nodes(root).Where(n => JsonLd.HasType(n, "ClaimReview")).Select(ReadReview).OfType<ClaimReviewItem>();

    private static ClaimReviewItem? ReadReview(JsonElement review)
    {
        var claimed = JsonLd.Child(review, "itemReviewed");
        var claimText = JsonLd.Text(review, "claimReviewed") ?? (claimed is { } c ? JsonLd.Text(c, "name") : null);
        var rating = JsonLd.Child(review, "reviewRating") is { } r ? Rating(r) : null;
        if (claimText is null || rating is null)
        {
            return null;
        }

        var url = JsonLd.Text(review, "url");
        return new ClaimReviewItem(
            claimText,
            claimed is { } author ? JsonLd.Name(author, "author") : null,
            claimed is { } claim ? ClaimDate(claim) : null,
            rating,
            Uri.TryCreate(url, UriKind.Absolute, out var reviewUrl) && reviewUrl.Scheme is "http" or "https" ? reviewUrl : null,
            JsonLd.Name(review, "author") ?? JsonLd.Name(review, "publisher"),
            SourceDates.ToDate(JsonLd.Text(review, "datePublished")));
    }

    /// <summary>The verdict in words when given ("Mostly false"), else the score as "value/best".</summary>
    private static string? Rating(JsonElement rating)
    {
        if (JsonLd.Text(rating, "alternateName") is { } words)
        {
            return words;
        }

        var value = JsonLd.Text(rating, "ratingValue");
        var best = JsonLd.Text(rating, "bestRating");
        return value is null ? null : best is null ? value : $"{value}/{best}";
    }

    /// <summary>When the claim was made: its own date, else its first or earliest dated appearance.</summary>
    private static DateOnly? ClaimDate(JsonElement claim)
    {
        if (SourceDates.ToDate(JsonLd.Text(claim, "datePublished")) is { } date)
        {
            return date;
        }

        return new[] { "firstAppearance", "appearance" }
            .Select(p => JsonLd.Child(claim, p))
            .Where(v => v is not null)
            .SelectMany(v => JsonLd.Each(v!.Value))
            .Select(a => SourceDates.ToDate(JsonLd.Text(a, "datePublished")))
            .Where(d => d is not null)
            .Min();
    }
}
