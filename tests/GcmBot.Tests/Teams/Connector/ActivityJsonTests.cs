using System.Text.Json;
using System.Text.Json.Nodes;
using GcmBot.Teams.Connector;

namespace GcmBot.Tests.Teams.Connector;

public sealed class ActivityJsonTests
{
    [Fact]
    public async Task WriteToAsync_ReplyWithCard_WritesTheWholeActivityInOneWrite()
    {
        // A card larger than HttpClient's 4 KB write buffer: written piece by piece it left the connection as three
        // segments. The expected bytes are the serializer's own rendering of the whole activity, not ActivityJson's.
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('a', 12_000) }) };
        var activity = new Activity
        {
            Type = "message",
            From = new ChannelAccount("bot-1", "GcmBot"),
            Conversation = new ConversationAccount("conversation \"1\""),
            ReplyToId = "activity-1",
            Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", card)],
        };
        var body = ActivityJson.For(activity);
        var stream = new RecordingStream();

        await body.WriteToAsync(stream, CancellationToken.None);

        var write = Assert.Single(stream.Writes);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options), write);
        Assert.Equal(body.Length, write.Length);
    }

    [Fact]
    public async Task WriteToAsync_EnvelopeWithoutAttachments_IsTheSerializersJson()
    {
        var activity = new Activity { Type = "typing", Conversation = new ConversationAccount("c") };
        var stream = new RecordingStream();

        await ActivityJson.For(activity).WriteToAsync(stream, CancellationToken.None);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options), Assert.Single(stream.Writes));
    }

    /// <summary>Keeps each write's bytes apart, so a test can count them.</summary>
    private sealed class RecordingStream : MemoryStream
    {
        public List<byte[]> Writes { get; } = [];

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes.Add(buffer.ToArray());
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Writes.Add(buffer.AsSpan(offset, count).ToArray());
            return Task.CompletedTask;
        }
    }
}
