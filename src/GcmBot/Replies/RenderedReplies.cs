using System.Runtime.CompilerServices;
using GcmBot.Core.Replies;

namespace GcmBot.Replies;

/// <summary>
/// One surface's rendering of each reply object, kept as long as that object lives. The objective and action
/// replies are built once and shared (ObjectiveReplies), so they are rendered once per surface and then served
/// from memory; any other reply is a new object each time and its entry is collected with it. The renderer
/// stays the only source of the output: this holds what it returned, and the output is immutable records.
/// </summary>
internal sealed class RenderedReplies<T>
    where T : class
{
    private readonly ConditionalWeakTable<Reply, T> _rendered = [];

    public T GetOrRender(Reply reply, Func<Reply, T> render)
    {
        if (_rendered.TryGetValue(reply, out var hit))
        {
            return hit;
        }

        var fresh = render(reply);
        return _rendered.GetValue(reply, _ => fresh);
    }
}
