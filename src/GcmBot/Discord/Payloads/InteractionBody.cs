using System.Buffers;
using System.Text.Json;
using GcmBot.Replies;

namespace GcmBot.Discord.Payloads;

/// <summary>
/// The JSON body of an interaction response, exactly as <see cref="DiscordJson.Serialize{T}"/> writes it, with a
/// message's JSON taken from memory: {"type":N,"data":MESSAGE}, written by a <see cref="Utf8JsonWriter"/> with the
/// message as a raw value. The renderer hands out the same message objects for a fixed reply, so an objective's
/// response costs a lookup and one copy into the response's pipe.
/// </summary>
internal readonly struct InteractionBody
{
    private static readonly RenderedReplies<DiscordMessage, byte[]> Messages = RenderedReplies.Json<DiscordMessage>(DiscordJson.Options);
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");

    private readonly int _type;
    private readonly byte[] _json;
    private readonly bool _isData;

    private InteractionBody(int type, byte[] json, bool isData)
    {
        _type = type;
        _json = json;
        _isData = isData;
        Length = isData ? HeadLength(type) + json.Length + 1 : json.Length;
    }

    /// <summary>The body's length in bytes, known before anything is written (the Content-Length).</summary>
    public int Length { get; }

    public static InteractionBody For(InteractionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Data is DiscordMessage message
            ? new InteractionBody(response.Type, Messages.Of(message), isData: true)
            : new InteractionBody(response.Type, DiscordJson.Serialize(response), isData: false);
    }

    public void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!_isData)
        {
            writer.Write(_json);
            return;
        }

        // The message's JSON is the serializer's own output (Messages), so it is copied as it is, not parsed again.
        using var json = new Utf8JsonWriter(writer);
        json.WriteStartObject();
        json.WriteNumber(TypeName, _type);
        json.WritePropertyName(DataName);
        json.WriteRawValue(_json, skipInputValidation: true);
        json.WriteEndObject();
    }

    public byte[] ToArray()
    {
        var buffer = new ArrayBufferWriter<byte>(Length);
        WriteTo(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    // {"type":N,"data": is 16 bytes around the type's digits.
    private static int HeadLength(int type) => 16 + (type < 10 ? 1 : type.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
}
