using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace FactApi.Ingestion.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISourceFetcher"/>, its named client (guarded sockets, standard resilience handler with a
    /// pipeline per source host) and <see cref="FetchOptions"/> bound from the <c>FactApi</c> section.
    /// </summary>
    public static IServiceCollection AddFactApiFetching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection("FactApi"));

        services.AddHttpClient(HttpSourceFetcher.ClientName, (provider, client) =>
            {
                // The resilience pipeline and the fetcher's own deadline bound every request; HttpClient's 100 s
                // default would only hide which of them fired.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(provider.GetRequiredService<IOptions<FetchOptions>>().Value.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(provider => CreateHandler(provider.GetRequiredService<IOptions<FetchOptions>>().Value))
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) => FetchResilience.Configure(resilience, provider.GetRequiredService<IOptions<FetchOptions>>().Value))
            .SelectPipelineByAuthority();

        services.TryAddSingleton<ISourceFetcher, HttpSourceFetcher>();
        return services;
    }

    private static SocketsHttpHandler CreateHandler(FetchOptions options) => new()
    {
        ConnectCallback = new PrivateNetworkGuard(options).ConnectAsync,

        // Through a proxy the guard would check the proxy's address, not the source's.
        UseProxy = false,
        // HttpSourceFetcher follows redirects itself, checking each hop (Redirects).
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        UseCookies = false,
        ConnectTimeout = options.Timeout,

        // Connections are renewed now and then, so a source's changed DNS is seen (and checked again).
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
