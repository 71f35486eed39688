using System.Text.Json;
using Azure.Storage.Queues;
using FactApi.DevHost.Tests.Functions;
using FactApi.TestSupport;

namespace FactApi.DevHost.Tests.Queues;

public sealed class QueueTriggerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Messages_are_processed_once_and_a_failing_one_goes_to_poison_after_five_tries()
    {
        var queueName = TablePrefix.New();
        var log = new RunLog();
        var client = new QueueServiceClient(azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var queue = client.GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(JsonSerializer.Serialize(new { id = "good", fail = false }));
        await queue.SendMessageAsync(JsonSerializer.Serialize(new { id = "bad", fail = true }));

        await using var host = await TestDevHost.StartAsync([typeof(ProcessWork)], azurite.ConnectionString, log, "a",
            $"--Test:Queue={queueName}",
            "--AzureFunctionsJobHost:extensions:queues:visibilityTimeout=00:00:00",
            "--AzureFunctionsJobHost:extensions:queues:maxPollingInterval=00:00:00.200");

        var poison = client.GetQueueClient(queueName + "-poison");
        await Eventually.ReturnsAsync(
            async () => await poison.ExistsAsync() ? (await poison.PeekMessagesAsync(10)).Value.Length : 0,
            count => count == 1, TimeSpan.FromSeconds(30), "the failing message in the poison queue");

        Assert.Equal(1, log.Runs.Count(r => r.What == "good"));
        Assert.Equal(5, log.Runs.Count(r => r.What == "bad"));
        Assert.Contains("\"bad\"", (await poison.PeekMessageAsync()).Value.Body.ToString(), StringComparison.Ordinal);
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
    }
}
