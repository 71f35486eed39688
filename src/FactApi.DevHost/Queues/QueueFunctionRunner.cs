using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using FactApi.DevHost.Configuration;
using FactApi.DevHost.Discovery;
using FactApi.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactApi.DevHost.Queues;

/// <summary>
/// Runs one <c>[QueueTrigger]</c> function by polling its queue as the Functions host does: batches, a
/// visibility timeout before a failed message is retried, and after host.json's maxDequeueCount failures
/// the message moves to <c>&lt;queue&gt;-poison</c>.
/// </summary>
internal sealed class QueueFunctionRunner(
    FunctionInvoker invoker,
    QueueClient queue,
    QueueClient poison,
    Func<QueueMessage, CancellationToken, object?[]> bind,
    IServiceScopeFactory scopes,
    HostJson hostJson,
    ILogger<QueueFunctionRunner> logger) : BackgroundService
{
    private static readonly TimeSpan MinimumPollingInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Resolves the queue name when the host is built, so a missing setting stops start-up.</summary>
    public static string ReadQueueName(FunctionDescriptor function, IConfiguration configuration) =>
        AppSettingExpression.Resolve(function.Queue!.QueueName, configuration, function.Name).ToLowerInvariant();

    public static QueueFunctionRunner Create(FunctionDescriptor function, string queueName, Func<QueueMessage, CancellationToken, object?[]> bind, IServiceProvider services, HostJson hostJson)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var connection = StorageConnection.FromConfiguration(configuration, function.Queue!.Connection ?? "AzureWebJobsStorage");
        // Functions queue triggers read Base64 message bodies by default.
        var client = connection.CreateQueueServiceClient(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        return new QueueFunctionRunner(new FunctionInvoker(function), client.GetQueueClient(queueName), client.GetQueueClient(queueName + "-poison"),
            bind, services.GetRequiredService<IServiceScopeFactory>(), hostJson,
            services.GetRequiredService<ILogger<QueueFunctionRunner>>());
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = MinimumPollingInterval;
        var created = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!created)
                {
                    await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    created = true;
                }

                // The message stays invisible to other hosts for as long as a run may take.
                var batch = await queue.ReceiveMessagesAsync(hostJson.QueueBatchSize, hostJson.FunctionTimeout + TimeSpan.FromMinutes(1), stoppingToken);
                if (batch.Value.Length > 0)
                {
                    await Task.WhenAll(batch.Value.Select(message => ProcessAsync(message, stoppingToken)));
                    delay = MinimumPollingInterval;
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException)
            {
                logger.LogWarning("Queue {Queue}: storage unavailable ({Error}); polling again.", queue.Name, e.Message);
            }

            // Back off while the queue is empty, up to host.json's maxPollingInterval.
            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, hostJson.QueueMaxPollingInterval.Ticks));
        }
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(hostJson.FunctionTimeout);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            logger.LogInformation("Executing '{Function}' (queue {Queue}, message {Id}, dequeue count {Count})", invoker.Function.Name, queue.Name, message.MessageId, message.DequeueCount);
            await invoker.InvokeAsync(scope.ServiceProvider, bind(message, timeout.Token));
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
            logger.LogInformation("Executed '{Function}' (Succeeded, message {Id})", invoker.Function.Name, message.MessageId);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Executed '{Function}' (Failed, message {Id}, dequeue count {Count})", invoker.Function.Name, message.MessageId, message.DequeueCount);
            await ReleaseFailedAsync(message);
        }
    }

    private async Task ReleaseFailedAsync(QueueMessage message)
    {
        try
        {
            if (message.DequeueCount >= hostJson.QueueMaxDequeueCount)
            {
                await poison.CreateIfNotExistsAsync();
                await poison.SendMessageAsync(message.Body);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                logger.LogWarning("Message {Id} moved to {Poison} after {Count} failed tries.", message.MessageId, poison.Name, message.DequeueCount);
                return;
            }

            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: hostJson.QueueVisibilityTimeout);
        }
        catch (RequestFailedException e)
        {
            // The message reappears when its invisibility ends, and is counted again then.
            logger.LogWarning("Could not release message {Id}: {Error}", message.MessageId, e.Message);
        }
    }
}
