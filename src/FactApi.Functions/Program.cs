using FactApi.Functions.Composition;
using FactApi.Functions.Middleware;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ExceptionToProblemMiddleware>();
builder.Services.AddFactApi(builder.Configuration);
builder.Build().Run();

// .NET 10's ASP.NET Core generator makes a top-level Program public; keeping it internal avoids CS0436 in the dev host.
internal sealed partial class Program;
