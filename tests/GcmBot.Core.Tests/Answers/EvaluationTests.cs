using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit.Abstractions;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// Runs evaluation-questions.json (written by reading the documents) through the engine, prints
/// the figures and every miss, and fails below the targets.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private const double Top1Target = 0.90;
    private const double Top3Target = 0.98;
    private const double PdRecallTarget = 0.80;
    private const double KenyaTop1Target = 0.85;

    [Fact]
    public void EvaluationSet_IsLargeEnoughAndHasParaphrases()
    {
        var questions = Load();

        Assert.True(questions.Count >= 60, $"{questions.Count} questions");
        Assert.True(questions.Count(q => q.Paraphrase) >= 20, $"{questions.Count(q => q.Paraphrase)} paraphrases");
        Assert.Equal(questions.Count, questions.Select(q => q.Question).Distinct().Count());
    }

    [Fact]
    public void Engine_EvaluationSet_MeetsTheTargets()
    {
        var score = new EvaluationScore();
        foreach (var question in Load())
        {
            var miss = score.Add(question, AnswersTestCorpus.Engine.Ask(question.Question));
            if (miss.Length > 0)
            {
                output.WriteLine(miss);
            }
        }

        output.WriteLine(score.Summary());
        Assert.True(score.Top1 >= Top1Target, $"top-1 objective accuracy {score.Top1:P1} < {Top1Target:P0}");
        Assert.True(score.Top3 >= Top3Target, $"top-3 objective accuracy {score.Top3:P1} < {Top3Target:P0}");
        Assert.True(score.PdRecall >= PdRecallTarget, $"Progress Declaration recall@5 {score.PdRecall:P1} < {PdRecallTarget:P0}");
        Assert.True(score.KenyaTop1 >= KenyaTop1Target, $"Kenya top-1 {score.KenyaTop1:P1} < {KenyaTop1Target:P0}");
    }

    internal static IReadOnlyList<EvaluationQuestion> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Answers", "evaluation-questions.json");
        return JsonSerializer.Deserialize<EvaluationFile>(File.ReadAllText(path))!.Questions;
    }

    private sealed record EvaluationFile([property: JsonPropertyName("questions")] IReadOnlyList<EvaluationQuestion> Questions);
}
