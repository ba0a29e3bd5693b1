using System.Text.Json;
using GcmBot.Replies;

namespace GcmBot.Teams.Connector;

/// <summary>
/// An outgoing activity's JSON, exactly as <see cref="JsonSerializer"/> writes it with <see cref="BotJson.Options"/>,
/// with the card taken from memory. The renderer hands out the same attachment list for a fixed reply (a reply's
/// parts are copied with the conversation, reply-to id and accounts filled in, and keep their list), so the card's
/// JSON is serialized once; per request only the small envelope is. Attachments is the activity's last property,
/// so its JSON goes just before the envelope's closing brace.
/// </summary>
internal static class ActivityJson
{
    private static readonly RenderedReplies<IReadOnlyList<Attachment>, byte[]> Attachments = RenderedReplies.Json<IReadOnlyList<Attachment>>(BotJson.Options);

    private static readonly byte[] Property = "\"attachments\":"u8.ToArray();

    public static ActivityBody For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Attachments is not { } attachments)
        {
            return new ActivityBody(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options), null);
        }

        var envelope = JsonSerializer.SerializeToUtf8Bytes(activity with { Attachments = null }, BotJson.Options);
        return new ActivityBody(envelope, Attachments.Of(attachments));
    }

    /// <summary>The envelope without its closing brace, then "attachments":[…] and the brace.</summary>
    public sealed class ActivityBody(byte[] envelope, byte[]? attachments)
    {
        private static readonly byte[] Comma = ","u8.ToArray();
        private static readonly byte[] Brace = "}"u8.ToArray();

        // "{}" takes the attachments alone; any other envelope is followed by a comma.
        private bool NeedsComma => envelope.Length > 2;

        public int Length => attachments is null
            ? envelope.Length
            : envelope.Length - 1 + (NeedsComma ? 1 : 0) + Property.Length + attachments.Length + 1;

        /// <summary>The pieces in order, written as they are: nothing is copied into one array.</summary>
        public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(stream);
            if (attachments is null)
            {
                await stream.WriteAsync(envelope, cancellationToken);
                return;
            }

            await stream.WriteAsync(envelope.AsMemory(0, envelope.Length - 1), cancellationToken);
            if (NeedsComma)
            {
                await stream.WriteAsync(Comma, cancellationToken);
            }

            await stream.WriteAsync(Property, cancellationToken);
            await stream.WriteAsync(attachments, cancellationToken);
            await stream.WriteAsync(Brace, cancellationToken);
        }

        public byte[] ToArray()
        {
            using var stream = new MemoryStream(Length);
            WriteToAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
            return stream.ToArray();
        }
    }
}
