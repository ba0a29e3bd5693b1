using GcmBot.Core.Semantic;
using GcmBot.Core.Tests.Answers;

namespace GcmBot.Core.Tests.Semantic;

public sealed class SimilarityProfileTests
{
    [Fact]
    public void Of_APassagesOwnVector_IsClosestToItselfAndAveragesTheTenClosest()
    {
        var passages = AnswersTestCorpus.Semantic.Passages;
        var question = passages.Vectors[42];

        var profile = SimilarityProfile.Of(question, passages);

        // Oracle: every cosine computed and sorted in full; a unit vector's cosine with itself is 1.
        var sorted = passages.Vectors.Select(v => (double)question.Zip(v, (a, b) => a * b).Sum()).OrderDescending().ToList();
        Assert.Equal(1.0, profile.Best, 0.001);
        Assert.Equal(sorted.Take(SimilarityProfile.TopCount).Average(), profile.TopMean, 0.0001);
        Assert.Equal(sorted[^1], passages.Vectors.Select((_, i) => (double)profile[i]).Min(), 0.0001);
    }

    [Fact]
    public void EveryCosineAndEachObjectivesBest_AreEveryRowsDotProduct()
    {
        // The profile computes a passage's cosine only when asked or when its bound cannot rule it out; what it gives
        // must be the full sweep's floats: each row's Vectors.Dot, and the highest of a set of rows.
        var passages = AnswersTestCorpus.Semantic.Passages;
        var question = AnswersTestCorpus.Semantic.Encode("how do I get my qualifications recognised abroad")!;
        var sweep = passages.Vectors.Select(v => Vectors.Dot(question, v)).ToArray();
        var sets = Enumerable.Range(0, 40).Select(k => Enumerable.Range(0, sweep.Length).Where(i => i % 40 == k).ToArray()).ToList();

        var profile = SimilarityProfile.Of(question, passages);

        Assert.All(sets, rows => Assert.Equal(rows.Max(i => sweep[i]), profile.MaxOf(rows)));
        Assert.Equal(sweep, Enumerable.Range(0, sweep.Length).Select(i => profile[i]));
        Assert.Equal((double)sweep.Max(), profile.Best);
        Assert.Equal((double)sweep.OrderDescending().Take(SimilarityProfile.TopCount).ToArray().Average(), profile.TopMean);
        Assert.Throws<ArgumentException>(() => profile.MaxOf([]));
    }
}
