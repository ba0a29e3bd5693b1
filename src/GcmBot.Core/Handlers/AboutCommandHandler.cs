using GcmBot.Core.Corpus;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Handlers;

/// <summary>"about": the source documents with their dates and checksums, and every correction applied.</summary>
public sealed class AboutCommandHandler(GcmCorpus corpus) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["about", "sources", "corrections", "errata"];

    public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken)
    {
        List<ReplyBlock> blocks =
        [
            new TextBlock("GcmBot quotes these documents word for word. Each file is checked against its SHA-256 checksum at start."),
            new HeadingBlock("Documents"),
            new TextBlock(string.Join("\n", corpus.Manifest.Documents.Select(d => $"• {d.Title} ({d.Date}) — {d.File}, sha256 {d.Sha256[..12]}…"))),
            new HeadingBlock("Corrections"),
        ];
        blocks.AddRange(corpus.Errata.Duplicates.Select(d => new TextBlock($"• Objective {d.Objective}: {d.Reason} Evidence: {d.Evidence}")));
        blocks.AddRange(corpus.Errata.Corrections.Select(c =>
            new TextBlock($"• {corpus.Passage(c.PassageId)?.Label ?? c.PassageId}: \"{c.Wrong}\" → \"{c.Right}\". {c.Reason} Evidence: {c.Evidence}")));
        return Task.FromResult(new Reply(ReplyKind.Answer, "About GcmBot's sources", blocks, [], [new ReplyAction("Help", "help")]));
    }
}
