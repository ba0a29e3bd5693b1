using GcmBot.Core.Answers.Query;
using GcmBot.Core.Answers.Ranking;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;
using GcmBot.Core.Text;

namespace GcmBot.Core.Answers.Composing;

/// <summary>
/// Composes one answer: searches once, ranks objectives, picks candidate passages for each
/// section, highlights them all in one batch, then cuts the quotes.
/// </summary>
internal sealed class AnswerComposer(AnswerResources resources, ParsedQuery query, AnswerLimits limits, IReadOnlyDictionary<int, float>? similarity = null)
{
    private const int RankedObjectivesKept = 10;

    // With the semantic layer, a question whose words alone say too little is still looked up when one objective's
    // closest action stands this many standard deviations above the objectives' mean (issue 16r: 2.0 by the CV rule;
    // the decline gate then judges it as any other). 1.5 declined fewer off-topic questions out of fold.
    private const double MeaningfulStandout = 2.0;

    // Enough for every section's candidates and the objectives' evidence; the rest only cost time.
    private const int HitsConsidered = 200;
    private readonly SourceScope _scope = SourceScope.For(query.Sources, limits);
    private readonly SearchQuery _fts = SearchTerms.For(query, resources.Index);

    public Answer Compose()
    {
        var hits = resources.Index.Search(_fts, HitsConsidered);
        var ranking = resources.Ranker.Rank(query, hits);
        if (similarity is not null && !query.HasReferences)
        {
            ranking = ObjectiveFusion.Fuse(ranking, similarity);
        }

        var ranked = ranking.Select(r => r.Objective).Take(RankedObjectivesKept).ToList();
        if (!IsMeaningful())
        {
            return Empty(ranked, ClosestTitles(ranked));
        }

        var objectives = new ObjectiveSection(resources, query, limits, _scope).Candidates(ranking, hits);
        var pd = new PdSection(resources, query, limits, _scope).Candidates(hits);
        var kenya = new KenyaSectionPicker(resources, query, limits, _scope).Candidates(hits);
        var secondary = SecondaryCandidates(hits, objectives);

        var highlights = resources.Index.Highlights(
            objectives.SelectMany(o => o.Actions.Prepend(o.Title)).Concat(pd).Concat(kenya.SelectMany(k => k.Items)).Concat(secondary),
            _fts);
        IReadOnlyList<TextRange> Marks(Passage p) => highlights.GetValueOrDefault(p.Id) ?? [];

        var answer = new Answer(
            query,
            ranked,
            [.. objectives.Select(o => o.ToAnswer(Marks))],
            PdSection.Quotes(pd, query, Marks, limits.PdParagraphs),
            [.. kenya.Select(k => k.ToAnswer(Marks))],
            SecondaryQuotes(secondary, Marks),
            []);
        return answer.IsNotFound ? answer with { ClosestObjectives = ClosestTitles(ranked) } : answer;
    }

    /// <summary>
    /// Nothing scores well when the question has no reference, no lexicon topic and no objective standing out in
    /// meaning (semantic layer only), and either every
    /// word the corpus knows is one that nearly every passage uses ("migrants"), or most of its words
    /// are unknown to the corpus ("moon landing": "landing" alone is not the question).
    /// </summary>
    private bool IsMeaningful()
    {
        if (query.HasReferences || query.Topics.Count > 0
            || (similarity is not null && ObjectiveFusion.Standout(similarity) >= MeaningfulStandout))
        {
            return true;
        }

        var known = query.Words.Count(w => w.Split(' ').All(x => resources.Index.DocumentFrequency(x) > 0));
        return query.Words.Any(resources.IsDistinctive) && known * 2 > query.Words.Count;
    }

    private Answer Empty(IReadOnlyList<int> ranked, IReadOnlyList<ObjectiveAnswer> closest) =>
        new(query, ranked, [], [], [], [], closest);

    private List<ObjectiveAnswer> ClosestTitles(IReadOnlyList<int> ranked) =>
        Titles(resources, Closest.Objectives(resources, query, ranked));

    /// <summary>The objectives' titles, quoted whole, to offer as the closest ones.</summary>
    public static List<ObjectiveAnswer> Titles(AnswerResources resources, IEnumerable<int> objectives) =>
        [.. objectives
            .Select(n => (Objective: resources.Corpus.Objective(n), Title: resources.Corpus.Passage(PassageId.Objective(n))))
            .Where(x => x.Objective is not null && x.Title is not null)
            .Select(x => new ObjectiveAnswer(x.Objective!.Number, x.Objective.ShortName, Quoter.Whole(x.Title!, []), [], x.Objective.Defect))];

    private List<Passage> SecondaryCandidates(IReadOnlyList<SearchHit> hits, IReadOnlyList<ObjectiveCandidate> shown)
    {
        // The shown objectives' own passages (all their quotable actions, and a Zero Draft title
        // repeating theirs) are not "other documents".
        var shownNumbers = shown.Select(o => o.Objective.Number).ToHashSet();
        bool OwnPassage(Passage p) =>
            p.Objective is { } n && shownNumbers.Contains(n) && (p.Kind == PassageKind.ObjectiveTitle || resources.IsQuotedAction(p));
        var limit = _scope.SecondaryNamed ? limits.Secondary + 2 : limits.Secondary;
        return [.. hits
            .Where(h => _scope.SecondaryDocuments.Contains(h.Passage.DocumentId) && !OwnPassage(h.Passage))
            .Select(h => h.Passage)
            .Take(limit * AnswerLimits.CandidateFactor * 2)];
    }

    private List<Quote> SecondaryQuotes(List<Passage> candidates, Func<Passage, IReadOnlyList<TextRange>> marks)
    {
        var limit = _scope.SecondaryNamed ? limits.Secondary + 2 : limits.Secondary;
        var perDocument = _scope.SecondaryNamed ? limit : 2;

        // In the candidates' order, at most perDocument quotes from each document, limit in all.
        var quotes = new List<Quote>(limit);
        var perDocumentCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var passage in candidates)
        {
            if (quotes.Count == limit)
            {
                break;
            }

            if (Quoter.Sentences(passage, marks(passage)) is not { } quote)
            {
                continue;
            }

            var count = perDocumentCount.GetValueOrDefault(passage.DocumentId);
            if (count < perDocument)
            {
                quotes.Add(quote);
            }

            perDocumentCount[passage.DocumentId] = count + 1;
        }

        return quotes;
    }
}
