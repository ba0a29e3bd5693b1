using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GcmBot.Replies;

/// <summary>
/// One rendering of each object, kept as long as that object lives: a surface's rendering of each reply, or the UTF-8
/// JSON of each rendered output. The objective and action replies are built once and shared (ObjectiveReplies), so
/// their renderings, and the JSON of those, are the same objects on every request: made once, then served from memory.
/// Anything made per request is rendered once too, and its entry is collected with it. The function given here stays
/// the only source of the output: this holds what it returned, and the outputs are immutable.
/// </summary>
internal sealed class RenderedReplies<TSource, TOutput>(Func<TSource, TOutput> render)
    where TSource : class
    where TOutput : class
{
    private readonly ConditionalWeakTable<TSource, TOutput> _rendered = [];
    private readonly ConditionalWeakTable<TSource, TOutput>.CreateValueCallback _render = new(render);

    /// <summary>The kept rendering of <paramref name="source"/>; when two threads render it first, both get the one kept.</summary>
    public TOutput Of(TSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return _rendered.TryGetValue(source, out var hit) ? hit : _rendered.GetValue(source, _render);
    }
}

/// <summary>Kept renderings whose output is what <see cref="JsonSerializer"/> writes with the given options.</summary>
internal static class RenderedReplies
{
    public static RenderedReplies<T, byte[]> Json<T>(JsonSerializerOptions options)
        where T : class =>
        new(value => JsonSerializer.SerializeToUtf8Bytes(value, options));
}
