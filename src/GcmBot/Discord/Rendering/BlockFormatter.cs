using GcmBot.Core.Replies;
using GcmBot.Core.Text;

namespace GcmBot.Discord.Rendering;

/// <summary>
/// Turns reply blocks into Markdown units of at most <see cref="UnitMax"/> characters. A quote becomes a
/// block quote followed by its citation; a quote too long for one unit continues in the next, marked "…",
/// and the citation follows its last piece.
/// </summary>
internal static class BlockFormatter
{
    /// <summary>Small enough that two units share a description and any unit fits a message beside a title.</summary>
    public const int UnitMax = 2000;

    private const string QuotePrefix = "> ";

    public static IEnumerable<string> Units(IReadOnlyList<ReplyBlock> blocks) => blocks.SelectMany(Units);

    private static IEnumerable<string> Units(ReplyBlock block) => block switch
    {
        TextBlock text => TextSplitter.Split(new MarkdownText(text.Text), UnitMax),
        HeadingBlock heading => TextSplitter.Split(new MarkdownText(heading.Text, boldAll: true), UnitMax),
        QuoteBlock quote => Quote(quote.Text, quote.Highlights, quote.Citation, ""),
        ActionListBlock list => list.Items.SelectMany(item =>
            Quote(item.Text, item.Highlights, item.Citation, $"**({new MarkdownText(item.Letter).Render()})** ")),
        _ => throw new NotSupportedException($"No Discord rendering for {block.GetType().Name}."),
    };

    private static IEnumerable<string> Quote(string text, IReadOnlyList<TextRange> highlights, string citation, string lead)
    {
        var citationLine = "\n— *" + TextFit.Markdown(citation, 200) + "*";
        var body = new MarkdownText(text, highlights, QuotePrefix);
        if (body.Start == body.End)
        {
            return [citationLine.TrimStart('\n')];
        }

        var pieces = TextSplitter.Split(body, UnitMax - citationLine.Length, lead).ToList();
        pieces[^1] += citationLine;
        return pieces;
    }
}
