using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GcmBot.Core.Replies;

namespace GcmBot.Core.Routing;

/// <summary>
/// The router's pages of each reply object. A reply is cut into pages once (<see cref="ReplyPaginator.Split"/>), and
/// the pages it served are kept with it, so a fixed reply (an objective, built once) hands out the same page object
/// each time and the surfaces' rendered and serialized copies of that page are found again. The paginator stays
/// the only source of a page: this holds what it returned. Replies built per request are collected with their entry.
/// </summary>
internal sealed class PagedReplies(PageTokens tokens)
{
    /// <summary>Pages kept per reply: one per page for each spelling of the command (each has its own tokens).</summary>
    internal const int KeptPerReply = 32;

    private readonly ConditionalWeakTable<Reply, Entry> _entries = [];

    public Reply Page(Reply full, CommandLine resolved, int? requested)
    {
        var entry = _entries.GetValue(full, static reply => new Entry(ReplyPaginator.Split(reply.Blocks)));
        var count = entry.Pages.Count;
        if (count <= 1 || requested is < 1 || requested > count)
        {
            return ReplyPaginator.Page(full, entry.Pages, page => tokens.For(resolved, page), requested);
        }

        // Asked for on every request, kept page or not: asking is what keeps the command remembered for a day
        // after its pages were last shown.
        var number = requested ?? 1;
        var previous = number > 1 ? tokens.For(resolved, number - 1) : null;
        var next = number < count ? tokens.For(resolved, number + 1) : null;
        var key = (number, previous, next);
        if (entry.Served.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var fresh = ReplyPaginator.Page(full, entry.Pages, page => page == number - 1 ? previous! : page == number + 1 ? next! : tokens.For(resolved, page), number);
        return entry.Served.Count < KeptPerReply ? entry.Served.GetOrAdd(key, fresh) : fresh;
    }

    private sealed class Entry(List<List<ReplyBlock>> pages)
    {
        private ConcurrentDictionary<(int Number, string? Previous, string? Next), Reply>? _served;

        public List<List<ReplyBlock>> Pages { get; } = pages;

        // Only a reply of several pages needs one: an answer that fits one page costs no dictionary.
        public ConcurrentDictionary<(int Number, string? Previous, string? Next), Reply> Served => LazyInitializer.EnsureInitialized(ref _served);
    }
}
