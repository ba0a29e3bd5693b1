using System.Collections.Concurrent;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;

namespace GcmBot.Core.Answers;

/// <summary>
/// Ranks objectives for a question from two kinds of evidence: the objective's own passages that
/// matched (its title and actions, and its Zero Draft version at half weight — full weight where
/// the Zero Draft is the only text, as for objective 20), and the lexicon phrases in the question.
/// Objectives referred to by number always come first.
/// </summary>
internal sealed class ObjectiveRanker(GcmCorpus corpus, Crosswalk crosswalk, TopicLexicon lexicon)
{
    private const double ZeroDraftWeight = 0.5;
    private const double TitleWeight = 1.5;
    private const double LexiconWeight = 0.8;
    private const double CrosswalkWeight = 0.3;
    private static readonly double[] Decay = [1.0, 0.6, 0.36];
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<int, int>> _termCounts = new(StringComparer.Ordinal);

    public IReadOnlyList<(int Objective, double Score)> Rank(ParsedQuery query, IReadOnlyList<SearchHit> hits)
    {
        var passageEvidence = Normalize(PassageEvidence(hits));
        var lexiconEvidence = Normalize(LexiconEvidence(query));
        var crosswalkEvidence = ReferenceEvidence(query);
        var scores = new Dictionary<int, double>();
        foreach (var n in passageEvidence.Keys.Union(lexiconEvidence.Keys).Union(crosswalkEvidence.Keys))
        {
            scores[n] = passageEvidence.GetValueOrDefault(n)
                + (LexiconWeight * lexiconEvidence.GetValueOrDefault(n))
                + (CrosswalkWeight * crosswalkEvidence.GetValueOrDefault(n));
        }

        var referenced = query.Objectives.Select(r => r.Number).Distinct().ToList();
        return
        [
            .. referenced.Select(n => (n, double.PositiveInfinity)),
            .. scores.Where(s => !referenced.Contains(s.Key) && s.Value > 0)
                .OrderByDescending(s => s.Value)
                .ThenBy(s => s.Key)
                .Select(s => (s.Key, s.Value)),
        ];
    }

    private Dictionary<int, double> PassageEvidence(IReadOnlyList<SearchHit> hits)
    {
        var perObjective = new Dictionary<int, List<double>>();
        foreach (var hit in hits)
        {
            if (hit.Passage.Objective is not { } n || Weight(hit.Passage, n) is not (> 0 and var weight))
            {
                continue;
            }

            if (!perObjective.TryGetValue(n, out var list))
            {
                perObjective[n] = list = [];
            }

            list.Add(hit.Score * weight);
        }

        // A few strong passages count; a long tail of weak ones must not outvote them.
        var evidence = new Dictionary<int, double>(perObjective.Count);
        foreach (var (objective, scores) in perObjective)
        {
            scores.Sort((a, b) => b.CompareTo(a));
            double sum = 0;
            for (var i = 0; i < Math.Min(scores.Count, Decay.Length); i++)
            {
                sum += scores[i] * Decay[i];
            }

            evidence[objective] = sum;
        }

        return evidence;
    }

    private double Weight(Passage passage, int objective)
    {
        var title = passage.Kind == PassageKind.ObjectiveTitle ? TitleWeight : 1.0;
        return passage.DocumentId switch
        {
            DocumentIds.Objectives => title,
            DocumentIds.ZeroDraft => title * (corpus.Objective(objective)?.Defect is null ? ZeroDraftWeight : 1.0),
            _ => 0,
        };
    }

    private static Dictionary<int, double> LexiconEvidence(ParsedQuery query) =>
        query.Topics
            .Where(t => !t.IsSynonym)
            .DistinctBy(t => (t.Objective, t.Start, t.Length))
            .GroupBy(t => t.Objective)
            .ToDictionary(g => g.Key, g => g.Sum(t => 1.0 + (0.25 * (Words.Split(t.Phrase).Count - 1))));

    // A question that names a Declaration paragraph or a Kenya section points to the objectives the
    // crosswalk files it under, and to those whose lexicon terms the named text uses most.
    private Dictionary<int, double> ReferenceEvidence(ParsedQuery query)
    {
        var cited = new Dictionary<int, double>();
        foreach (var n in query.PdParagraphs.SelectMany(crosswalk.ObjectivesCitingParagraph)
            .Concat(query.KenyaSections.SelectMany(crosswalk.ObjectivesCitingKenyaSection)))
        {
            cited[n] = 1;
        }

        var density = new Dictionary<int, double>();
        var counts = query.PdParagraphs.Select(n => TermCounts($"pd/{n}", () => [corpus.ProgressDeclaration.Paragraph(n)?.Text ?? ""]))
            .Concat(query.KenyaSections.Select(s => TermCounts($"kenya/{s}", () =>
                [.. corpus.KenyaPosition.Section(s)?.Subsections.SelectMany(x => x.Items).Select(i => i.Text) ?? []])));
        foreach (var (objective, count) in counts.SelectMany(c => c))
        {
            density[objective] = density.GetValueOrDefault(objective) + count;
        }

        density = Normalize(density);
        return Normalize(cited.Keys.Union(density.Keys).ToDictionary(n => n, n => cited.GetValueOrDefault(n) + density.GetValueOrDefault(n)));
    }

    // How often each objective's lexicon terms occur in a named text; the texts are fixed, so once each.
    private IReadOnlyDictionary<int, int> TermCounts(string key, Func<IEnumerable<string>> texts) =>
        _termCounts.GetOrAdd(key, _ => texts()
            .SelectMany(t => lexicon.Match(Words.Split(t)))
            .Where(m => !m.IsSynonym)
            .GroupBy(m => m.Objective)
            .ToDictionary(g => g.Key, g => g.Count()));

    private static Dictionary<int, double> Normalize(Dictionary<int, double> values)
    {
        var max = values.Count == 0 ? 0 : values.Values.Max();
        return max <= 0 ? [] : values.ToDictionary(v => v.Key, v => v.Value / max);
    }
}
