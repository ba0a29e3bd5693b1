using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;
using GcmBot.Core.Text;

namespace GcmBot.Core.Answers.Ranking;

/// <summary>
/// Picks the Kenya position sections for an answer: sections named in the question (every item),
/// then the sections whose items score best (a few strong items, decaying), with their best items.
/// </summary>
internal sealed partial class KenyaSectionPicker(AnswerResources resources, ParsedQuery query, AnswerLimits limits, SourceScope scope)
{
    private static readonly double[] Decay = [1.0, 0.5, 0.25];

    public List<KenyaCandidate> Candidates(IReadOnlyList<SearchHit> hits)
    {
        if (!scope.Kenya)
        {
            return [];
        }

        var candidates = query.KenyaSections
            .Select(resources.Corpus.KenyaPosition.Section)
            .OfType<KenyaSection>()
            .Select(s => new KenyaCandidate(s, [.. s.Subsections.SelectMany(x => x.Items).Select(i => resources.Corpus.Passage(i.PassageId)).OfType<Passage>()]))
            .ToList();
        var named = candidates.Select(c => KenyaMap.Key(c.Section)).ToHashSet(StringComparer.Ordinal);

        var sections = new List<(KenyaSection Section, double Score, List<Passage> Items)>();
        foreach (var (section, sectionHits) in BySection(hits, named))
        {
            // Strongest hits first (a stable sort: equal scores keep the search's order).
            SortByScore(sectionHits);
            var score = 0.0;
            for (var i = 0; i < Decay.Length && i < sectionHits.Count; i++)
            {
                score += sectionHits[i].Score * Decay[i];
            }

            sections.Add((section, score, [.. sectionHits.Take(limits.ItemsPerKenyaSection).Select(h => h.Passage)]));
        }

        // Best sections first, equal scores in order of their first hit (also a stable sort).
        for (var i = 1; i < sections.Count; i++)
        {
            var section = sections[i];
            var j = i - 1;
            for (; j >= 0 && sections[j].Score < section.Score; j--)
            {
                sections[j + 1] = sections[j];
            }

            sections[j + 1] = section;
        }

        candidates.AddRange(sections.Take(Math.Max(0, limits.KenyaSections - candidates.Count)).Select(s => new KenyaCandidate(s.Section, s.Items)));
        return candidates;
    }
}

/// <summary>A Kenya section chosen for an answer, before its quotes are cut.</summary>
internal sealed record KenyaCandidate(KenyaSection Section, IReadOnlyList<Passage> Items)
{
    public KenyaSectionAnswer ToAnswer(Func<Passage, IReadOnlyList<TextRange>> marks) =>
        new(Section.Numeral, Section.Title, [.. Items.Select(p => Quote(p, marks(p)))]);

    // Bullets are short and quoted whole; a long paragraph is cut to the sentences that match.
    private static Quote Quote(Passage passage, IReadOnlyList<TextRange> highlights) =>
        passage.Kind == PassageKind.Bullet
            ? Quoter.Whole(passage, highlights)
            : Quoter.Sentences(passage, highlights) ?? Quoter.Whole(passage, highlights);
}
