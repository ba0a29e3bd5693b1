using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Semantic;

namespace GcmBot.Core.Tests.Answers.Gate;

public sealed class BackgroundLeadTests
{
    [Fact]
    public void Of_EverydayQuestionLeadsAndParaphraseTrails()
    {
        // Neither question is in corpus/gate-background.json or the lexicon. Opening hours of a chemist are ordinary
        // life, near the background's shopping and health sentences; workers whose papers the boss keeps are a
        // paraphrase of the documents' labour-exploitation topic, near the lexicon's everyday wordings.
        var everyday = Lead("what time does the chemist close on Saturday");
        var paraphrase = Lead("my boss keeps my papers so I cannot leave the job");

        Assert.True(everyday > 0, $"everyday {everyday:F3}");
        Assert.True(paraphrase < 0, $"paraphrase {paraphrase:F3}");
    }

    [Fact]
    public void Of_IsTheBackgroundsNearestFiveMeanMinusTheWordingsNearestFiveMean()
    {
        var question = AnswersTestCorpus.Semantic.Encode("remittance advice for a supplier")!;
        var anchors = AnswersTestCorpus.Semantic.Anchors;
        double NearestFive(IReadOnlyList<float[]> set) => set.Select(v => (double)Vectors.Dot(question, v)).OrderDescending().Take(5).Average();

        Assert.Equal(NearestFive(anchors.Background) - NearestFive(anchors.Wordings), BackgroundLead.Of(question, anchors), 5);
    }

    private static double Lead(string question) =>
        BackgroundLead.Of(AnswersTestCorpus.Semantic.Encode(question)!, AnswersTestCorpus.Semantic.Anchors);
}
