using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GcmBot.LocalChat;

/// <summary>
/// Once the server listens, logs where the chat page is ("Local chat: open http://localhost:5000/ in a
/// browser"), naming localhost for an address bound to every interface.
/// </summary>
internal sealed class LocalChatAnnouncer(
    IServer server, IHostApplicationLifetime lifetime, LocalChatSwitch chatSwitch, ILogger<LocalChatAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (chatSwitch.Enabled)
        {
            lifetime.ApplicationStarted.Register(Announce);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Log.ChatIsAt(logger, Browsable(address));
        }
    }

    internal static string Browsable(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority) + "/";
    }
}
