using System.Net;
using System.Net.Sockets;

namespace FactApi.Ingestion.Fetching;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the fetch client: resolves the host itself, refuses it
/// when any address is internal, and connects to exactly the addresses it checked. Running at connect time covers
/// every redirect hop, and connecting to the checked addresses leaves no second lookup for DNS rebinding to answer.
/// </summary>
internal sealed class PrivateNetworkGuard(FetchOptions options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        if (!options.AllowPrivateNetworkSources && !IsException(endPoint.Host))
        {
            foreach (var address in addresses)
            {
                if (AddressClassifier.InternalKind(address) is { } kind)
                {
                    throw new PrivateNetworkRefusedException(
                        $"{endPoint.Host} resolves to {address} ({kind}): refused by the private-network guard (FactApi:AllowPrivateNetworkSources is off).");
                }
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private bool IsException(string host) =>
        options.PrivateNetworkHostExceptions.Contains(host, StringComparer.OrdinalIgnoreCase);
}
