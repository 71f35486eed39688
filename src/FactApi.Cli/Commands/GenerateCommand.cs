using System.CommandLine;
using System.Diagnostics;
using FactApi.Cli.Formatting;
using FactApi.Core.Synthetic;
using FactApi.Storage;
using FactApi.Storage.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactApi.Cli.Commands;

/// <summary>
/// <c>factapi generate --claims N</c>: a synthetic store of any size (<see cref="SyntheticFacts"/>) written by the
/// store writer, as one load or (<c>--per-source</c>) source by source as the refresh writes; progress on stderr,
/// a summary on stdout.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var claims = new Option<int>("--claims") { Description = "How many claims to generate (1 to 1000000).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed: the same size and seed give the same store (default 1).", DefaultValueFactory = _ => 1 };
        var connection = StorageSettings.ConnectionOption();
        var prefix = StorageSettings.PrefixOption("--prefix");
        var perSource = new Option<bool>("--per-source") { Description = "Write each source as the refresh does (slower: actors and disputes are updated per source)." };
        var command = new Command("generate", "Write a realistic synthetic store (actors, articles, claims, events, disputes) of any size.") { claims, seed, connection, prefix, perSource };
        command.SetAction(async (result, cancellationToken) =>
        {
            var count = result.GetValue(claims);
            if (count is < 1 or > 1_000_000)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync("--claims must be between 1 and 1000000.");
                return 2;
            }

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(StorageSettings.For(result.GetValue(connection), result.GetValue(prefix))).Build();
            await using var services = new ServiceCollection().AddLogging().AddFactApiStorage(configuration).BuildServiceProvider();
            return await GenerateAsync(
                services.GetRequiredService<FactWriter>(), count, result.GetValue(seed), result.GetValue(perSource),
                result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> GenerateAsync(FactWriter writer, int claims, int seed, bool perSource, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var store = SyntheticFacts.Generate(claims, seed);
        await error.WriteLineAsync($"Generated {store.Sets.Count} articles ({store.Claims} claims, {store.Events} events, {store.Registry.Count} actors) in {clock.Elapsed.TotalSeconds:0.0} s; writing ...");
        await writer.WriteActorsAsync(store.Registry, cancellationToken);
        var progress = new ProgressLine(error, store.Sets.Count);
        var mode = perSource ? "source by source" : "as one load";
        if (perSource)
        {
            for (var i = 0; i < store.Sets.Count; i++)
            {
                await writer.WriteAsync(store.Sets[i], cancellationToken);
                progress.Report(i + 1);
            }
        }
        else
        {
            var result = await writer.WriteManyAsync(store.Sets, progress, cancellationToken);
            mode += $", {result.Entities} entities";
        }

        var seconds = clock.Elapsed.TotalSeconds;
        await output.WriteLineAsync(
            $"Wrote {store.Claims} claims, {store.Events} events and {store.Registry.Count} actors in {store.Sets.Count} sources " +
            $"(seed {seed}, {mode}) in {seconds:0.0} s.");
        return 0;
    }
}
