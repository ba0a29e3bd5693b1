using System.Text.Json;
using System.Text.Json.Serialization;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Tests.Answers;

namespace GcmBot.Benchmarks;

/// <summary>The repository's corpus, lexicon, crosswalk and evaluation questions.</summary>
internal static class BenchmarkCorpus
{
    public static string Directory { get; } = Find();

    /// <summary>The repository's top level (the folder holding corpus/).</summary>
    public static string Root => System.IO.Directory.GetParent(Directory)!.FullName;

    public static GcmCorpus LoadCorpus() => CorpusLoader.Load(Directory);

    public static TopicLexicon LoadLexicon() => TopicLexicon.Load(CorpusDirectory.Open(Directory));

    public static Crosswalk LoadCrosswalk() => Crosswalk.Load(CorpusDirectory.Open(Directory));

    public static IReadOnlyList<string> Questions() => [.. Evaluation().Select(q => q.Question)];

    /// <summary>tests/GcmBot.Core.Tests/Answers/evaluation-questions.json: each question with the answers a reader expects.</summary>
    public static IReadOnlyList<EvaluationQuestion> Evaluation() =>
        JsonSerializer.Deserialize<EvaluationFile>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "evaluation-questions.json")))!.Questions;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("corpus/manifest.json not found above " + AppContext.BaseDirectory);
    }

    private sealed record EvaluationFile([property: JsonPropertyName("questions")] IReadOnlyList<EvaluationQuestion> Questions);
}
