using System.Globalization;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Handlers;

/// <summary>"paragraph 67", "pd 67", "¶67": one Progress Declaration paragraph, with its footnotes.</summary>
public sealed class ParagraphCommandHandler(GcmCorpus corpus) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["paragraph", "pd", "para", "par", "¶"];

    public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Handle(arguments.TrimStart('¶', '#').Trim()));

    private Reply Handle(string arguments)
    {
        var declaration = corpus.ProgressDeclaration;
        var count = declaration.Paragraphs.Count;
        if (!int.TryParse(arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || declaration.Paragraph(number) is not { } paragraph)
        {
            return Reply.Simple(
                ReplyKind.Error,
                "Paragraph not found",
                $"The Progress Declaration has paragraphs 1 to {count}: try \"pd 67\" or \"paragraph 1\".",
                new ReplyAction("Paragraph 1", "pd 1"));
        }

        List<ReplyBlock> blocks = [new QuoteBlock(paragraph.Text, Citations.PdParagraph(number), PassageId.PdParagraph(number))];
        foreach (var footnote in declaration.Footnotes.Where(f => paragraph.FootnoteNumbers.Contains(f.Number)))
        {
            blocks.Add(new QuoteBlock(footnote.Text, Citations.PdFootnote(footnote.Number), PassageId.PdFootnote(footnote.Number)));
        }

        List<ReplyField> fields = [new ReplyField("Section", paragraph.Heading)];
        if (paragraph.RoundTable is { } table)
        {
            var objectives = declaration.RoundTables[table - 1].Objectives;
            fields.Add(new ReplyField("Objectives of this round table", string.Join(", ", objectives)));
        }

        List<ReplyAction> actions = [];
        if (number > 1)
        {
            actions.Add(new ReplyAction($"¶{number - 1}", $"pd {number - 1}"));
        }

        if (number < count)
        {
            actions.Add(new ReplyAction($"¶{number + 1}", $"pd {number + 1}"));
        }

        return new Reply(ReplyKind.Answer, $"Progress Declaration ¶{number}", blocks, fields, actions);
    }
}
