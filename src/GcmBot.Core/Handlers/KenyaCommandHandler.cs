using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Handlers;

/// <summary>"kenya" lists the sections of Kenya's National Position; "kenya IV" (or "kenya 4") quotes one.</summary>
public sealed class KenyaCommandHandler(GcmCorpus corpus) : ICommandHandler
{
    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    public IReadOnlyList<string> Names { get; } = ["kenya"];

    public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Handle(arguments));

    private Reply Handle(string arguments)
    {
        var position = corpus.KenyaPosition;
        var key = arguments.Replace("section", "", StringComparison.OrdinalIgnoreCase).Replace("§", "", StringComparison.Ordinal).Trim().TrimEnd('.');
        if (key.Length == 0)
        {
            return List(position);
        }

        var section = FindSection(position, key);
        return section is null
            ? Reply.Simple(
                ReplyKind.Error,
                "Section not found",
                $"Kenya's National Position has sections I to {position.Sections.Where(s => s.Numeral is not null).Select(s => s.Numeral).LastOrDefault()}, plus \"intro\" and \"migration\" (Migration in Kenya). Try \"kenya IV\", or ask \"what did Kenya say on remittances\".",
                new ReplyAction("List the sections", "kenya"))
            : Section(section);
    }

    private static KenyaSection? FindSection(KenyaPosition position, string key)
    {
        if (int.TryParse(key, out var number) && number >= 1 && number <= Numerals.Length)
        {
            key = Numerals[number - 1];
        }

        return position.Section(key)
            ?? position.Sections.FirstOrDefault(s => s.Numeral is null && s.Title.StartsWith(key, StringComparison.OrdinalIgnoreCase));
    }

    private static Reply List(KenyaPosition position) => new(
        ReplyKind.Answer,
        "Kenya's National Position on the Global Compact on Migration (2017-2018)",
        [new TextBlock(string.Join("\n", position.Sections.Select(s => s.Numeral is null ? $"• {s.Title}" : $"• {s.Numeral}. {s.Title}")))],
        [],
        [.. position.Sections.Where(s => s.Numeral is not null).Select(s => new ReplyAction($"§{s.Numeral}", $"kenya {s.Numeral}"))]);

    private Reply Section(KenyaSection section)
    {
        List<ReplyBlock> blocks = [];
        foreach (var sub in section.Subsections)
        {
            if (sub.Heading is not null)
            {
                blocks.Add(new HeadingBlock(sub.Heading));
            }

            blocks.AddRange(sub.Items.Select(i => new QuoteBlock(i.Text, corpus.Passage(i.PassageId)?.Label ?? "Kenya position", i.PassageId)));
        }

        var title = section.Numeral is null ? $"Kenya position: {section.Title}" : $"Kenya position §{section.Numeral}: {section.Title}";
        return new Reply(ReplyKind.Answer, title, blocks, [], [new ReplyAction("All sections", "kenya")]);
    }
}
