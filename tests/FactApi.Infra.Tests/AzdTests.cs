using FactApi.TestSupport;
using System.Text.Json.Nodes;

namespace FactApi.Infra.Tests;

/// <summary>
/// What azd relies on: main.parameters.json fills declared parameters, and main.bicep's outputs land in the
/// environment (.azure/&lt;env&gt;/.env) where deploy finds the app.
/// </summary>
[Collection(BicepCollection.Name)]
public sealed class AzdTests(CompiledTemplates templates)
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

    [Fact]
    public void The_parameters_file_sets_only_declared_parameters()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "main.parameters.json")))!;
        var declared = templates.Main["parameters"]!.AsObject();
        foreach (var (name, _) in file["parameters"]!.AsObject())
        {
            Assert.True(declared.ContainsKey(name), $"main.parameters.json sets '{name}', which main.bicep does not declare.");
        }
    }
}
