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
internal sealed class KenyaSectionPicker(AnswerResources resources, ParsedQuery query, AnswerLimits limits, SourceScope scope)
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

        var bySection = hits
            .Where(h => h.Passage.DocumentId == DocumentIds.KenyaPosition)
            .Select(h => (Hit: h, Section: resources.Kenya.SectionOf(h.Passage.Id)))
            .Where(x => x.Section is not null && !named.Contains(KenyaMap.Key(x.Section)))
            .GroupBy(x => KenyaMap.Key(x.Section!))
            .Select(g => (
                Section: g.First().Section!,
                Score: g.Select(x => x.Hit.Score).OrderDescending().Take(Decay.Length).Select((s, i) => s * Decay[i]).Sum(),
                Items: g.OrderByDescending(x => x.Hit.Score).Select(x => x.Hit.Passage).Take(limits.ItemsPerKenyaSection).ToList()))
            .OrderByDescending(s => s.Score)
            .Take(Math.Max(0, limits.KenyaSections - candidates.Count));
        candidates.AddRange(bySection.Select(s => new KenyaCandidate(s.Section, s.Items)));
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
