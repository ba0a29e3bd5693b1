using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Gateway;

/// <summary>Receives the messages the gateway delivers (MESSAGE_CREATE), with the bot's own user id.</summary>
internal interface IGatewayMessageHandler
{
    Task HandleAsync(ReceivedMessage message, string botUserId, CancellationToken cancellationToken);
}

/// <summary>The gateway client, behind an interface so another implementation (an official SDK) could replace it.</summary>
internal interface IDiscordGateway
{
    GatewayStatus Status { get; }

    /// <summary>Connects and stays connected until cancelled or until Discord refuses for good (fatal close code).</summary>
    Task RunAsync(CancellationToken cancellationToken);
}

internal enum GatewayStatus
{
    Connecting,
    Ready,

    /// <summary>Stopped for good after a fatal close code or a rejected token; see the log.</summary>
    Stopped,
}
