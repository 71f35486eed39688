using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace FactApi.DevHost.Discovery;

/// <summary>Finds every <c>[Function]</c> method in an assembly, the way the worker SDK's metadata generator does.</summary>
public static class FunctionCatalog
{
    private static readonly Type[] SupportedTriggers =
        [typeof(HttpTriggerAttribute), typeof(TimerTriggerAttribute), typeof(QueueTriggerAttribute)];

    public static IReadOnlyList<FunctionDescriptor> Discover(Assembly assembly) => Discover(assembly.GetExportedTypes());

    public static IReadOnlyList<FunctionDescriptor> Discover(IEnumerable<Type> types)
    {
        var functions = new List<FunctionDescriptor>();
        foreach (var type in types.Where(t => t.IsClass && !t.IsAbstract))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var function = method.GetCustomAttribute<FunctionAttribute>();
                if (function is not null)
                {
                    functions.Add(Describe(function.Name, type, method));
                }
            }
        }

        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DevHostStartupException($"Function name '{duplicate.Key}' is declared more than once: {string.Join(", ", duplicate.Select(f => f.EntryPoint))}.");
        }

        return functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }

    private static FunctionDescriptor Describe(string name, Type type, MethodInfo method)
    {
        var triggers = method.GetParameters()
            .Select(p => (Parameter: p, Trigger: p.GetCustomAttribute<TriggerBindingAttribute>()))
            .Where(p => p.Trigger is not null)
            .ToList();
        if (triggers.Count != 1)
        {
            throw new DevHostStartupException($"Function '{name}' ({type.FullName}.{method.Name}) must have exactly one trigger parameter; it has {triggers.Count}.");
        }

        var (parameter, trigger) = triggers[0];
        if (!SupportedTriggers.Contains(trigger!.GetType()))
        {
            throw new DevHostStartupException(
                $"Function '{name}' uses {trigger.GetType().Name}, which the dev host does not run (it runs HTTP, timer and queue triggers). Use 'func start' for this function.");
        }

        var outputs = method.GetParameters().Where(p => p.GetCustomAttribute<BindingAttribute>() is not null && p != parameter)
            .Concat(method.ReturnParameter.GetCustomAttribute<OutputBindingAttribute>() is not null ? [method.ReturnParameter] : [])
            .ToList();
        if (outputs.Count > 0)
        {
            throw new DevHostStartupException(
                $"Function '{name}' declares bindings the dev host does not support ({string.Join(", ", outputs.Select(o => o.Name ?? "return"))}); inject an SDK client instead.");
        }

        if (method.IsStatic)
        {
            throw new DevHostStartupException($"Function '{name}' is static; FactApi's functions are instance methods of classes resolved from DI.");
        }

        return new FunctionDescriptor(name, type, method, parameter);
    }
}
