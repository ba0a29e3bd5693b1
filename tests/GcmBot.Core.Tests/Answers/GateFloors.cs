namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// A gate set's sanity floors: the share of off-topic questions declined, the ceiling on the share of on-topic
/// questions wrongly declined, and the share of paraphrases whose first objective is one of theirs. Each set's test
/// class keeps its own figures, with the reason they stand where they do.
/// </summary>
internal sealed record GateFloors(double OffTopicDeclined, double WronglyDeclinedCeiling, double ParaphraseTop1)
{
    public void AssertHeldBy(GateScore score)
    {
        Assert.True(score.DeclinedShare >= OffTopicDeclined, $"off-topic declined {score.DeclinedShare:P1}");
        Assert.True(score.WrongShare <= WronglyDeclinedCeiling, $"on-topic wrongly declined {score.WrongShare:P1}");
        Assert.True(score.Top1Share >= ParaphraseTop1, $"paraphrase top-1 {score.Top1Share:P1}");
    }
}
