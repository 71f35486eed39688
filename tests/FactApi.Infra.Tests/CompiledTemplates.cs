using System.Text.Json.Nodes;

namespace FactApi.Infra.Tests;

/// <summary>
/// Compiles and lints infra/ once for every test class (a few seconds each), then exposes the ARM JSON.
/// </summary>
public sealed class CompiledTemplates : IAsyncLifetime
{
    internal BicepResult Build { get; private set; } = null!;

    internal BicepResult Lint { get; private set; } = null!;

    internal BicepResult BuildParams { get; private set; } = null!;

    internal BicepResult LintParams { get; private set; } = null!;

    /// <summary>The compiled main.bicep as text, for searches that must see every expression.</summary>
    public string MainJson => Build.StandardOutput;

    public JsonNode Main { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var main = Path.Combine("infra", "main.bicep");
        var parameters = Path.Combine("infra", "main.bicepparam");
        var runs = new[]
        {
            BicepCli.RunAsync("build", main, "--stdout"),
            BicepCli.RunAsync("lint", main),
            BicepCli.RunAsync("build-params", parameters, "--stdout"),
            BicepCli.RunAsync("lint", parameters),
        };
        var results = await Task.WhenAll(runs);
        (Build, Lint, BuildParams, LintParams) = (results[0], results[1], results[2], results[3]);
        Main = JsonNode.Parse(Build.ExitCode == 0 ? Build.StandardOutput : "{}")!;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>Every test class shares one <see cref="CompiledTemplates"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BicepCollection : ICollectionFixture<CompiledTemplates>
{
    public const string Name = "Bicep";
}
