using FactApi.Functions.Http;
using FactApi.Storage.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.Functions.Api;

/// <summary>GET /api/claims?q=&amp;speaker=&amp;from=&amp;to=&amp;topic=&amp;source=: speaker takes an id or any alias.</summary>
public sealed class ClaimsList(FactReader reader, ApiResults results)
{
    [Function(nameof(ClaimsList))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "claims")] HttpRequest request, CancellationToken cancellationToken) =>
        results.ReadAsync(request, async query =>
        {
            var (text, speaker, from, to) = (query.SearchText("q"), query.SearchText("speaker"), query.From(), query.To());
            var (topic, source, limit, cursor) = (query.SearchText("topic"), query.SearchText("source"), query.Limit(), query.Cursor());
            QueryParameters.CheckRange(from, to);
            string? speakerId = null;
            if (speaker is not null && (speakerId = await reader.ResolveActorAsync(speaker, cancellationToken)) is null)
            {
                return ApiResults.List(request, new Page<Core.Model.Claim>([], null));
            }

            return ApiResults.List(request, await reader.ListClaimsAsync(new ClaimQuery(text, speakerId, from, to, topic, source), limit, cursor, cancellationToken));
        }, cancellationToken);
}
