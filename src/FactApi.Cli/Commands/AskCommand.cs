using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FactApi.Core.Answering;
using FactApi.Storage;
using FactApi.Storage.Reading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactApi.Cli.Commands;

/// <summary><c>factapi ask "QUESTION" [--as-of DATE]</c>: the same answerer as /api/ask, over any storage connection.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "A plain-English question." };
        var asOf = new Option<string?>("--as-of") { Description = "The date relative dates resolve against, yyyy-MM-dd (default: today)." };
        var connection = StorageSettings.ConnectionOption();
        var prefix = StorageSettings.PrefixOption();
        var command = new Command("ask", "Answer a question from the stored facts, citing the evidence, or say why not.") { question, asOf, connection, prefix };
        command.SetAction(async (result, cancellationToken) =>
        {
            var date = DateOnly.FromDateTime(DateTime.UtcNow);
            if (result.GetValue(asOf) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                await result.InvocationConfiguration.Error.WriteLineAsync("--as-of must be yyyy-MM-dd.");
                return 2;
            }

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(StorageSettings.For(result.GetValue(connection), result.GetValue(prefix))).Build();
            await using var services = new ServiceCollection().AddLogging().AddFactApiStorage(configuration).BuildServiceProvider();
            var (_, facts) = await services.GetRequiredService<SnapshotReader>().GetAsync(cancellationToken);
            var answer = new QuestionAnswerer(new FactSnapshot(facts.Actors, facts.Events, facts.Claims, facts.Disputes)).Ask(result.GetValue(question)!, date);
            var output = result.InvocationConfiguration.Output;
            await output.WriteLineAsync(answer.Answered ? answer.Body!.Text : $"Not known: {answer.Reason}");
            foreach (var evidence in answer.Evidence)
            {
                await output.WriteLineAsync($"  - \"{evidence.Sentence}\" ({evidence.Title ?? evidence.SourceId}, {evidence.PublishedAt:yyyy-MM-dd}, chars {evidence.Start}-{evidence.End})");
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(new { answered = answer.Answered, type = answer.Body?.Type, value = answer.Body?.Value, confidence = answer.Confidence }));
            return answer.Answered ? 0 : 1;
        });
        return command;
    }
}
