namespace FactApi.Infra.Tests;

/// <summary>azd copies main.bicep's outputs into the environment (.azure/&lt;env&gt;/.env); deploy reads these.</summary>
[Collection(BicepCollection.Name)]
public sealed class AzdOutputsTests(CompiledTemplates templates)
{
    [Theory]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_TENANT_ID")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("SERVICE_API_NAME")]
    [InlineData("SERVICE_API_URI")]
    [InlineData("AZURE_STORAGE_ACCOUNT_NAME")]
    public void Main_outputs(string name) =>
        Assert.True(templates.Main["outputs"]!.AsObject().ContainsKey(name), $"Missing output {name}.");
}
