using System.Buffers;
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
        // "{}" takes the attachments alone; any other envelope is followed by a comma.
        private bool NeedsComma => envelope.Length > 2;

        public int Length => attachments is null
            ? envelope.Length
            : envelope.Length - 1 + (NeedsComma ? 1 : 0) + Property.Length + attachments.Length + 1;

        /// <summary>
        /// The pieces in order, copied into one pooled buffer and written at once: written piece by piece, HttpClient sent
        /// a card's reply as three TCP segments (the headers with the envelope, the card, the closing brace), and each
        /// costs both ends a system call and a wake-up, far more than copying a card's few kilobytes once.
        /// </summary>
        public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(stream);
            if (attachments is null)
            {
                await stream.WriteAsync(envelope, cancellationToken);
                return;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(Length);
            try
            {
                var written = CopyTo(buffer);
                await stream.WriteAsync(buffer.AsMemory(0, written), cancellationToken);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        public byte[] ToArray()
        {
            var bytes = new byte[Length];
            CopyTo(bytes);
            return bytes;
        }

        /// <summary>Lays the pieces out in order at the start of <paramref name="destination"/>; returns <see cref="Length"/>.</summary>
        private int CopyTo(Span<byte> destination)
        {
            if (attachments is null)
            {
                envelope.CopyTo(destination);
                return envelope.Length;
            }

            var at = envelope.Length - 1;
            envelope.AsSpan(0, at).CopyTo(destination);
            if (NeedsComma)
            {
                destination[at++] = (byte)',';
            }

            Property.CopyTo(destination[at..]);
            at += Property.Length;
            attachments.CopyTo(destination[at..]);
            at += attachments.Length;
            destination[at++] = (byte)'}';
            return at;
        }
    }
}
