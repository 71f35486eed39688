using System.Text.Json.Nodes;

namespace FactApi.Infra.Tests;

[Collection(BicepCollection.Name)]
public sealed class StorageAccountTests(CompiledTemplates templates)
{
    private JsonNode Properties => ArmResources.Single(templates.Main, "Microsoft.Storage/storageAccounts")["properties"]!;

    [Fact]
    public void Shared_key_access_is_off() => Assert.False(Properties["allowSharedKeyAccess"]!.GetValue<bool>());

    [Fact]
    public void Blobs_are_never_public() => Assert.False(Properties["allowBlobPublicAccess"]!.GetValue<bool>());

    [Fact]
    public void Only_tls_1_2_over_https_is_accepted()
    {
        Assert.Equal("TLS1_2", Properties["minimumTlsVersion"]!.GetValue<string>());
        Assert.True(Properties["supportsHttpsTrafficOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void A_private_container_holds_the_deployment_package()
    {
        var container = ArmResources.Single(templates.Main, "Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Equal("None", container["properties"]!["publicAccess"]!.GetValue<string>());
    }
}
