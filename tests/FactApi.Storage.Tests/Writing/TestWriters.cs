using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactApi.Storage.Blobs;
using FactApi.Storage.Writing;

namespace FactApi.Storage.Tests.Writing;

/// <summary>A <see cref="FactWriter"/> as the app composes it, over tables that may carry a test's pipeline policies.</summary>
internal static class TestWriters
{
    public static FactWriter For(TableServiceClient tables, TableNames names, string connectionString) =>
        new(tables, names, new DatasetVersion(tables, names), new SourceTextStore(new BlobServiceClient(connectionString), names));
}
