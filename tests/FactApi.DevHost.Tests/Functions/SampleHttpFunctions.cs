using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.DevHost.Tests.Functions;

public sealed class DoubleItem(HostTag host)
{
    [Function(nameof(DoubleItem))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "items/{id:int}")] HttpRequest request, int id) =>
        new OkObjectResult(new { id, doubled = id * 2, host = host.Name, query = request.Query["q"].ToString() });
}

public sealed class Echo
{
    [Function(nameof(Echo))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", "put")] HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        return Results.Text(await reader.ReadToEndAsync(cancellationToken), "text/plain");
    }
}

public sealed class Broken
{
    [Function(nameof(Broken))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "broken")] HttpRequest request) =>
        throw new InvalidOperationException("secret internal detail");
}
