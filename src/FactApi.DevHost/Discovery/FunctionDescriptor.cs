using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.DevHost.Discovery;

/// <summary>One <c>[Function]</c> method and the trigger it declares, read from its attributes.</summary>
public sealed record FunctionDescriptor(string Name, Type FunctionClass, MethodInfo Method, ParameterInfo TriggerParameter)
{
    public HttpTriggerAttribute? Http => TriggerParameter.GetCustomAttribute<HttpTriggerAttribute>();

    public TimerTriggerAttribute? Timer => TriggerParameter.GetCustomAttribute<TimerTriggerAttribute>();

    public QueueTriggerAttribute? Queue => TriggerParameter.GetCustomAttribute<QueueTriggerAttribute>();

    public string EntryPoint => $"{FunctionClass.FullName}.{Method.Name}";
}
