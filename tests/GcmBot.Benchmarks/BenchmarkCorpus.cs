using System.Text.Json;
using GcmBot.Core.Answers;
using GcmBot.Core.Corpus;

namespace GcmBot.Benchmarks;

/// <summary>The repository's corpus, lexicon, crosswalk and evaluation questions.</summary>
internal static class BenchmarkCorpus
{
    public static string Directory { get; } = Find();

    public static GcmCorpus LoadCorpus() => CorpusLoader.Load(Directory);

    public static TopicLexicon LoadLexicon() => TopicLexicon.Load(Path.Combine(Directory, "topic-lexicon.json"));

    public static Crosswalk LoadCrosswalk() => Crosswalk.Load(Path.Combine(Directory, "crosswalk.json"));

    public static IReadOnlyList<string> Questions()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "evaluation-questions.json")));
        return [.. json.RootElement.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("q").GetString()!)];
    }

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
}
