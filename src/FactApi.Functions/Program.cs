using FactApi.Functions.Composition;
using FactApi.Functions.Middleware;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ExceptionToProblemMiddleware>();
builder.Services.AddFactApi(builder.Configuration);

// In Azure the app signs in to Application Insights with its identity (APPLICATIONINSIGHTS_AUTHENTICATION_STRING);
// locally there is no connection string, so nothing is registered and nothing is sent.
if (!string.IsNullOrEmpty(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
{
    builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
}

builder.Build().Run();

// .NET 10's ASP.NET Core generator makes a top-level Program public; keeping it internal avoids CS0436 in the dev host.
internal sealed partial class Program;
