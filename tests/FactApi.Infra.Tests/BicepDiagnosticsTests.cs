namespace FactApi.Infra.Tests;

/// <summary>The templates compile and pass every linter rule in infra/bicepconfig.json with nothing printed.</summary>
[Collection(BicepCollection.Name)]
public sealed class BicepDiagnosticsTests(CompiledTemplates templates)
{
    [Fact]
    public void Main_template_builds_without_warnings() => AssertClean(templates.Build);

    [Fact]
    public void Main_template_lints_without_warnings() => AssertClean(templates.Lint);

    [Fact]
    public void Parameters_file_builds_without_warnings() => AssertClean(templates.BuildParams);

    [Fact]
    public void Parameters_file_lints_without_warnings() => AssertClean(templates.LintParams);

    // bicep exits 0 on warnings, so silence on standard error is the real check.
    private static void AssertClean(BicepResult result)
    {
        Assert.True(result.ExitCode == 0, $"bicep exited with {result.ExitCode}:\n{result.StandardError}");
        Assert.Equal(string.Empty, result.StandardError.Trim());
    }
}
