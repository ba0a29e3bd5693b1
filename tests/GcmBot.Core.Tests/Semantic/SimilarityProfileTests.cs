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
}
