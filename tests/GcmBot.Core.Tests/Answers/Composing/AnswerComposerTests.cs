using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Composing;

namespace GcmBot.Core.Tests.Answers.Composing;

public sealed class AnswerComposerTests
{
    // Most of these words are unknown to the corpus ("DNA", "desert"), so the words alone are not looked up.
    private const string FewKnownWords = "DNA records to name the dead in the desert";

    private static readonly AnswerResources Resources =
        new(AnswersTestCorpus.Corpus, AnswersTestCorpus.Index, AnswersTestCorpus.Lexicon, AnswersTestCorpus.Crosswalk);

    [Fact]
    public void Compose_FewKnownWords_WithoutTheSemanticLayer_IsNotFound() =>
        Assert.True(Compose(similarity: null).IsNotFound);

    [Fact]
    public void Compose_FewKnownWords_OneObjectiveStandingOutInMeaning_IsLookedUp()
    {
        // Objective 8 (saving lives, missing migrants) at 0.5 among 22 others at 0.2: 4.7 standard deviations above the mean.
        var similarity = Enumerable.Range(1, 23).ToDictionary(n => n, n => n == 8 ? 0.5f : 0.2f);

        var answer = Compose(similarity);

        Assert.False(answer.IsNotFound);
        Assert.NotEmpty(answer.AllQuotes);
    }

    [Fact]
    public void Compose_FewKnownWords_NoObjectiveStandingOutEnough_IsNotFound()
    {
        // The closest objective 1.73 standard deviations above the mean: under the 2.0 that makes the question meaningful.
        var similarity = new Dictionary<int, float> { [1] = 0.2f, [8] = 0.3f, [3] = 0.2f, [4] = 0.2f };

        Assert.True(Compose(similarity).IsNotFound);
    }

    private static Answer Compose(IReadOnlyDictionary<int, float>? similarity) =>
        new AnswerComposer(Resources, AnswersTestCorpus.Engine.Parser.Parse(FewKnownWords), AnswerLimits.Ask, similarity).Compose();
}
