using FactApi.DevHost;
using FactApi.DevHost.Discovery;
using FactApi.Functions.Composition;

try
{
    var app = DevHostApplication.Build(args, typeof(FactApiServiceCollectionExtensions).Assembly, (services, configuration) => services.AddFactApi(configuration));
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is DevHostStartupException or Microsoft.Extensions.Options.OptionsValidationException or InvalidOperationException)
{
    await Console.Error.WriteLineAsync($"The dev host could not start: {e.Message}");
    return 1;
}
