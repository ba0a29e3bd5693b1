using GcmBot.Teams.Connector;

namespace GcmBot.Teams.Conversations;

/// <summary>
/// What a proactive post needs to reach a conversation again: the Connector's serviceUrl (which can
/// change, so it is refreshed from every inbound activity), the conversation id and the bot's identity.
/// </summary>
public sealed record ConversationReference(
    string ConversationId,
    string ServiceUrl,
    string ChannelId,
    string BotId,
    string? BotName,
    string? TenantId,
    string? ConversationType,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? WelcomedAt = null)
{
    /// <summary>The reference an inbound activity implies, or null when it lacks the essentials.</summary>
    public static ConversationReference? FromActivity(Activity activity, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.ServiceUrl)
            || string.IsNullOrEmpty(activity.Recipient?.Id))
        {
            return null;
        }

        return new ConversationReference(
            activity.Conversation.Id,
            activity.ServiceUrl,
            activity.ChannelId ?? "msteams",
            activity.Recipient.Id,
            activity.Recipient.Name,
            activity.Conversation.TenantId ?? ReadTenant(activity),
            activity.Conversation.ConversationType,
            now);
    }

    private static string? ReadTenant(Activity activity) =>
        activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == System.Text.Json.JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;
}

/// <summary>Persistent conversation references, keyed by conversation id.</summary>
public interface IConversationReferenceStore
{
    /// <summary>Inserts or refreshes a reference; an existing welcome mark is kept.</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Marks the conversation welcomed; true only for the first caller, so install events that repeat welcome once.</summary>
    Task<bool> TryMarkWelcomedAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken);
}
