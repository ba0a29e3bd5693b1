using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;
using GcmBot.Core.Text;

namespace GcmBot.Core.Answers.Ranking;

/// <summary>Picks the objectives an answer shows and, for each, the actions to quote.</summary>
internal sealed class ObjectiveSection(AnswerResources resources, ParsedQuery query, AnswerLimits limits, SourceScope scope)
{
    private const int MaxReferenced = 3;

    public List<ObjectiveCandidate> Candidates(IReadOnlyList<(int Objective, double Score)> ranking, IReadOnlyList<SearchHit> hits)
    {
        if (!scope.Objectives || ranking.Count == 0)
        {
            return [];
        }

        var referenced = query.Objectives.Select(r => r.Number).Distinct().ToList();
        var numbers = referenced.Count > 0 ? referenced.Take(MaxReferenced).ToList() : Shown(ranking);
        var candidates = new List<ObjectiveCandidate>();
        foreach (var n in numbers)
        {
            if (resources.Corpus.Objective(n) is { } objective && resources.Corpus.Passage(PassageId.Objective(n)) is { } title)
            {
                candidates.Add(new ObjectiveCandidate(objective, title, Actions(n, referenced.Contains(n), hits)));
            }
        }

        return candidates;
    }

    private List<int> Shown(IReadOnlyList<(int Objective, double Score)> ranking)
    {
        var top = ranking[0].Score;
        return [.. ranking.Take(limits.Objectives).Where((r, i) => i == 0 || r.Score >= top * AnswerLimits.CompanionShare).Select(r => r.Objective)];
    }

    private List<Passage> Actions(int objective, bool referenced, IReadOnlyList<SearchHit> hits)
    {
        var all = resources.ActionsByObjective.GetValueOrDefault(objective) ?? [];
        var letters = query.Objectives.Where(r => r.Number == objective && r.Letter is not null).Select(r => r.Letter).ToList();
        if (letters.Count > 0)
        {
            return [.. all.Where(a => letters.Contains(a.Letter))];
        }

        var matched = hits
            .Where(h => h.Passage.Objective == objective && h.Passage.Kind == PassageKind.Action && resources.IsQuotedAction(h.Passage))
            .Select(h => h.Passage)
            .Take(limits.ActionsPerObjective)
            .ToList();
        return matched.Count == 0 && referenced ? [.. all] : matched;
    }
}

/// <summary>An objective chosen for an answer, before its quotes are cut.</summary>
internal sealed record ObjectiveCandidate(Objective Objective, Passage Title, IReadOnlyList<Passage> Actions)
{
    public ObjectiveAnswer ToAnswer(Func<Passage, IReadOnlyList<TextRange>> marks) =>
        new(
            Objective.Number,
            Objective.ShortName,
            Quoter.Whole(Title, marks(Title)),
            [.. Actions.Select(a => Quoter.Whole(a, marks(a)))],
            Objective.Defect);
}
