using System.Net.WebSockets;
using GcmBot.Discord.Gateway.Sharding;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Gateway;

/// <summary>Starts a connection's session: RESUME when the session can resume, else IDENTIFY (with the shard) on the identify gate's turn.</summary>
internal sealed class SessionStarter(IOptions<DiscordOptions> options, IdentifyGate identifyGate, ILogger logger)
{
    /// <summary>
    /// RESUME at once, or IDENTIFY when the gate gives this shard its turn. Never throws: a send that fails
    /// cancels <paramref name="connection"/>, and the wait ends with the connection (or the app). The send
    /// itself obeys only the connection: cancelling a send under way would abort the socket.
    /// </summary>
    public async Task StartAsync(GatewaySocket socket, GatewaySession session, Shard shard, CancellationTokenSource connection, CancellationToken token)
    {
        var botToken = options.Value.BotToken ?? "";
        try
        {
            if (session.CanResume)
            {
                Log.Resuming(logger, shard, session.Sequence);
                await socket.SendAsync(GatewayOpcode.Resume, new ResumeData(botToken, session.SessionId!, session.Sequence), connection.Token);
                return;
            }

            await identifyGate.WaitAsync(shard.Id, token);
            token.ThrowIfCancellationRequested();
            var intents = GatewayIntents.For(options.Value);
            Log.Identifying(logger, shard, intents);
            var properties = new IdentifyProperties("linux", "gcmbot", "gcmbot");
            await socket.SendAsync(GatewayOpcode.Identify, new IdentifyData(botToken, intents, properties, shard.ToIdentify()), connection.Token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested || connection.IsCancellationRequested)
        {
            // The connection ended (or the app is stopping) before its turn came: nothing to send.
        }
        catch (Exception ex) when (ex is WebSocketException or InvalidOperationException or ObjectDisposedException)
        {
            Log.ConnectionBroke(logger, ex.GetType().Name, ex.Message);
            await connection.CancelAsync();
        }
    }
}
