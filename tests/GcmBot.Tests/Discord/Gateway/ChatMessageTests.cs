using GcmBot.Core.Routing;
using GcmBot.Core.Replies;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Discord.Rendering;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>Questions typed in chat reach the router and the answer is posted through REST.</summary>
public sealed class ChatMessageTests(ITestOutputHelper output) : GatewayTestBase(output)
{
    private const string Channel = "800000000000000008";

    internal static object Message(string id, string content, string? guildId = InteractionJson.GuildId, bool bot = false, string[]? mentions = null) => new
    {
        id,
        channel_id = Channel,
        guild_id = guildId,
        content,
        author = new { id = InteractionJson.UserId, username = "delegate", bot },
        mentions = (mentions ?? []).Select(m => new { id = m }).ToArray(),
    };

    [Fact]
    public async Task Mention_AnswerPostedAsAReplyWithoutTheMention()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(0, Message("900", $"<@{BotUserId}> what about objective 13?", mentions: [BotUserId]), 2, "MESSAGE_CREATE");
        var posted = await Discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{Channel}/messages");

        var request = Host.Router.Single();
        Assert.Equal("what about objective 13?", request.Text);
        Assert.Equal((Surface.Discord, Channel, InteractionJson.UserId, false),
            (request.Context.Surface, request.Context.ConversationId, request.Context.UserId, request.Context.CanManageSubscriptions));
        Assert.Equal("900", posted.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.True(posted.Json.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal(0, posted.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal($"Bot {DiscordTestHost.BotToken}", posted.Headers["Authorization"]);
    }

    [Fact]
    public async Task LegacyNicknameMention_AlsoAnswered()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(0, Message("901", $"<@!{BotUserId}> dates"), 2, "MESSAGE_CREATE");
        await Discord.WaitForRequestAsync(r => r.Path == $"/channels/{Channel}/messages");

        Assert.Equal("dates", Host.Router.Single().Text);
    }

    [Fact]
    public async Task DirectMessage_AnsweredWithoutMentionAndMayManage()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(0, Message("902", "digest status", guildId: null), 2, "MESSAGE_CREATE");
        await Discord.WaitForRequestAsync(r => r.Path == $"/channels/{Channel}/messages");

        var request = Host.Router.Single();
        Assert.Equal("digest status", request.Text);
        Assert.True(request.Context.CanManageSubscriptions);
    }

    [Fact]
    public async Task GuildMessageWithoutMention_AndBotMessages_Ignored()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(0, Message("903", "objective 13"), 2, "MESSAGE_CREATE");
        await connection.SendAsync(0, Message("904", $"<@{BotUserId}> objective 13", bot: true, mentions: [BotUserId]), 3, "MESSAGE_CREATE");
        await connection.SendAsync(0, Message("905", $"<@{BotUserId}> help", mentions: [BotUserId]), 4, "MESSAGE_CREATE");
        await Discord.WaitForRequestAsync(r => r.Path == $"/channels/{Channel}/messages");

        Assert.Equal("help", Host.Router.Single().Text);
    }

    [Fact]
    public async Task LongAnswer_PostedInPartsInOrderEachWithItsOwnNonce()
    {
        Host.Router.Answer = (_, _) => Task.FromResult(SampleReplies.ManyQuotes(30, 900));
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(0, Message("906", $"<@{BotUserId}> detention", mentions: [BotUserId]), 2, "MESSAGE_CREATE");
        var parts = new GcmBot.Discord.Rendering.ReplyRenderer().Render(SampleReplies.ManyQuotes(30, 900)).Count;
        await WaitUntilAsync(() => Discord.Created.Count == parts);

        var nonces = Discord.Created.Select(r => r.Json.GetProperty("nonce").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, parts).Select(i => $"906.{i}"), nonces);
        Assert.Single(Discord.Created, r => r.Json.TryGetProperty("message_reference", out _));
    }

    [Fact]
    public async Task ReplyRefused_AnswerPostedWithoutTheReplyLink()
    {
        Discord.Script("POST", $"/channels/{Channel}/messages", 403, """{"message":"Missing Permissions","code":50013}""");
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(0, Message("908", $"<@{BotUserId}> dates", mentions: [BotUserId]), 2, "MESSAGE_CREATE");
        await WaitUntilAsync(() => !Discord.Created.IsEmpty);

        var requests = Discord.Requests.Where(r => r.Path == $"/channels/{Channel}/messages").ToList();
        Assert.Equal(2, requests.Count);
        Assert.True(requests[0].Json.TryGetProperty("message_reference", out _));
        Assert.False(Assert.Single(Discord.Created).Json.TryGetProperty("message_reference", out _));
    }

    [Fact]
    public async Task RouterFails_UserStillGetsAnErrorReply()
    {
        Host.Router.Answer = (_, _) => Task.FromException<Reply>(new InvalidOperationException("boom"));
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(0, Message("907", $"<@{BotUserId}> x", mentions: [BotUserId]), 2, "MESSAGE_CREATE");
        var posted = await Discord.WaitForRequestAsync(r => r.Path == $"/channels/{Channel}/messages");

        Assert.Contains("Something went wrong", posted.Body, StringComparison.Ordinal);
    }
}

/// <summary>With the Message Content intent and a listen channel, every message there is answered.</summary>
public sealed class ListenChannelTests(ITestOutputHelper output) : GatewayTestBase(output)
{
    internal override Dictionary<string, string?> ExtraSettings => new()
    {
        ["Discord:MessageContentIntent"] = "true",
        ["Discord:ListenChannelIds:0"] = "800000000000000008",
    };

    [Fact]
    public async Task MessageInListenChannel_AnsweredWithoutMentionAndIntentRequested()
    {
        var connection = await Discord.NextConnectionAsync();
        await connection.HelloAsync(5000);
        var identify = await connection.ExpectAsync(2);
        await connection.ReadyAsync("s", Discord.ResumeUrl, BotUserId);

        await connection.SendAsync(0, ChatMessageTests.Message("910", "objective 20"), 2, "MESSAGE_CREATE");
        await Discord.WaitForRequestAsync(r => r.Path == "/channels/800000000000000008/messages");

        Assert.Equal(4609 | (1 << 15), identify.GetProperty("d").GetProperty("intents").GetInt32());
        Assert.Equal("objective 20", Host.Router.Single().Text);
    }
}
