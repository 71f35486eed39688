namespace FactApi.Infra.Tests;

/// <summary>Identity everywhere: nothing in the deployment reads, stores or outputs a key.</summary>
[Collection(BicepCollection.Name)]
public sealed class NoSecretsTests(CompiledTemplates templates)
{
    [Theory]
    [InlineData("listKeys(")]
    [InlineData("AccountKey")]
    [InlineData("listConnectionStrings")]
    public void The_template_never_mentions(string text) =>
        Assert.DoesNotContain(text, templates.MainJson, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Application_insights_accepts_only_entra_id()
    {
        var component = ArmResources.Single(templates.Main, "Microsoft.Insights/components");
        Assert.True(component["properties"]!["DisableLocalAuth"]!.GetValue<bool>());
    }
}
