using FactApi.Functions.Http;
using FactApi.Ingestion.Refresh;
using FactApi.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactApi.Functions.Composition;

public static class FactApiServiceCollectionExtensions
{
    /// <summary>
    /// The one composition method: the Functions worker and the dev host both call it, so both run the same services.
    /// </summary>
    public static IServiceCollection AddFactApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FactApiOptions>()
            .Bind(configuration.GetSection(FactApiOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FactApiOptions>, FactApiOptionsValidator>();

        services.AddFactApiStorage(configuration);
        services.AddFactApiRefresh(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Refresh.RefreshPlanner>();
        services.AddHostedService<Seeding.SampleDataSeeder>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<ApiResults>();
        services.AddSingleton<Answering.AnswererCache>();
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => ApiJson.Configure(options.JsonSerializerOptions));
        return services;
    }
}
