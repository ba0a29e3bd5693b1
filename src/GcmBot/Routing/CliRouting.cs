using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Routing;

/// <summary>Routes a command for the terminal, where there are no buttons: all its pages at once.</summary>
internal static class CliRouting
{
    public static readonly ChatContext Context = new(Surface.Local, "terminal", "terminal-user");

    public static async Task<IReadOnlyList<Reply>> RouteAllPagesAsync(ICommandRouter router, string text)
    {
        var first = (await router.RouteAsync(new ChatRequest(text, Context), CancellationToken.None)).Reply;
        List<Reply> pages = [first];
        for (var n = 2; first.Page is { } page && n <= page.Count; n++)
        {
            pages.Add((await router.RouteAsync(new ChatRequest($"{text} page {n}", Context), CancellationToken.None)).Reply);
        }

        return pages;
    }
}
