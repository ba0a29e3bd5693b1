using GcmBot.Discord.Gateway;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>The gateway cut in the middle of a message: the bot resumes, and the replayed message is answered once.</summary>
public sealed class GatewayFaultTests(ITestOutputHelper output) : GatewayTestBase(output)
{
    private const string Channel = "800000000000000008";

    [Fact]
    public async Task DroppedMidMessage_ResumesAndTheReplayedMessageIsAnsweredOnce()
    {
        var connection = await ConnectReadyAsync(sequence: 1);
        var question = ChatMessageTests.Message("930", $"<@{BotUserId}> objective 13", mentions: [BotUserId]);

        await connection.DropMidFrameAsync(0, question, 2, "MESSAGE_CREATE");
        var resumed = await Discord.NextConnectionAsync();
        await resumed.HelloAsync(5000);
        var resume = (await resumed.ExpectAsync(6)).GetProperty("d");
        await resumed.SendAsync(0, question, 2, "MESSAGE_CREATE");
        await resumed.SendAsync(0, new { }, 3, "RESUMED");
        await Discord.WaitForRequestAsync(r => r.Path == $"/channels/{Channel}/messages");

        // Discord may deliver the same event again after another resume: the nonce keeps it one message.
        await resumed.SendAsync(0, question, 2, "MESSAGE_CREATE");
        await WaitUntilAsync(() => Host.Router.Requests.Count == 2);
        await WaitUntilAsync(() => Discord.Requests.Count(r => r.Path == $"/channels/{Channel}/messages") == 2);

        Assert.Equal(1, resume.GetProperty("seq").GetInt32());
        Assert.Single(Discord.Created);
        Assert.Equal(GatewayStatus.Ready, Gateway.Status);
        Assert.DoesNotContain(Host.Logs.Lines, l => l.Level >= LogLevel.Error);
    }
}
