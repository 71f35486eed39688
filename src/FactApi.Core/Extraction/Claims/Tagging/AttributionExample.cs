namespace FactApi.Core.Extraction.Claims.Tagging;

/// <summary>A training article: its context and the gold tags per role (<see cref="AttributionRole"/> order).</summary>
internal sealed record AttributionExample(AttributionContext Context, byte[][] Gold)
{
    public static AttributionExample Create(AttributionContext context, IEnumerable<(AttributionRole Role, TextSpan Span)> gold)
    {
        var spans = gold.ToList();
        return new AttributionExample(context, [.. Enumerable.Range(0, 3).Select(r => SpanTags.FromSpans(context.Tokens, spans.Where(s => (int)s.Role == r).Select(s => s.Span)))]);
    }
}
