using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Text;

namespace GcmBot.Core.Answers.CrossReferencing;

/// <summary>
/// Builds <see cref="CrossReferences"/> from the crosswalk. Quotes are cut around the objective's
/// lexicon terms, so a long paragraph shows the sentences that concern the objective.
/// </summary>
internal sealed class CrossReferenceBuilder(AnswerResources resources)
{
    private const int ItemsPerKenyaSection = 3;

    public CrossReferences For(int objective)
    {
        var entry = resources.Crosswalk.For(objective);
        var roundTable = resources.Corpus.ProgressDeclaration.RoundTableFor(objective);
        if (entry is null)
        {
            return new CrossReferences(objective, roundTable, [], []);
        }

        var fts = SearchTerms.ForObjective(resources.Lexicon.Topic(objective));
        var paragraphs = entry.Pd
            .Select(c => (Cited: c, Passage: resources.Corpus.Passage(PassageId.PdParagraph(c.Paragraph))))
            .Where(x => x.Passage is not null)
            .ToList();

        // Kenya items that use the topic's words, best first, within each cited section.
        var kenyaHits = resources.Index.Search(fts)
            .Where(h => h.Passage.DocumentId == DocumentIds.KenyaPosition)
            .Select(h => h.Passage)
            .ToList();
        var sections = entry.Kenya
            .Select(c => (Cited: c, Section: resources.Corpus.KenyaPosition.Section(c.Section)))
            .Where(x => x.Section is not null)
            .Select(x => (x.Cited, x.Section, Items: kenyaHits.Where(p => resources.Kenya.SectionOf(p.Id) == x.Section).Take(ItemsPerKenyaSection).ToList()))
            .ToList();

        var highlights = resources.Index.Highlights(paragraphs.Select(x => x.Passage!).Concat(sections.SelectMany(s => s.Items)), fts);
        IReadOnlyList<TextRange> Marks(Passage p) => highlights.GetValueOrDefault(p.Id) ?? [];

        return new CrossReferences(
            objective,
            roundTable,
            [.. paragraphs.Select(x => new CrossReferenceQuote(Quoter.Sentences(x.Passage!, Marks(x.Passage!)) ?? Quoter.Whole(x.Passage!, []), x.Cited.Reason))],
            [.. sections.Select(s => new KenyaCrossReference(
                s.Section!.Numeral ?? s.Cited.Section,
                s.Section.Title,
                s.Cited.Reason,
                [.. s.Items.Select(p => Quoter.Whole(p, Marks(p)))]))]);
    }
}
