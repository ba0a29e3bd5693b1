using GcmBot.Core.Search;
using GcmBot.Core.Tests.Answers;

namespace GcmBot.Core.Tests.Search;

/// <summary>Many parallel questions against one index give exactly the answers they give alone.</summary>
public sealed class IndexConcurrencyTests
{
    private static readonly string[] Questions =
    [
        "remittances", "locking up migrants", "search and rescue", "objective 13", "Kenya section IV",
        "trafficking in persons", "PD 67", "skills recognition", "racism and xenophobia", "forced returns",
    ];

    [Fact]
    public async Task Ask_ManyParallelQuestions_SameAnswersAsSequential()
    {
        var engine = AnswersTestCorpus.Engine;
        var expected = Questions.ToDictionary(q => q, q => Fingerprint(engine.Ask(q)));

        var work = Enumerable.Range(0, 400).Select(i => Questions[i % Questions.Length]).ToList();
        var results = await Task.WhenAll(work.Select(q => Task.Run(() => (Question: q, Fingerprint: Fingerprint(engine.Ask(q))))));

        Assert.All(results, r => Assert.Equal(expected[r.Question], r.Fingerprint));
    }

    [Fact]
    public void Search_ParallelForEach_OneSearcherGivesEveryThreadTheSameHits()
    {
        var index = AnswersTestCorpus.Index;
        var query = new SearchQuery().AddWords("detention alternatives children");
        var expected = string.Join(",", index.Search(query).Select(h => h.Passage.Id));

        var failures = 0;
        Parallel.For(0, 500, new ParallelOptions { MaxDegreeOfParallelism = 16 }, _ =>
        {
            if (string.Join(",", index.Search(query).Select(h => h.Passage.Id)) != expected)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }

    private static string Fingerprint(GcmBot.Core.Answers.Answer answer) =>
        string.Join("|", answer.RankedObjectives) + "#" +
        string.Join("|", answer.AllQuotes.Select(q => $"{q.Passage.Id}:{q.Offset}:{q.Text.Length}:{string.Join(";", q.Highlights)}"));
}
