using GcmBot.Core.Replies;

namespace GcmBot.Core.Routing;

/// <summary>
/// Cuts a long reply into pages of about <see cref="PageBudget"/> characters, never inside a quote
/// or an action, and adds "Previous page" / "Next page" actions whose commands <c>commandForPage</c> makes
/// (the router's page tokens). Every
/// surface can show a page of this size in one message (Discord: up to 6,000 characters over several embeds), and the
/// longest objective that fits (objective 13's eight actions, about 3,400 characters) is never split.
/// </summary>
public static class ReplyPaginator
{
    public const int PageBudget = 4500;

    public static Reply Page(Reply full, Func<int, string> commandForPage, int? requestedPage)
    {
        ArgumentNullException.ThrowIfNull(full);
        return Page(full, Split(full.Blocks), commandForPage, requestedPage);
    }

    /// <summary>The same as <see cref="Page(Reply, Func{int, string}, int?)"/> with the reply's pages already cut (<see cref="Split"/>).</summary>
    internal static Reply Page(Reply full, IReadOnlyList<List<ReplyBlock>> pages, Func<int, string> commandForPage, int? requestedPage)
    {
        ArgumentNullException.ThrowIfNull(commandForPage);
        if (pages.Count <= 1)
        {
            return requestedPage is null or 1 ? full : OutOfRange(commandForPage(1), requestedPage.Value, 1);
        }

        var number = requestedPage ?? 1;
        if (number < 1 || number > pages.Count)
        {
            return OutOfRange(commandForPage(1), number, pages.Count);
        }

        List<ReplyAction> actions = [];
        if (number > 1)
        {
            actions.Add(new ReplyAction("Previous page", commandForPage(number - 1), "‹ Prev"));
        }

        if (number < pages.Count)
        {
            actions.Add(new ReplyAction("Next page", commandForPage(number + 1), "Next ›"));
        }

        return full with { Blocks = pages[number - 1], Actions = [.. actions, .. full.Actions], Page = new PageInfo(number, pages.Count) };
    }

    internal static List<List<ReplyBlock>> Split(IReadOnlyList<ReplyBlock> blocks)
    {
        var pages = new Pages();
        foreach (var block in blocks)
        {
            if (block is ActionListBlock list)
            {
                // An action list may be longer than a page: it breaks between actions, never inside one.
                List<ActionItem> run = [];
                foreach (var item in list.Items)
                {
                    if (pages.WouldOverflow(Size(item) + run.Sum(Size)) && (run.Count > 0 || pages.Used > 0))
                    {
                        pages.Add(new ActionListBlock(run), Size(new ActionListBlock(run)));
                        pages.Break();
                        run = [];
                    }

                    run.Add(item);
                }

                pages.Add(new ActionListBlock(run), run.Sum(Size));
                continue;
            }

            if (pages.WouldOverflow(Size(block)) && pages.Used > 0)
            {
                pages.Break();
            }

            pages.Add(block, Size(block));
        }

        return pages.All;
    }

    private sealed class Pages
    {
        public List<List<ReplyBlock>> All { get; } = [[]];

        public int Used { get; private set; }

        public bool WouldOverflow(int size) => Used + size > PageBudget;

        public void Add(ReplyBlock block, int size)
        {
            if (block is ActionListBlock { Items.Count: 0 })
            {
                return;
            }

            All[^1].Add(block);
            Used += size;
        }

        public void Break()
        {
            if (All[^1].Count == 0)
            {
                return;
            }

            All.Add(MoveTrailingHeadings(All[^1]));
            Used = All[^1].Sum(Size);
        }
    }

    // Headings that end a page belong to what follows them ("In Kenya's position", then "§IV …").
    private static List<ReplyBlock> MoveTrailingHeadings(List<ReplyBlock> page)
    {
        var keep = page.Count;
        while (keep > 1 && page[keep - 1] is HeadingBlock)
        {
            keep--;
        }

        var moved = page.GetRange(keep, page.Count - keep);
        page.RemoveRange(keep, page.Count - keep);
        return moved;
    }

    internal static int Size(ReplyBlock block) => block switch
    {
        TextBlock t => t.Text.Length,
        HeadingBlock h => h.Text.Length,
        QuoteBlock q => q.Text.Length + q.Citation.Length,
        ActionListBlock l => l.Items.Sum(Size),
        _ => 0,
    };

    private static int Size(ActionItem item) => item.Text.Length + item.Citation.Length + 4;

    private static Reply OutOfRange(string firstPageCommand, int requested, int count) =>
        Reply.Simple(
            ReplyKind.Error,
            "No such page",
            $"Page {requested} doesn't exist: this reply has {(count == 1 ? "1 page" : $"pages 1 to {count}")}.",
            new ReplyAction("First page", firstPageCommand));
}
