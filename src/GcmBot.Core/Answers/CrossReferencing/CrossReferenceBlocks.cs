using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Replies;

namespace GcmBot.Core.Answers.CrossReferencing;

/// <summary>
/// An objective's cross-references as reply blocks, for the objective command's reply: the
/// Progress Declaration paragraphs, then the Kenya position sections, each quote cited.
/// </summary>
public sealed class CrossReferenceBlocks(AnswerEngine engine) : IObjectiveCrossReferences
{
    public IReadOnlyList<ReplyBlock> For(int objective) => Render(engine.For(objective));

    public static IReadOnlyList<ReplyBlock> Render(CrossReferences references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var blocks = new List<ReplyBlock>();
        if (references.ProgressDeclaration.Count > 0)
        {
            blocks.Add(new HeadingBlock(AnswerBlocks.ProgressDeclarationHeading));
            blocks.AddRange(references.ProgressDeclaration.Select(r => AnswerBlocks.Quote(r.Quote)));
        }

        var kenya = references.Kenya.Where(k => k.Items.Count > 0).ToList();
        if (kenya.Count > 0)
        {
            blocks.Add(new HeadingBlock(AnswerBlocks.KenyaHeading));
            foreach (var section in kenya)
            {
                blocks.Add(new HeadingBlock($"§{section.Numeral} — {section.Title}"));
                blocks.AddRange(section.Items.Select(AnswerBlocks.Quote));
            }
        }

        return blocks;
    }
}
