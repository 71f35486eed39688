using System.Reflection;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using FactApi.DevHost.Discovery;

namespace FactApi.DevHost.Queues;

/// <summary>Turns a queue message into the trigger parameter's type, as the worker's queue extension does.</summary>
internal static class QueueMessageBinder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Func<QueueMessage, CancellationToken, object?[]> Create(FunctionDescriptor function)
    {
        var binders = function.Method.GetParameters().Select(p => Bind(function, p)).ToArray();
        return (message, token) => Array.ConvertAll(binders, bind => bind(message, token));
    }

    private static Func<QueueMessage, CancellationToken, object?> Bind(FunctionDescriptor function, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (parameter != function.TriggerParameter)
        {
            return type == typeof(CancellationToken)
                ? (_, token) => token
                : throw new DevHostStartupException($"Function '{function.Name}': cannot bind parameter '{parameter.Name}' ({type.Name}) of a queue function.");
        }

        if (type == typeof(string))
        {
            return (message, _) => message.Body.ToString();
        }

        if (type == typeof(byte[]))
        {
            return (message, _) => message.Body.ToArray();
        }

        if (type == typeof(BinaryData))
        {
            return (message, _) => message.Body;
        }

        if (type == typeof(QueueMessage))
        {
            return (message, _) => message;
        }

        if (type.IsClass && !type.IsAbstract)
        {
            return (message, _) => JsonSerializer.Deserialize(message.Body.ToString(), type, Json);
        }

        throw new DevHostStartupException($"Function '{function.Name}': a queue trigger cannot bind to {type.Name}.");
    }
}
