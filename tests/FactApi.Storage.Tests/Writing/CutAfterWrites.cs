using Azure.Core;
using Azure.Core.Pipeline;

namespace FactApi.Storage.Tests.Writing;

/// <summary>Lets a number of storage writes (requests other than GET and HEAD) through, then fails every later one, as a crash would.</summary>
internal sealed class CutAfterWrites(int allowed) : HttpPipelineSynchronousPolicy
{
    private int writes;

    public int Writes => Volatile.Read(ref writes);

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method != RequestMethod.Get && message.Request.Method != RequestMethod.Head && Interlocked.Increment(ref writes) > allowed)
        {
            throw new IOException($"Cut after {allowed} writes.");
        }
    }
}
