using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GcmBot.Teams.Connector;

/// <summary>
/// The Bot Framework activity, reduced to the fields this bot reads or writes. Unknown fields are
/// ignored on the way in; channelData and value stay raw JSON because their shapes vary by event.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Summary { get; init; }
    public string? ReplyToId { get; init; }
    public string? Action { get; init; }
    public string? Locale { get; init; }
    public JsonElement? Value { get; init; }
    public JsonElement? ChannelData { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
}

/// <summary>A user or bot. Teams sets <see cref="AadObjectId"/> for users of the tenant.</summary>
public sealed record ChannelAccount(string? Id, string? Name = null)
{
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    /// <summary>Teams' TeamsChannelAccount.userRole: "user", "guest" or "anonymous" (when Teams includes it).</summary>
    public string? UserRole { get; init; }
}

public sealed record ConversationAccount(string? Id)
{
    public string? Name { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
}

/// <summary>An activity entity; only "mention" entities are read (mentioned + text).</summary>
public sealed record Entity(string? Type)
{
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }
}

/// <summary>An attachment such as an Adaptive Card (content kept as a JSON tree).</summary>
public sealed record Attachment(string? ContentType, JsonNode? Content);

/// <summary>Activity types and installation actions this adapter handles.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
}

/// <summary>The one serializer setting for the wire: camelCase, nulls omitted, no needless escaping.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
