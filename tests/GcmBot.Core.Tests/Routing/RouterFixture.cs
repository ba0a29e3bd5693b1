using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Handlers;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Tests.Routing;

/// <summary>A router over the real corpus with the core's commands, as the host composes it.</summary>
internal static class RouterFixture
{
    public static readonly ChatContext Context = new(Surface.Local, "test-channel", "test-user");

    public static CommandRouter Create(params ICommandHandler[] extra)
    {
        var corpus = TestCorpus.Corpus;
        var replies = new ObjectiveReplies(corpus, new NoCrossReferences());
        return new CommandRouter(
        [
            new HelpCommandHandler(), new AboutCommandHandler(corpus), new ObjectiveCommandHandler(corpus, replies),
            new ParagraphCommandHandler(corpus), new KenyaCommandHandler(corpus), .. extra,
        ]);
    }

    public static async Task<Reply> RouteAsync(this CommandRouter router, string text) =>
        (await router.RouteAsync(new ChatRequest(text, Context), CancellationToken.None)).Reply;

    /// <summary>Every page of a reply's blocks, following its page numbers.</summary>
    public static async Task<Reply> RouteAllPagesAsync(this CommandRouter router, string text)
    {
        var first = await router.RouteAsync(text);
        var blocks = new List<ReplyBlock>(first.Blocks);
        for (var n = 2; n <= (first.Page?.Count ?? 1); n++)
        {
            blocks.AddRange((await router.RouteAsync($"{text} page {n}")).Blocks);
        }

        return first with { Blocks = blocks, Page = null };
    }

    public static string AllText(this Reply reply) =>
        string.Join("\n", reply.Blocks.Select(b => b switch
        {
            TextBlock t => t.Text,
            HeadingBlock h => h.Text,
            QuoteBlock q => q.Text + "\n" + q.Citation,
            ActionListBlock l => string.Join("\n", l.Items.Select(i => $"({i.Letter}) {i.Text}\n{i.Citation}")),
            _ => "",
        }));

    private sealed class NoCrossReferences : IObjectiveCrossReferences
    {
        public IReadOnlyList<ReplyBlock> For(int objective) => [];
    }
}
