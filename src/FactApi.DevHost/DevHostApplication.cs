using System.Reflection;
using FactApi.DevHost.Configuration;
using FactApi.DevHost.Discovery;
using FactApi.DevHost.Http;
using FactApi.DevHost.Queues;
using FactApi.DevHost.Storage;
using FactApi.DevHost.Timers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FactApi.DevHost;

/// <summary>
/// Builds a web application that runs a Functions assembly the way the Functions host would: HTTP triggers on
/// Kestrel, timers on their schedules, queue triggers by polling. It knows nothing of the app's routes: they
/// come from the functions' attributes.
/// </summary>
public static class DevHostApplication
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    /// <summary>Command-line flags that stand for a setting (so they need no value).</summary>
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["--refresh-on-start"] = "--FactApi:RefreshOnStart=true",
    };

    public static WebApplication Build(string[] args, Assembly functionsAssembly, Action<IServiceCollection, IConfiguration> compose) =>
        Build(args, functionsAssembly.GetExportedTypes(), compose, functionsAssembly.GetName().Name!);

    /// <summary>Runs the functions declared by these types only (tests pick the ones they need).</summary>
    public static WebApplication Build(string[] args, IEnumerable<Type> functionTypes, Action<IServiceCollection, IConfiguration> compose, string appName)
    {
        args = Array.ConvertAll(args, a => Flags.GetValueOrDefault(a, a));
        // Read before the builder exists: it may change the working directory to the content root.
        var (settingsPath, settings) = LocalSettings.Load();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // local.settings.json Values, then environment variables, then the command line: later sources win.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? DefaultUrl);

        var hostJson = HostJson.Find(builder.Configuration);
        var functions = FunctionCatalog.Discover(functionTypes);
        // Hosts that share a storage account and a host id share their timer locks, as in Azure.
        var hostId = builder.Configuration["AzureFunctionsWebHost:hostid"] ?? appName.ToLowerInvariant().Replace('.', '-');

        builder.Services.AddSingleton(hostJson);
        builder.Services.AddProblemDetails();
        // Functions' ASP.NET Core integration executes IActionResult with MVC's executors.
        builder.Services.AddMvcCore();
        // Azurite must be up before any other hosted service touches storage.
        builder.Services.AddHostedService<AzuriteLauncher>();
        compose(builder.Services, builder.Configuration);
        foreach (var function in functions)
        {
            if (function.Timer is not null)
            {
                var schedule = TimerFunctionRunner.ReadSchedule(function, builder.Configuration);
                builder.Services.AddSingleton<IHostedService>(sp => TimerFunctionRunner.Create(function, schedule, sp, hostJson, hostId));
            }
            else if (function.Queue is not null)
            {
                var queueName = QueueFunctionRunner.ReadQueueName(function, builder.Configuration);
                var bind = QueueMessageBinder.Create(function);
                builder.Services.AddSingleton<IHostedService>(sp => QueueFunctionRunner.Create(function, queueName, bind, sp, hostJson));
            }
        }

        builder.Services.AddSingleton<FunctionKeys>();
        var limits = RateLimits.Read(builder.Configuration);
        RateLimits.Add(builder.Services, limits);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseRateLimiter();
        app.Use(RequireKeyAsync);
        var endpoints = HttpFunctionMapper.Map(app, functions, hostJson.RoutePrefix, limits);
        app.Lifetime.ApplicationStarted.Register(() => PrintFunctions(app, functions, endpoints, settingsPath));
        if (!app.Services.GetRequiredService<FunctionKeys>().Required && endpoints.Any(e => e.AuthLevel != Microsoft.Azure.Functions.Worker.AuthorizationLevel.Anonymous))
        {
            app.Logger.LogWarning("Keys are not required (FactApi:RequireKeys is false): Function and Admin routes are open, as under 'func start'. Azure requires keys.");
        }
        return app;
    }

    /// <summary>
    /// Key checks as the Functions host makes them for Function and Admin routes (x-functions-key header or code
    /// query parameter), when FactApi:RequireKeys is true.
    /// </summary>
    private static async Task RequireKeyAsync(HttpContext context, RequestDelegate next)
    {
        var endpoint = context.GetEndpoint()?.Metadata.GetMetadata<HttpFunctionEndpoint>();
        var keys = context.RequestServices.GetRequiredService<FunctionKeys>();
        var presented = context.Request.Headers["x-functions-key"].FirstOrDefault() ?? context.Request.Query["code"].FirstOrDefault();
        if (endpoint is null || keys.Allows(endpoint.AuthLevel, presented))
        {
            await next(context);
            return;
        }

        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Key required",
            detail: $"'{endpoint.FunctionName}' needs a {endpoint.AuthLevel.ToString().ToLowerInvariant()} key in the x-functions-key header or the code parameter.").ExecuteAsync(context);
    }

    /// <summary>The route table, as <c>func start</c> prints it.</summary>
    private static void PrintFunctions(WebApplication app, IReadOnlyList<FunctionDescriptor> functions, IReadOnlyList<HttpFunctionEndpoint> endpoints, string? settingsPath)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? DefaultUrl;
        var lines = new List<string> { $"Settings: {settingsPath ?? "(none: environment and command line only)"}", "", "Functions:", "" };
        lines.AddRange(endpoints.Select(e => "        " + HttpFunctionMapper.Describe(e, address)));
        lines.AddRange(functions.Where(f => f.Timer is not null).Select(f => $"        {f.Name}: timerTrigger ({f.Timer!.Schedule})"));
        lines.AddRange(functions.Where(f => f.Queue is not null).Select(f => $"        {f.Name}: queueTrigger ({f.Queue!.QueueName})"));
        Console.Out.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
    }
}
