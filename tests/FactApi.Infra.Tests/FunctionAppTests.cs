using System.Text.Json.Nodes;
using FactApi.TestSupport;

namespace FactApi.Infra.Tests;

[Collection(BicepCollection.Name)]
public sealed class FunctionAppTests(CompiledTemplates templates)
{
    private JsonObject Site => ArmResources.Single(templates.Main, "Microsoft.Web/sites");

    private JsonObject AppSettings =>
        Assert.Single(
            ArmResources.OfType(templates.Main, "Microsoft.Web/sites/config"),
            c => c["name"]!.GetValue<string>().Contains("appsettings", StringComparison.Ordinal))["properties"]!.AsObject();

    [Fact]
    public void The_plan_is_flex_consumption()
    {
        var plan = ArmResources.Single(templates.Main, "Microsoft.Web/serverfarms");
        Assert.Equal("FC1", plan["sku"]!["name"]!.GetValue<string>());
        Assert.Equal("FlexConsumption", plan["sku"]!["tier"]!.GetValue<string>());
        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>());
    }

    [Fact]
    public void The_runtime_is_dotnet_isolated_10_on_linux()
    {
        Assert.Equal("functionapp,linux", Site["kind"]!.GetValue<string>());
        var runtime = Site["properties"]!["functionAppConfig"]!["runtime"]!;
        Assert.Equal("dotnet-isolated", runtime["name"]!.GetValue<string>());
        Assert.Equal("10.0", runtime["version"]!.GetValue<string>());
    }

    [Fact]
    public void The_package_is_read_with_the_user_assigned_identity()
    {
        var storage = Site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", storage["type"]!.GetValue<string>());
        Assert.Equal("UserAssignedIdentity", storage["authentication"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Only_https_with_tls_1_2_and_no_ftp()
    {
        var properties = Site["properties"]!;
        Assert.True(properties["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("1.2", properties["siteConfig"]!["minTlsVersion"]!.GetValue<string>());
        Assert.Equal("Disabled", properties["siteConfig"]!["ftpsState"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__accountName")]
    [InlineData("AzureWebJobsStorage__credential")]
    [InlineData("AzureWebJobsStorage__clientId")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING")]
    [InlineData("FactApi__TablePrefix")]
    [InlineData("FactApi__RefreshSchedule")]
    [InlineData("FactApi__RequireKeys")]
    [InlineData("FactApi__SourcesManifest")]
    public void The_app_settings_include(string name) => Assert.True(AppSettings.ContainsKey(name), $"Missing app setting {name}.");

    [Fact]
    public void Host_storage_uses_the_managed_identity() =>
        Assert.Equal("managedidentity", AppSettings["AzureWebJobsStorage__credential"]!.GetValue<string>());

    [Fact]
    public void No_app_setting_carries_a_key()
    {
        Assert.False(AppSettings.ContainsKey("AzureWebJobsStorage"), "A plain AzureWebJobsStorage setting is a connection string.");
        foreach (var (name, value) in AppSettings)
        {
            var text = value!.ToJsonString();
            Assert.True(!text.Contains("AccountKey", StringComparison.OrdinalIgnoreCase), $"{name} holds an account key.");
            Assert.True(!text.Contains("listKeys", StringComparison.OrdinalIgnoreCase), $"{name} reads a key.");
        }
    }

    [Fact]
    public void The_worker_runtime_is_left_to_function_app_config() =>
        Assert.False(AppSettings.ContainsKey("FUNCTIONS_WORKER_RUNTIME"), "Flex Consumption rejects FUNCTIONS_WORKER_RUNTIME.");

    [Fact]
    public void Azd_finds_the_app_as_service_api()
    {
        // The tag is merged into the common tags, so it appears inside the union expression.
        Assert.Contains("'azd-service-name', 'api'", Site["tags"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("\n  api:\n", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "azure.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_FactApi_setting_of_the_local_example_is_set_in_Azure()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "local.settings.example.json")))!["Values"]!.AsObject();

        var missing = example.Select(v => v.Key).Where(k => k.StartsWith("FactApi__", StringComparison.Ordinal) && !AppSettings.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, $"Settings in local.settings.example.json with no production value in infra/app/api.bicep: {string.Join(", ", missing)}");
    }
}
