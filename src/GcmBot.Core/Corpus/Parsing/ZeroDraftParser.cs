using System.Globalization;
using System.Text.RegularExpressions;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// Reads the Zero Draft (5 February 2018): its numbered paragraphs with their lettered items, and
/// its 22 objectives ("OBJECTIVE N: title"), each with its commitment paragraph and lettered
/// actions. Its objective 20 stands in for the corrupted objective 20 of the final text.
/// </summary>
public static partial class ZeroDraftParser
{
    /// <summary>The line between each commitment and its actions; the same in every objective, so not a passage.</summary>
    public const string ActionsLead = "In this regard, the following actions are instrumental:";

    // The objectives are listed once under this heading before they are set out; the list is not quoted.
    private const string ObjectiveListHeading = "Objectives for Safe, Orderly and Regular Migration";

    public static Parsed<ZeroDraft> Parse(IReadOnlyList<string> lines)
    {
        var options = ParagraphDocumentOptions.ZeroDraft;
        var builder = new ParagraphPassageBuilder(options);
        var objectives = new List<ZeroDraftObjective>();
        ZeroDraftObjective? current = null;
        var inList = false;
        foreach (var block in ParagraphDocumentParser.Body(lines, options))
        {
            if (block.Kind is BlockKind.Heading or BlockKind.Prose && ObjectiveRegex().Match(block.Text) is { Success: true } heading)
            {
                Close(objectives, ref current);
                var number = int.Parse(heading.Groups["n"].Value, CultureInfo.InvariantCulture);
                current = new ZeroDraftObjective(number, heading.Groups["t"].Value, 0, "", []);
                builder.Add(block with { Kind = BlockKind.Heading });
                builder.Add(Passage(builder, PassageId.ZeroDraftObjective(number), Citations.ZeroDraftObjective(number), current.Title, PassageKind.ObjectiveTitle, current));
                continue;
            }

            if (block.Kind == BlockKind.Heading)
            {
                Close(objectives, ref current);
                inList = block.Text == ObjectiveListHeading;
                builder.Add(block);
                continue;
            }

            if (inList || (current is not null && block.Text == ActionsLead))
            {
                continue;
            }

            if (current is not null && current.Commitment.Length == 0 && block.Kind == BlockKind.Numbered)
            {
                builder.Add(block);
                current = current with { Paragraph = block.Number!.Value, Commitment = block.Text };
                var objective = current.Number;
                builder.ReplaceLast(p => p with { Kind = PassageKind.Commitment, Objective = objective });
            }
            else if (current is not null && current.Commitment.Length > 0 && block.Kind == BlockKind.Item)
            {
                var letter = block.Marker!;
                current = current with { Actions = [.. current.Actions, new LetteredText(letter, block.Text)] };
                builder.Add(Passage(builder, PassageId.ZeroDraftAction(current.Number, letter), Citations.ZeroDraftAction(current.Number, letter), block.Text, PassageKind.Action, current) with { Letter = letter });
            }
            else
            {
                builder.Add(block);
            }
        }

        Close(objectives, ref current);
        var passages = builder.Passages;
        return new Parsed<ZeroDraft>(new ZeroDraft(Paragraphs(passages), objectives), passages);
    }

    private static void Close(List<ZeroDraftObjective> objectives, ref ZeroDraftObjective? current)
    {
        if (current is not null)
        {
            objectives.Add(current);
            current = null;
        }
    }

    private static Passage Passage(ParagraphPassageBuilder builder, string id, string label, string text, PassageKind kind, ZeroDraftObjective objective) =>
        new(id, DocumentIds.ZeroDraft, label, text, builder.Context, kind) { Objective = objective.Number };

    // The typed paragraphs are read back from the passages, so the two can never disagree.
    private static List<NumberedParagraph> Paragraphs(IReadOnlyList<Passage> passages) =>
    [
        .. passages
            .Where(p => p.Paragraph is not null && p.Letter is null)
            .Select(p => new NumberedParagraph(
                p.Paragraph!.Value,
                p.Text,
                HeadingPath.Innermost(p.Context),
                [.. passages.Where(i => i.Paragraph == p.Paragraph && i.Letter is not null).Select(i => new LetteredText(i.Letter!, i.Text))])),
    ];

    [GeneratedRegex(@"^OBJECTIVE (?<n>\d{1,2}): (?<t>\S.*)$")]
    private static partial Regex ObjectiveRegex();
}
