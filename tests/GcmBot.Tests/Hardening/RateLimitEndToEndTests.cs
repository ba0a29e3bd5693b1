using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// Past the per-person limit each surface answers in its own way, never with a bare 429 where the
/// platform expects a 200: the local page gets an Error reply, Discord an ephemeral message, Teams one
/// message per window (further messages are acknowledged and dropped, so a flood is not echoed).
/// </summary>
public sealed class RateLimitEndToEndTests : IAsyncLifetime
{
    private HardeningBed _bed = null!;

    public async Task InitializeAsync() => _bed = await HardeningBed.StartAsync(new()
    {
        ["RateLimits:UserPermits"] = "3",
        ["RateLimits:ConversationPermits"] = "100",
    });

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task PostChat_FourthMessage_ErrorReplyWith200()
    {
        var replies = new List<(HttpStatusCode Status, JsonElement Reply)>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await _bed.PostChatAsync(Body(new { text = "objective 13" }));
            replies.Add((response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));
        }

        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(["Answer", "Answer", "Answer", "Error"], replies.Select(r => r.Reply.GetProperty("kind").GetString()));
        Assert.Equal("One moment, please", replies[3].Reply.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PostInteraction_FourthCommand_EphemeralMessage()
    {
        var command = new JsonObject
        {
            ["id"] = "1", ["application_id"] = Discord.Fakes.DiscordTestHost.ApplicationId, ["type"] = 2, ["token"] = "t",
            ["guild_id"] = Discord.Fakes.InteractionJson.GuildId, ["channel_id"] = Discord.Fakes.InteractionJson.ChannelId,
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = Discord.Fakes.InteractionJson.UserId }, ["permissions"] = "2048" },
            ["data"] = new JsonObject { ["name"] = "help", ["type"] = 1 },
        };
        var answers = new List<JsonElement>();
        for (var i = 0; i < 4; i++)
        {
            command["id"] = Discord.Fakes.InteractionJson.NextId();
            using var response = await _bed.PostInteractionAsync(new HostileBody("help", HostileBodies.Utf8(command.ToJsonString()), HostileBodies.Json));
            answers.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        }

        var refused = answers[3].GetProperty("data");
        Assert.Equal(4, answers[3].GetProperty("type").GetInt32());
        Assert.Equal(64, refused.GetProperty("flags").GetInt32());
        Assert.Equal("One moment, please", refused.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.All(answers.Take(3), a => Assert.False(a.GetProperty("data").TryGetProperty("flags", out _)));
    }

    [Fact]
    public async Task PostActivity_SixMessages_ThreeAnswersOneNoticeAndAll200()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await _bed.PostActivityAsync(Body(_bed.TeamsMessage("objective 13")));
            statuses.Add(response.StatusCode);
        }

        var replies = await _bed.SettledRepliesAsync();

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(4, replies.Count);
        Assert.Single(replies, r => r.CardTitle == "One moment, please");
    }

    private static HostileBody Body(object value) =>
        new("request", HostileBodies.Utf8(value is JsonNode node ? node.ToJsonString() : JsonSerializer.Serialize(value)), HostileBodies.Json);
}
