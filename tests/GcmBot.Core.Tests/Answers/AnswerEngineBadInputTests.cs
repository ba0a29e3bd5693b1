using GcmBot.Core.Tests.Answers.Query;

namespace GcmBot.Core.Tests.Answers;

/// <summary>Every odd input gives an answer or a clear "no match", never an exception.</summary>
public sealed class AnswerEngineBadInputTests
{
    [Theory]
    [MemberData(nameof(QueryParserBadInputTests.BadInputs), MemberType = typeof(QueryParserBadInputTests))]
    public void Ask_BadInput_NeverThrows(string question)
    {
        var answer = AnswersTestCorpus.Engine.Ask(question);

        Assert.NotNull(answer);
        Assert.All(answer.AllQuotes, q => Assert.Contains(q.Text, q.Passage.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"remittances")]
    [InlineData("remittances*")]
    [InlineData("NEAR(remittances, 3)")]
    [InlineData("remittances AND OR NOT")]
    [InlineData("(remittances))")]
    [InlineData("💸 remittances 💸")]
    public void Ask_OperatorsAroundAWord_StillAnswerTheWord(string question) =>
        Assert.Equal(20, AnswersTestCorpus.Engine.Ask(question).RankedObjectives[0]);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("AND OR NOT NEAR")]
    [InlineData("🤷")]
    public void Ask_NothingToSearch_IsNotFound(string question) =>
        Assert.True(AnswersTestCorpus.Engine.Ask(question).IsNotFound);

    [Fact]
    public void Ask_TenKilobytes_Answers()
    {
        var essay = string.Concat(Enumerable.Repeat("What does it say about remittances and money sent home? ", 200));

        var answer = AnswersTestCorpus.Engine.Ask(essay);

        Assert.Equal(20, answer.RankedObjectives[0]);
    }
}
