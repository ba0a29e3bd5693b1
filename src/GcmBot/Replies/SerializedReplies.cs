using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GcmBot.Replies;

/// <summary>
/// The UTF-8 JSON of rendered output, kept per object as long as that object lives. A fixed reply's rendering is
/// the same object on every request (see <see cref="RenderedReplies{T}"/>), so its JSON is serialized once and then
/// written from memory; anything rendered per request is serialized once too, and collected with its object. The
/// serializer and its options stay the only source: this holds what they returned, and the values are immutable.
/// </summary>
internal sealed class SerializedReplies<T>(JsonSerializerOptions options)
    where T : class
{
    private readonly ConditionalWeakTable<T, byte[]> _json = [];

    public byte[] Of(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _json.TryGetValue(value, out var hit) ? hit : _json.GetValue(value, v => JsonSerializer.SerializeToUtf8Bytes(v, options));
    }
}
