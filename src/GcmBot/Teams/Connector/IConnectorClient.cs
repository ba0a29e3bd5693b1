namespace GcmBot.Teams.Connector;

/// <summary>
/// Sends activities through the Bot Framework Connector REST API (v3). A narrow seam so an official
/// SDK's connector client could replace this implementation.
/// </summary>
public interface IConnectorClient
{
    Task<ConnectorResult> SendAsync(ConnectorTarget target, Activity activity, CancellationToken cancellationToken);
}

/// <summary>
/// Where an activity goes: with <paramref name="ReplyToId"/> it is a reply
/// (POST v3/conversations/{id}/activities/{replyToId}); without, a new message in the conversation
/// (POST v3/conversations/{id}/activities), which is how proactive posts are made.
/// </summary>
public sealed record ConnectorTarget(Uri ServiceUrl, string ConversationId, string? ReplyToId = null);

/// <summary>
/// The Connector's final answer after retries. <see cref="StatusCode"/> is 0 when no HTTP answer was
/// obtained (network failure, no token, untrusted serviceUrl); <see cref="ErrorCode"/> then says why.
/// </summary>
public sealed record ConnectorResult(int StatusCode, string? ErrorCode = null, string? ActivityId = null)
{
    public const string WritesBlockedCode = "MessageWritesBlocked";

    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>The user blocked or uninstalled the bot: stop posting to this conversation.</summary>
    public bool WritesBlocked => StatusCode == 403 && ErrorCode == WritesBlockedCode;
}
