using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using FactApi.Storage.Health;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactApi.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the storage clients (the one place their retry policy is set) and FactApi's storage services.
    /// </summary>
    public static IServiceCollection AddFactApiStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(_ => StorageConnection.FromConfiguration(configuration));
        services.AddSingleton(sp => new TableNames(sp.GetRequiredService<IOptions<StorageOptions>>().Value.TablePrefix));
        services.AddAzureClients(clients =>
        {
            // Transient storage faults are retried by the SDK alone: nothing else wraps these calls in a retry.
            clients.ConfigureDefaults(options =>
            {
                options.Retry.Mode = RetryMode.Exponential;
                options.Retry.MaxRetries = 3;
                options.Retry.Delay = TimeSpan.FromMilliseconds(200);
                options.Retry.MaxDelay = TimeSpan.FromSeconds(5);
                options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
            });
            clients.AddClient<TableServiceClient, TableClientOptions>(
                (options, sp) => sp.GetRequiredService<StorageConnection>().CreateTableServiceClient(options));
            clients.AddClient<BlobServiceClient, BlobClientOptions>(
                (options, sp) => sp.GetRequiredService<StorageConnection>().CreateBlobServiceClient(options));
            clients.AddClient<QueueServiceClient, QueueClientOptions>((options, sp) =>
            {
                // Functions queue triggers read Base64 messages by default; write them the same way.
                options.MessageEncoding = QueueMessageEncoding.Base64;
                return sp.GetRequiredService<StorageConnection>().CreateQueueServiceClient(options);
            });
        });
        services.AddSingleton<StorageHealthProbe>();
        services.AddSingleton<Writing.DatasetVersion>();
        services.AddSingleton<Blobs.SourceTextStore>();
        services.AddSingleton<Writing.FactWriter>();
        services.AddSingleton<Core.Facts.IFactStore>(sp => sp.GetRequiredService<Writing.FactWriter>());
        services.AddSingleton<Runs.RefreshLog>();
        services.AddSingleton<Core.Refresh.IRefreshLog>(sp => sp.GetRequiredService<Runs.RefreshLog>());
        services.AddSingleton<Core.Refresh.ISourceLocks, Leases.SourceLeases>();
        services.AddSingleton<Reading.CursorCodec>();
        services.AddSingleton<Reading.FactReader>();
        services.AddSingleton<Reading.SnapshotReader>();
        return services;
    }
}
