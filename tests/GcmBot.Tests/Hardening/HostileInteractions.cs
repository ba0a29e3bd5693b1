using System.Text.Json.Nodes;
using GcmBot.Tests.Discord.Fakes;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// Discord interactions carrying the hostile texts in every place a user controls (a command option, a
/// button id, an autocomplete value), plus unknown interaction types and commands, and fields of the wrong type.
/// </summary>
internal static class HostileInteractions
{
    public static IEnumerable<HostileBody> All(IEnumerable<string> texts)
    {
        var list = texts.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var text = list[i];
            var interaction = (i % 8) switch
            {
                0 => Command("ask", Option("question", text)),
                1 => Command("where", Option("topic", text)),
                2 => Command("objective", Option("number", text), Option("action", text)),
                3 => Button("gcm:" + text),
                4 => Autocomplete("objective", Option("number", text, focused: true)),
                5 => Command("digest", SubCommand(i % 16 == 5 ? "subscribe" : "status", Option("time", text), Option("timezone", text))),
                6 => Command(text, Option(text, text)),
                _ => Typed(new[] { 0, 5, 6, 99, -1, int.MaxValue }[i % 6], text),
            };
            yield return new($"interaction #{i} ({(string?)interaction["data"]?["name"] ?? "type " + interaction["type"]})", HostileBodies.Utf8(interaction.ToJsonString()), HostileBodies.Json);
        }

        foreach (var broken in HostileBodies.WrongShapes(["id", "type", "token", "data", "member", "user", "channel_id", "guild_id", "message"]).Concat(HostileBodies.Broken()))
        {
            yield return broken;
        }
    }

    private static JsonObject Base(int type) => new()
    {
        ["id"] = InteractionJson.NextId(),
        ["application_id"] = DiscordTestHost.ApplicationId,
        ["type"] = type,
        ["token"] = "hostile-interaction-token",
        ["guild_id"] = InteractionJson.GuildId,
        ["channel_id"] = InteractionJson.ChannelId,
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = InteractionJson.UserId }, ["permissions"] = InteractionJson.ManageGuild },
    };

    private static JsonObject Command(string name, params JsonObject[] options)
    {
        var interaction = Base(2);
        interaction["data"] = new JsonObject { ["id"] = "9", ["name"] = name, ["type"] = 1, ["options"] = new JsonArray(options) };
        return interaction;
    }

    private static JsonObject Button(string customId)
    {
        var interaction = Base(3);
        interaction["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        interaction["message"] = new JsonObject { ["id"] = "600000000000000006", ["embeds"] = new JsonArray(new JsonObject { ["title"] = customId }) };
        return interaction;
    }

    private static JsonObject Autocomplete(string name, params JsonObject[] options)
    {
        var interaction = Command(name, options);
        interaction["type"] = 4;
        return interaction;
    }

    private static JsonObject Typed(int type, string text)
    {
        var interaction = Base(type);
        interaction["data"] = new JsonObject { ["name"] = text, ["custom_id"] = text };
        return interaction;
    }

    private static JsonObject Option(string name, string value, bool focused = false)
    {
        var option = new JsonObject { ["name"] = name, ["type"] = 3, ["value"] = value };
        if (focused)
        {
            option["focused"] = true;
        }

        return option;
    }

    private static JsonObject SubCommand(string name, params JsonObject[] options) =>
        new() { ["name"] = name, ["type"] = 1, ["options"] = new JsonArray(options) };
}
