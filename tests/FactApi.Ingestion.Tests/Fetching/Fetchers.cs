using FactApi.Ingestion.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactApi.Ingestion.Tests.Fetching;

/// <summary>
/// A fetcher composed as the app composes it (AddFactApiFetching over configuration), with short timings. Each test
/// gets its own provider, so circuit breakers and connection pools never carry over between tests.
/// </summary>
internal sealed class Fetchers : IDisposable
{
    private readonly ServiceProvider provider;

    public Fetchers(bool allowPrivateNetwork, Action<FetchOptions>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FactApi:AllowPrivateNetworkSources"] = allowPrivateNetwork ? "true" : "false",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddFactApiFetching(configuration);
        services.Configure<FetchOptions>(options =>
        {
            options.Timeout = TimeSpan.FromSeconds(2);
            options.RetryDelay = TimeSpan.FromMilliseconds(20);
            configure?.Invoke(options);
        });
        provider = services.BuildServiceProvider();
    }

    public ISourceFetcher Fetcher => provider.GetRequiredService<ISourceFetcher>();

    public void Dispose() => provider.Dispose();
}
