using System.Net;
using System.Net.Sockets;

namespace Coinwire.Fetching;

/// <summary>Opens TCP connections; tests swap it for one that records attempts and never touches the network.</summary>
internal interface ITcpConnector
{
    /// <summary>A connected stream to <paramref name="endPoint"/>.</summary>
    ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken);
}

/// <summary>Plain socket connections.</summary>
internal sealed class SocketTcpConnector : ITcpConnector
{
    public async ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
