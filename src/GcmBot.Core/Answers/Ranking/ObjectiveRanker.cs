using System.Collections.Concurrent;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;

namespace GcmBot.Core.Answers.Ranking;

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

    // Matches name the lexicon's own phrases (a fixed set), so each phrase's word count is split once
    // (bounded all the same: a match can be built from any text).
    private const int MaxCachedPhrases = 10_000;
    private static readonly ConcurrentDictionary<string, int> PhraseWords = new(StringComparer.Ordinal);

    public IReadOnlyList<(int Objective, double Score)> Rank(ParsedQuery query, IReadOnlyList<SearchHit> hits)
    {
        var passageEvidence = Normalize(PassageEvidence(hits));
        var lexiconEvidence = Normalize(LexiconEvidence(query));
        var crosswalkEvidence = ReferenceEvidence(query);
        var referenced = new List<int>(query.Objectives.Count);
        foreach (var reference in query.Objectives)
        {
            if (!referenced.Contains(reference.Number))
            {
                referenced.Add(reference.Number);
            }
        }

        var ranking = new List<(int Objective, double Score)>(referenced.Count + passageEvidence.Count + lexiconEvidence.Count);
        foreach (var n in referenced)
        {
            ranking.Add((n, double.PositiveInfinity));
        }

        // Every objective with some evidence, once; those referred to by number are already first.
        var scored = new List<(int Objective, double Score)>();
        foreach (var evidence in (ReadOnlySpan<Dictionary<int, double>>)[passageEvidence, lexiconEvidence, crosswalkEvidence])
        {
            foreach (var n in evidence.Keys)
            {
                if (!referenced.Contains(n) && !Contains(scored, n)
                    && passageEvidence.GetValueOrDefault(n) + (LexiconWeight * lexiconEvidence.GetValueOrDefault(n))
                        + (CrosswalkWeight * crosswalkEvidence.GetValueOrDefault(n)) is > 0 and var score)
                {
                    scored.Add((n, score));
                }
            }
        }

        // Highest score first, then the lower number: a total order, so any sort gives this one.
        scored.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Objective.CompareTo(b.Objective));
        ranking.AddRange(scored);
        return ranking;
    }

    private static bool Contains(List<(int Objective, double Score)> scored, int objective)
    {
        foreach (var (n, _) in scored)
        {
            if (n == objective)
            {
                return true;
            }
        }

        return false;
    }

    // Each objective's three strongest passages (weighted) count, decaying: a long tail of weak
    // ones must not outvote them.
    private Dictionary<int, double> PassageEvidence(IReadOnlyList<SearchHit> hits)
    {
        // Objective n's top three at [n * Decay.Length ..]: a flat array, as a rectangular one costs
        // more to create than the rest of this method.
        var objectives = corpus.Objectives.Count + 1;
        var best = new double[objectives * Decay.Length];
        foreach (var hit in hits)
        {
            if (hit.Passage.Objective is not { } n || n >= objectives || Weight(hit.Passage, n) is not (> 0 and var weight))
            {
                continue;
            }

            // Insert into the objective's top three, kept in descending order.
            var score = hit.Score * weight;
            for (var i = n * Decay.Length; i < (n + 1) * Decay.Length; i++)
            {
                if (score > best[i])
                {
                    (score, best[i]) = (best[i], score);
                }
            }
        }

        var evidence = new Dictionary<int, double>();
        for (var n = 1; n < objectives; n++)
        {
            if (best[n * Decay.Length] > 0)
            {
                var sum = 0.0;
                for (var i = 0; i < Decay.Length; i++)
                {
                    sum += best[(n * Decay.Length) + i] * Decay[i];
                }

                evidence[n] = sum;
            }
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

    // Per objective, its distinct non-synonym matches, longer phrases counting more; summed in the
    // matches' order.
    private static Dictionary<int, double> LexiconEvidence(ParsedQuery query)
    {
        var evidence = new Dictionary<int, double>();
        for (var i = 0; i < query.Topics.Count; i++)
        {
            if (!LexiconMatches.IsSkipped(query.Topics, i))
            {
                var match = query.Topics[i];
                evidence[match.Objective] = evidence.GetValueOrDefault(match.Objective) + (1.0 + (0.25 * (WordCount(match.Phrase) - 1)));
            }
        }

        return evidence;
    }

    private static int WordCount(string phrase)
    {
        if (PhraseWords.TryGetValue(phrase, out var count))
        {
            return count;
        }

        count = Words.Split(phrase).Count;
        if (PhraseWords.Count < MaxCachedPhrases)
        {
            PhraseWords.TryAdd(phrase, count);
        }

        return count;
    }

    // A question that names a Declaration paragraph or a Kenya section points to the objectives the
    // crosswalk files it under, and to those whose lexicon terms the named text uses most.
    private Dictionary<int, double> ReferenceEvidence(ParsedQuery query)
    {
        if (query.PdParagraphs.Count == 0 && query.KenyaSections.Count == 0)
        {
            return [];
        }

        var cited = new Dictionary<int, double>();
        foreach (var n in query.PdParagraphs.SelectMany(crosswalk.ObjectivesCitingParagraph)
            .Concat(query.KenyaSections.SelectMany(crosswalk.ObjectivesCitingKenyaSection)))
        {
            cited[n] = 1;
        }

        var density = new Dictionary<int, double>();
        var counts = query.PdParagraphs.Select(n => TermCounts(PassageId.PdParagraph(n), () => [corpus.ProgressDeclaration.Paragraph(n)?.Text ?? ""]))
            .Concat(query.KenyaSections.Select(s => TermCounts(PassageId.KenyaSection(s), () =>
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
            .SelectMany(lexicon.Match)
            .Where(m => !m.IsSynonym)
            .GroupBy(m => m.Objective)
            .ToDictionary(g => g.Key, g => g.Count()));

    private static Dictionary<int, double> Normalize(Dictionary<int, double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var value in values.Values)
        {
            max = Math.Max(max, value);
        }

        if (values.Count == 0 || max <= 0)
        {
            return [];
        }

        var normalized = new Dictionary<int, double>(values.Count);
        foreach (var (key, value) in values)
        {
            normalized[key] = value / max;
        }

        return normalized;
    }
}
