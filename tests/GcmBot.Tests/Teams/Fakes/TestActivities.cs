using System.Text.Json.Nodes;

namespace GcmBot.Tests.Teams.Fakes;

/// <summary>Inbound activities as Teams sends them (trimmed to the fields the bot reads).</summary>
internal static class TestActivities
{
    public const string BotId = "28:00000000-0000-0000-0000-00000000b07";
    public const string UserAadId = "aad-user-42";
    public const string ChannelConversation = "19:gcm-team@thread.tacv2;messageid=1700000000000";
    public const string PersonalConversation = "a:1personal-chat-with-ana";

    public static JsonObject Message(string serviceUrl, string text, string conversationId = ChannelConversation, string channelId = "msteams") =>
        new()
        {
            ["type"] = "message",
            ["id"] = "1700000000123",
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user-ana", ["name"] = "Ana", ["aadObjectId"] = UserAadId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "GcmBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "channel", ["tenantId"] = "tenant-1" },
            ["text"] = text,
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>GcmBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "GcmBot" },
            }),
        };

    public static JsonObject CardSubmit(string serviceUrl, string command)
    {
        var activity = Message(serviceUrl, string.Empty);
        activity["value"] = new JsonObject { ["command"] = command };
        activity.Remove("text");
        return activity;
    }

    public static JsonObject BotAdded(string serviceUrl, string conversationId = PersonalConversation) =>
        new()
        {
            ["type"] = "conversationUpdate",
            ["id"] = "f:install-1",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user-ana", ["aadObjectId"] = UserAadId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "GcmBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = "29:user-ana" }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };

    public static JsonObject Installation(string serviceUrl, string action, string conversationId = PersonalConversation) =>
        new()
        {
            ["type"] = "installationUpdate",
            ["id"] = "f:install-2",
            ["action"] = action,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user-ana", ["aadObjectId"] = UserAadId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "GcmBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        };
}
