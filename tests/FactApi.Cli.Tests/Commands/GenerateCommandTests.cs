using System.CommandLine;
using Azure.Data.Tables;
using FactApi.Cli.Commands;
using FactApi.Core.Synthetic;
using FactApi.Storage;
using FactApi.Storage.Reading;
using FactApi.Storage.Writing;
using FactApi.TestSupport;

namespace FactApi.Cli.Tests.Commands;

public sealed class GenerateCommandTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task It_writes_the_synthetic_store_of_the_size_and_seed_asked_for()
    {
        var prefix = TablePrefix.New();
        var (output, error) = (new StringWriter(), new StringWriter());

        var exit = await CliRoot.Create().Parse(["generate", "--claims", "40", "--seed", "5", "--connection", azurite.ConnectionString, "--prefix", prefix])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(0, exit);
        Assert.StartsWith("Wrote 40 claims", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("writing", error.ToString(), StringComparison.Ordinal);
        var tables = new TableServiceClient(azurite.ConnectionString);
        var names = new TableNames(prefix);
        var (_, facts) = await new SnapshotReader(tables, names, new DatasetVersion(tables, names)).GetAsync(CancellationToken.None);
        var expected = SyntheticFacts.Generate(40, seed: 5);
        Assert.Equal(expected.Sets.SelectMany(s => s.Claims).Select(c => c.Id).Order(), facts.Claims.Select(c => c.Id).Order());
        Assert.Equal(expected.Registry.Count, facts.Actors.Count);
        Assert.Contains(facts.Actors, a => a.ClaimCount > 0);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000001")]
    public async Task A_size_out_of_range_is_refused_before_touching_storage(string claims)
    {
        var error = new StringWriter();

        var exit = await CliRoot.Create().Parse(["generate", "--claims", claims, "--connection", "UseDevelopmentStorage=true"])
            .InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.Equal(2, exit);
        Assert.Contains("--claims", error.ToString(), StringComparison.Ordinal);
    }
}
