using FactApi.Ingestion.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactApi.Ingestion.Refresh;

public static class RefreshServiceCollectionExtensions
{
    /// <summary>The refresh pipeline (fetching, curated sources, the refresher); the Functions app and the CLI share it.</summary>
    public static IServiceCollection AddFactApiRefresh(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFactApiFetching(configuration);
        services.AddOptions<RefreshOptions>().Bind(configuration.GetSection("FactApi"));
        services.AddSingleton<CuratedSources>();
        services.AddSingleton<DocumentLoader>();
        services.AddSingleton<SourceRefresher>();
        return services;
    }
}
