using GcmBot.Core.Answers;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// The evaluation's figures. Top-1: the first ranked objective is one the question accepts. Top-3:
/// the question's first (preferred) objective is among the first three. PD recall@5: the share of
/// the expected paragraphs among the first five returned. Kenya top-1: the first section returned
/// is an expected one. Questions with nothing expected for a figure do not count towards it.
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
    public string Add(EvaluationQuestion question, Answer answer)
    {
        var misses = new List<string>();
        var ranked = answer.RankedObjectives;
        if (question.Objectives.Count > 0)
        {
            _objectiveQuestions++;
            if (ranked.Count > 0 && question.Objectives.Contains(ranked[0])) { _top1++; } else { misses.Add("top-1"); }
            if (ranked.Take(3).Contains(question.Objectives[0])) { _top3++; } else { misses.Add("top-3"); }
        }

        var pd = answer.ProgressDeclaration.Take(5).Select(q => q.Passage.Paragraph ?? 0).ToList();
        if (question.Pd.Count > 0)
        {
            _pdQuestions++;
            var recall = question.Pd.Count(pd.Contains) / (double)question.Pd.Count;
            _pdRecall += recall;
            if (recall < 1) { misses.Add($"pd recall {recall:0.00}"); }
        }

        var kenya = answer.Kenya.Where(k => k.Numeral is not null).Select(k => k.Numeral!).ToList();
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

    public string Summary() =>
        $"top-1 objective {Top1:P1} ({_top1}/{_objectiveQuestions}); top-3 {Top3:P1} ({_top3}/{_objectiveQuestions}); " +
        $"Progress Declaration recall@5 {PdRecall:P1} ({_pdQuestions} questions); Kenya top-1 {KenyaTop1:P1} ({_kenyaTop1}/{_kenyaQuestions})";

    private static double Share(int hits, int total) => total == 0 ? 1 : hits / (double)total;
}
