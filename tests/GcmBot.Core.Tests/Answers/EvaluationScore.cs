using GcmBot.Core.Answers;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// The evaluation's figures. Top-1: the first ranked objective is one the question accepts. Top-3:
/// the question's first (preferred) objective is among the first three. PD recall@5: the share of
/// the expected paragraphs among the first five returned. Kenya top-1: the first section returned
/// is an expected one. Questions with nothing expected for a figure do not count towards it.
/// The benchmark compiles this file too (linked), so its quality rows are these figures by definition.
/// </summary>
internal sealed class EvaluationScore
{
    private int _objectiveQuestions;
    private int _top1;
    private int _top3;
    private int _pdQuestions;
    private double _pdRecall;
    private int _kenyaQuestions;
    private int _kenyaTop1;

    public double Top1 => Share(_top1, _objectiveQuestions);

    public double Top3 => Share(_top3, _objectiveQuestions);

    public double PdRecall => _pdQuestions == 0 ? 1 : _pdRecall / _pdQuestions;

    public double KenyaTop1 => Share(_kenyaTop1, _kenyaQuestions);

    /// <summary>Scores one answer; returns a line describing what it missed, or "".</summary>
    public string Add(EvaluationQuestion question, Answer answer) => Add(
        question,
        answer.RankedObjectives,
        [.. answer.ProgressDeclaration.Take(5).Select(q => q.Passage.Paragraph ?? 0)],
        [.. answer.Kenya.Where(k => k.Numeral is not null).Select(k => k.Numeral!)]);

    /// <summary>
    /// Scores a ranked list of passages (a search without the answer engine), read in order: objectives,
    /// Progress Declaration paragraphs and Kenya sections as first met. Returns the miss line, or "".
    /// </summary>
    public string Add(EvaluationQuestion question, IReadOnlyList<Passage> hits) => Add(
        question,
        [.. hits.Where(p => p.Objective is not null).Select(p => p.Objective!.Value).Distinct()],
        [.. hits.Where(p => p.DocumentId == DocumentIds.ProgressDeclaration && p.Kind == PassageKind.Paragraph && p.Paragraph is not null)
            .Select(p => p.Paragraph!.Value).Distinct().Take(5)],
        [.. hits.Where(p => p.DocumentId == DocumentIds.KenyaPosition && p.Section is not null).Select(p => p.Section!).Distinct()]);

    public string Summary() =>
        $"top-1 objective {Top1:P1} ({_top1}/{_objectiveQuestions}); top-3 {Top3:P1} ({_top3}/{_objectiveQuestions}); " +
        $"Progress Declaration recall@5 {PdRecall:P1} ({_pdQuestions} questions); Kenya top-1 {KenyaTop1:P1} ({_kenyaTop1}/{_kenyaQuestions})";

    /// <param name="pd">The first five Progress Declaration paragraphs returned, in order.</param>
    private string Add(EvaluationQuestion question, IReadOnlyList<int> ranked, IReadOnlyList<int> pd, IReadOnlyList<string> kenya)
    {
        var misses = new List<string>();
        if (question.Objectives.Count > 0)
        {
            _objectiveQuestions++;
            if (ranked.Count > 0 && question.Objectives.Contains(ranked[0])) { _top1++; } else { misses.Add("top-1"); }
            if (ranked.Take(3).Contains(question.Objectives[0])) { _top3++; } else { misses.Add("top-3"); }
        }

        if (question.Pd.Count > 0)
        {
            _pdQuestions++;
            var recall = question.Pd.Count(pd.Contains) / (double)question.Pd.Count;
            _pdRecall += recall;
            if (recall < 1) { misses.Add($"pd recall {recall:0.00}"); }
        }

        if (question.Kenya.Count > 0)
        {
            _kenyaQuestions++;
            if (kenya.Count > 0 && question.Kenya.Contains(kenya[0])) { _kenyaTop1++; } else { misses.Add("kenya"); }
        }

        return misses.Count == 0
            ? ""
            : $"MISS [{string.Join(", ", misses)}] \"{question.Question}\": objectives [{string.Join(",", ranked.Take(3))}] expected [{string.Join(",", question.Objectives)}]; " +
              $"pd [{string.Join(",", pd)}] expected [{string.Join(",", question.Pd)}]; kenya [{string.Join(",", kenya)}] expected [{string.Join(",", question.Kenya)}]";
    }

    private static double Share(int hits, int total) => total == 0 ? 1 : hits / (double)total;
}
