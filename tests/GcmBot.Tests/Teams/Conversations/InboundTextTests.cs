using System.Text.Json;
using GcmBot.Teams.Connector;
using GcmBot.Teams.Conversations;

namespace GcmBot.Tests.Teams.Conversations;

public sealed class InboundTextTests
{
    private const string BotId = "28:bot";

    [Theory]
    [InlineData("<at>GcmBot</at> objective 13", "objective 13")]
    [InlineData("\r\n<at>GcmBot</at> objective 13 h\r\n", "objective 13 h")]
    [InlineData("objective 13 <at>GcmBot</at>", "objective 13")]
    [InlineData("<at>GcmBot</at>objective 13", "objective 13")]
    [InlineData("<AT>GcmBot</AT> search&nbsp;detention", "search detention")]
    [InlineData("<at>GcmBot</at> compare with <at>Ana Silva</at>", "compare with Ana Silva")]
    [InlineData("objective 13", "objective 13")]
    [InlineData("<at>GcmBot</at>", "")]
    public void StripBotMention_TeamsText_LeavesTheCommand(string text, string expected)
    {
        var activity = Activity(text, new Entity("mention") { Text = "<at>GcmBot</at>", Mentioned = new ChannelAccount(BotId, "GcmBot") });

        Assert.Equal(expected, InboundText.StripBotMention(activity));
    }

    [Fact]
    public void StripBotMention_MentionEntityWithoutText_UsesTheMentionedName()
    {
        var activity = Activity("<at>GcmBot</at> help", new Entity("mention") { Mentioned = new ChannelAccount(BotId, "GcmBot") });

        Assert.Equal("help", InboundText.StripBotMention(activity));
    }

    [Fact]
    public void StripBotMention_SomeoneElsesMention_KeepsTheirName()
    {
        var activity = Activity("<at>Ana</at> look at objective 2", new Entity("mention") { Text = "<at>Ana</at>", Mentioned = new ChannelAccount("29:ana", "Ana") });

        Assert.Equal("Ana look at objective 2", InboundText.StripBotMention(activity));
    }

    [Fact]
    public void ChatTextOf_CardButtonValue_WinsOverText()
    {
        var activity = Activity(string.Empty) with { Value = JsonDocument.Parse("""{"command":"objective 13 page 2"}""").RootElement };

        Assert.Equal("objective 13 page 2", InboundText.ChatTextOf(activity));
    }

    private static Activity Activity(string text, params Entity[] entities) =>
        new() { Type = "message", Text = text, Recipient = new ChannelAccount(BotId, "GcmBot"), Entities = entities };
}
