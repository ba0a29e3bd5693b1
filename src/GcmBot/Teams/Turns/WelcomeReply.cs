using GcmBot.Core.Replies;

namespace GcmBot.Teams.Turns;

/// <summary>The greeting on install: a short introduction followed by the router's own help.</summary>
internal static class WelcomeReply
{
    public const string Title = "Welcome to GcmBot";

    public const string Introduction =
        "Hello! I quote the Global Compact for Safe, Orderly and Regular Migration and related UN documents " +
        "word for word, with citations. In a channel or group chat, @mention me before a command; in a personal chat, just type it.";

    public static Reply From(Reply help) =>
        help with
        {
            Kind = ReplyKind.Help,
            Title = Title,
            Blocks = [new TextBlock(Introduction), new HeadingBlock(help.Title), .. help.Blocks],
        };
}
