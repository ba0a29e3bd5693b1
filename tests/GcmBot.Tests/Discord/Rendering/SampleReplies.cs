using System.Text;
using GcmBot.Core.Replies;
using GcmBot.Core.Text;

namespace GcmBot.Tests.Discord.Rendering;

/// <summary>
/// Realistic and extreme replies for the renderer's limit tests. Add more cases (e.g. every objective
/// from the real router) to <see cref="All"/> and every limit test covers them.
/// </summary>
internal static class SampleReplies
{
    private static readonly string[] Words =
    [
        "migrants", "States", "commit", "to", "ensure", "that", "detention", "is", "a", "measure", "of", "last",
        "resort", "and", "work", "towards", "alternatives", "human", "rights", "obligations", "the", "in",
        "including", "access", "justice", "procedures", "with", "due", "process", "safeguards",
    ];

    public static TheoryData<string, Reply> All() => new()
    {
        { "objective with lettered actions", Objective(13, actionCount: 12, actionLength: 600) },
        { "thirty quotes of 900 characters", ManyQuotes(30, 900) },
        { "title of 300 characters", Reply.Simple(ReplyKind.Answer, Prose(300, seed: 3), "Short text.") },
        { "words of 1000 characters", WordsOf(1000) },
        { "one quote of 20000 characters", new(ReplyKind.Answer, "Long", [new QuoteBlock(Prose(20_000, 9), "Zero Draft ¶44", "zd/44")], [], []) },
        { "forty long fields", LongFields() },
        { "thirty actions", WithActions(30) },
        { "markdown in corpus text", MarkdownHeavy() },
        { "empty reply", new(ReplyKind.Error, "", [], [], []) },
        { "highlights and newlines", Highlighted() },
        { "paged answer", ManyQuotes(4, 500) with { Page = new PageInfo(2, 3), Actions = [new("Previous page", "ask detention page 1"), new("Next page", "ask detention page 3")] } },
        { "two hundred short quotes", ManyQuotes(200, 120) },
    };

    /// <summary>Deterministic prose of exactly <paramref name="length"/> characters, words from the GCM's vocabulary.</summary>
    public static string Prose(int length, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            sb.Append(Words[random.Next(Words.Length)]).Append(' ');
        }

        var text = sb.ToString(0, length);
        return text.EndsWith(' ') ? text[..^1] + "s" : text;
    }

    public static Reply Objective(int number, int actionCount, int actionLength) => new(
        ReplyKind.Answer,
        $"Objective {number}: Use migration detention only as a measure of last resort and work towards alternatives",
        [
            new TextBlock($"GCM objective {number} and its actions, quoted from the final text."),
            new QuoteBlock(Prose(400, number), $"GCM objective {number}", $"gcm/{number}"),
            new ActionListBlock(Enumerable.Range(0, actionCount).Select(i =>
            {
                var letter = ((char)('a' + i)).ToString();
                return new ActionItem(letter, Prose(actionLength, i), $"GCM objective {number}({letter})", $"gcm/{number}/{letter}", []);
            }).ToList()),
        ],
        [new ReplyField("Progress Declaration", "¶67, ¶68"), new ReplyField("Short name", "Alternatives to detention")],
        [new ReplyAction("Action (h)", $"objective {number} h"), new ReplyAction("Progress Declaration", $"where objective {number}")]);

    public static Reply ManyQuotes(int count, int length) => new(
        ReplyKind.Answer,
        "What the GCM says about detention",
        Enumerable.Range(1, count).Select(i => (ReplyBlock)new QuoteBlock(Prose(length, i), $"Progress Declaration ¶{i}", $"pd/{i}")).ToList(),
        [],
        []);

    private static Reply WordsOf(int wordLength) => new(
        ReplyKind.Answer,
        new string('T', 1000),
        [
            new TextBlock(string.Join(' ', Enumerable.Repeat(new string('x', wordLength), 9))),
            new QuoteBlock(string.Join(' ', Enumerable.Range(0, 9).Select(i => new string((char)('a' + i), wordLength))), "Zero Draft ¶1", "zd/1"),
        ],
        [new ReplyField(new string('n', 400), new string('v', 3000))],
        [new ReplyAction(new string('L', 200), "objective 1")]);

    private static Reply LongFields() => new(
        ReplyKind.Answer,
        "Fields",
        [new TextBlock("Cross-references.")],
        Enumerable.Range(1, 40).Select(i => new ReplyField($"Reference {i}", Prose(1500, i))).ToList(),
        []);

    private static Reply WithActions(int count) => new(
        ReplyKind.Help,
        "Help",
        [new TextBlock("Commands.")],
        [],
        Enumerable.Range(1, count).Select(i => new ReplyAction($"Objective {i}", $"objective {i}"))
            .Append(new ReplyAction("Too long", "ask " + new string('q', 100)))
            .Append(new ReplyAction("Duplicate", "objective 1"))
            .ToList());

    private static Reply MarkdownHeavy() => new(
        ReplyKind.Answer,
        "**Bold** _title_ `code`",
        [
            new QuoteBlock("13. States *commit* to __ensure__ ~~that~~ `code` ||spoiler|| <@123> [link](https://example.org) \\ back", "GCM ¶13", "gcm/13"),
            new QuoteBlock("# Heading\n- list item\n> quote\n1. numbered\nSee https://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/73/195 now", "NYD ¶1", "nyd/1"),
            new TextBlock("@everyone *our* words"),
        ],
        [new ReplyField("*name*", "_value_")],
        []);

    private static Reply Highlighted()
    {
        var text = "Ensure that any detention in the context of international migration\nfollows due process, is non-arbitrary.";
        return new(
            ReplyKind.Answer,
            "Highlights",
            [new QuoteBlock(text, "GCM objective 13(a)", "gcm/13/a", [new TextRange(12, 9), new TextRange(50, 30), new TextRange(200, 5)])],
            [],
            []);
    }
}
