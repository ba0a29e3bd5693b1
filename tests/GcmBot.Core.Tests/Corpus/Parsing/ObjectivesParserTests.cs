using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Corpus.Parsing;

namespace GcmBot.Core.Tests.Corpus.Parsing;

public sealed class ObjectivesParserTests
{
    private static readonly IReadOnlyList<Objective> Read = ObjectivesParser.Parse(TestCorpus.Files.Lines(DocumentIds.Objectives));

    // Letters counted by reading corpus/gcm-objectives-final.md (objective 20 as the file has it: a copy of 2).
    [Theory]
    [InlineData(1, "abcdefghijk")]
    [InlineData(2, "abcdefghijkl")]
    [InlineData(3, "abcde")]
    [InlineData(4, "abcdefg")]
    [InlineData(5, "abcdefghij")]
    [InlineData(6, "abcdefghijkl")]
    [InlineData(7, "abcdefghijkl")]
    [InlineData(8, "abcdef")]
    [InlineData(9, "abcdef")]
    [InlineData(10, "abcdefghij")]
    [InlineData(11, "abcdefg")]
    [InlineData(12, "abcde")]
    [InlineData(13, "abcdefgh")]
    [InlineData(14, "abcdef")]
    [InlineData(15, "abcdef")]
    [InlineData(16, "abcdefghi")]
    [InlineData(17, "abcdefg")]
    [InlineData(18, "abcdefghijkl")]
    [InlineData(19, "abcdefghij")]
    [InlineData(20, "abcdefghijkl")]
    [InlineData(21, "abcdefghi")]
    [InlineData(22, "abc")]
    [InlineData(23, "abcde")]
    public void Parse_EachObjective_HasTheLettersOfTheFile(int number, string letters) =>
        Assert.Equal(letters.Select(c => c.ToString()), Read[number - 1].Actions.Select(a => a.Letter));

    [Fact]
    public void Parse_Objective13_TitleAndActionHAreExact()
    {
        var o13 = Read[12];
        Assert.Equal("Use Migration Detention Only As A Measure Of Last Resort And Work Towards Alternatives", o13.Title);
        Assert.Equal(
            "Establish Mechanisms For The Portability Of Social Security Entitlements And Earned Benefits",
            Read[21].Title);
        Assert.Equal(
            "Protect and respect the rights and best interests of the child at all times, regardless of their migration status, by ensuring availability and accessibility of a viable range of alternatives to detention in non-custodial contexts, favouring community-based care arrangements, that ensure access to education and healthcare, and respect their right to family life and family unity, and by working to end the practice of child detention in the context of international migration.",
            o13.Actions[7].Text);
    }

    [Fact]
    public void Parse_Objective1ActionB_KeepsTheMissingSpacesAsWritten() =>
        Assert.Equal(
            "Improve international comparability and compatibility of migration statistics and national data systems,including by further developing and applying the statistical definition of an international migrant, elaborating a set of standards to measure migrant stocks and flows, and documenting migration patterns and trends, characteristics of migrants,as well as drivers and impacts of migration.",
            Read[0].Actions[1].Text);

    [Fact]
    public void Parse_Objective3ActionA_IsExact() =>
        Assert.Equal(
            "Launch and publicize a centralized and publicly accessible national website to make information available on regular migration options, such as on country-specific immigration laws and policies, visa requirements, application formalities, fees and conversion criteria, employment permit requirements, professional qualification requirements, credential assessment and equivalences, training and study opportunities, and living costs and conditions, in order to inform the decisions of migrants.",
            Read[2].Actions[0].Text);

    [Fact]
    public void Parse_TheFileAsWritten_HasObjective20CopyingObjective2()
    {
        Assert.Equal(Read[1].Title, Read[19].Title);
        Assert.Equal(Read[1].Actions, Read[19].Actions);
    }
}
