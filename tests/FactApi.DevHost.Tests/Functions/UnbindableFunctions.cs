using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.DevHost.Tests.Functions;

public sealed class TakesUnknownParameter
{
    [Function(nameof(TakesUnknownParameter))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request, int notInRoute) => new OkResult();
}

public sealed class ReturnsString
{
    [Function(nameof(ReturnsString))]
    public string Run([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request) => "plain";
}

public sealed class TimerWithoutTimerInfo
{
    [Function(nameof(TimerWithoutTimerInfo))]
    public void Run([TimerTrigger("0 */5 * * * *")] string timer)
    {
    }
}
