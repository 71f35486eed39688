using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace FactApi.Storage;

/// <summary>
/// The storage account named by one Functions connection setting (<c>AzureWebJobsStorage</c>), in either of
/// the two forms the Functions host accepts: a connection string, or identity-based properties
/// (<c>__accountName</c>, <c>__tableServiceUri</c>, <c>__blobServiceUri</c>, <c>__queueServiceUri</c>,
/// <c>__credential</c>, <c>__clientId</c>).
/// </summary>
public sealed class StorageConnection
{
    private readonly string? connectionString;
    private readonly TokenCredential? credential;

    private StorageConnection(string settingName, string? connectionString, Uri? table, Uri? blob, Uri? queue, TokenCredential? credential)
    {
        SettingName = settingName;
        this.connectionString = connectionString;
        TableEndpoint = table;
        BlobEndpoint = blob;
        QueueEndpoint = queue;
        this.credential = credential;
    }

    public string SettingName { get; }

    /// <summary>True for <c>UseDevelopmentStorage=true</c>: the local emulator on its default ports.</summary>
    public bool IsDevelopmentStorage =>
        connectionString is not null && connectionString.Replace(" ", "", StringComparison.Ordinal)
            .Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase);

    public Uri? TableEndpoint { get; }

    public Uri? BlobEndpoint { get; }

    public Uri? QueueEndpoint { get; }

    /// <summary>Where the table service is, for messages: never includes a key or SAS.</summary>
    public string DescribeTableEndpoint() =>
        TableEndpoint is null ? SettingName : TableEndpoint.GetLeftPart(UriPartial.Path);

    public static StorageConnection FromConfiguration(IConfiguration configuration, string settingName = "AzureWebJobsStorage")
    {
        var section = configuration.GetSection(settingName);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            var value = section.Value;
            var probe = new TableServiceClient(value);
            var blob = new BlobServiceClient(value);
            var queue = new QueueServiceClient(value);
            return new StorageConnection(settingName, value, probe.Uri, blob.Uri, queue.Uri, null);
        }

        var accountName = section["accountName"];
        var table = UriOrNull(section["tableServiceUri"]) ?? ServiceUri(accountName, "table");
        var blobUri = UriOrNull(section["blobServiceUri"]) ?? ServiceUri(accountName, "blob");
        var queueUri = UriOrNull(section["queueServiceUri"]) ?? ServiceUri(accountName, "queue");
        if (table is null && blobUri is null && queueUri is null)
        {
            throw new InvalidOperationException(
                $"The setting '{settingName}' is missing: set it to a connection string (UseDevelopmentStorage=true for Azurite) " +
                $"or set '{settingName}__accountName' for an identity-based connection.");
        }

        return new StorageConnection(settingName, null, table, blobUri, queueUri, CreateCredential(section));
    }

    public TableServiceClient CreateTableServiceClient(TableClientOptions options) =>
        connectionString is not null
            ? new TableServiceClient(connectionString, options)
            : new TableServiceClient(Require(TableEndpoint, "tableServiceUri"), credential!, options);

    public BlobServiceClient CreateBlobServiceClient(BlobClientOptions options) =>
        connectionString is not null
            ? new BlobServiceClient(connectionString, options)
            : new BlobServiceClient(Require(BlobEndpoint, "blobServiceUri"), credential!, options);

    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions options) =>
        connectionString is not null
            ? new QueueServiceClient(connectionString, options)
            : new QueueServiceClient(Require(QueueEndpoint, "queueServiceUri"), credential!, options);

    private Uri Require(Uri? uri, string property) =>
        uri ?? throw new InvalidOperationException($"The setting '{SettingName}__{property}' (or '{SettingName}__accountName') is required.");

    private static TokenCredential CreateCredential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        // The Functions host reads the same two properties: a user-assigned identity is chosen by its client id.
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrEmpty(clientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static Uri? UriOrNull(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new Uri(value, UriKind.Absolute);

    private static Uri? ServiceUri(string? accountName, string service) =>
        string.IsNullOrWhiteSpace(accountName) ? null : new Uri($"https://{accountName}.{service}.core.windows.net");
}
