using GcmBot.Core.Answers;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// The evaluation's figures, as the evaluation test defines them: top-1 (first objective is an
/// accepted one), top-3 (the preferred objective is among the first three), Progress Declaration
/// recall@5, Kenya top-1. A list of hits is read in order: objectives, paragraphs and sections as first met.
/// </summary>
internal sealed class QualityScore
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

    public void Add(EvaluationQuestion question, Answer answer) => Add(
        question,
        answer.RankedObjectives,
        [.. answer.ProgressDeclaration.Select(q => q.Passage.Paragraph ?? 0)],
        [.. answer.Kenya.Where(k => k.Numeral is not null).Select(k => k.Numeral!)]);

    public void Add(EvaluationQuestion question, IReadOnlyList<Passage> hits) => Add(
        question,
        [.. hits.Where(p => p.Objective is not null).Select(p => p.Objective!.Value).Distinct()],
        [.. hits.Where(p => p.DocumentId == DocumentIds.ProgressDeclaration && p.Kind == PassageKind.Paragraph && p.Paragraph is not null)
            .Select(p => p.Paragraph!.Value).Distinct()],
        [.. hits.Where(p => p.DocumentId == DocumentIds.KenyaPosition && p.Section is not null).Select(p => p.Section!).Distinct()]);

    private void Add(EvaluationQuestion question, IReadOnlyList<int> objectives, IReadOnlyList<int> pd, IReadOnlyList<string> kenya)
    {
        if (question.Objectives.Count > 0)
        {
            _objectiveQuestions++;
            _top1 += objectives.Count > 0 && question.Objectives.Contains(objectives[0]) ? 1 : 0;
            _top3 += objectives.Take(3).Contains(question.Objectives[0]) ? 1 : 0;
        }

        if (question.Pd.Count > 0)
        {
            _pdQuestions++;
            var firstFive = pd.Take(5).ToList();
            _pdRecall += question.Pd.Count(firstFive.Contains) / (double)question.Pd.Count;
        }

        if (question.Kenya.Count > 0)
        {
            _kenyaQuestions++;
            _kenyaTop1 += kenya.Count > 0 && question.Kenya.Contains(kenya[0]) ? 1 : 0;
        }
    }

    private static double Share(int hits, int total) => total == 0 ? 1 : hits / (double)total;
}
