using Azure.Core;
using Azure.Core.Pipeline;

namespace FactApi.Bench;

/// <summary>Counts the requests that change storage (everything but GET and HEAD) a client sends.</summary>
internal sealed class WriteCounter : HttpPipelineSynchronousPolicy
{
    private int writes;

    public int Writes => Volatile.Read(ref writes);

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method != RequestMethod.Get && message.Request.Method != RequestMethod.Head)
        {
            Interlocked.Increment(ref writes);
        }
    }
}
