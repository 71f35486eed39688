using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace FactApi.DevHost.Discovery;

/// <summary>
/// Creates the function's class from DI for each invocation (as the worker does) and calls the method with
/// arguments from the trigger's binders, unwrapping Task/ValueTask results.
/// </summary>
public sealed class FunctionInvoker
{
    private readonly FunctionDescriptor function;
    private readonly ObjectFactory factory;
    private readonly MethodInvoker invoker;
    private readonly Func<object, object?>? taskResult;

    public FunctionInvoker(FunctionDescriptor function)
    {
        this.function = function;
        factory = ActivatorUtilities.CreateFactory(function.FunctionClass, Type.EmptyTypes);
        invoker = MethodInvoker.Create(function.Method);
        var returnType = function.Method.ReturnType;
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var result = returnType.GetProperty(nameof(Task<object>.Result))!;
            taskResult = task => result.GetValue(task);
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            throw new DevHostStartupException($"Function '{function.Name}' returns ValueTask<T>; return Task<T> as the worker samples do.");
        }
    }

    public FunctionDescriptor Function => function;

    public async Task<object?> InvokeAsync(IServiceProvider services, object?[] arguments)
    {
        var instance = factory(services, null);
        try
        {
            object? returned;
            try
            {
                returned = invoker.Invoke(instance, arguments.AsSpan());
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }

            if (returned is Task task)
            {
                await task.ConfigureAwait(false);
                return taskResult?.Invoke(task);
            }

            return returned;
        }
        finally
        {
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }
}
