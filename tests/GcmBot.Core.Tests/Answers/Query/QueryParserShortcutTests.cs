using GcmBot.Core.Answers.Query;

namespace GcmBot.Core.Tests.Answers.Query;

/// <summary>
/// The parser skips a pattern when the text cannot hold what it looks for (no digit, none of a
/// document's name words, no "&lt;" or "@", no run of whitespace). These questions are the edges
/// of those shortcuts: each must still be read as the patterns read it.
/// </summary>
public sealed class QueryParserShortcutTests
{
    private static readonly QueryParser Parser = new(AnswersTestCorpus.Lexicon);

    [Theory]
    [InlineData("what does the PROGRESS DECLARATION say on remittances", Source.ProgressDeclaration)]
    [InlineData("what does the ICMPD input say on remittances", Source.Icmpd)]
    [InlineData("remittances in A/72/643", Source.SecretaryGeneralReport)]
    [InlineData("remittances in the Zero-Draft", Source.ZeroDraft)]
    [InlineData("what did the IPU hearing say on remittances", Source.DelegationReport)]
    [InlineData("remittances in the New York Declaration", Source.NewYorkDeclaration)]
    public void Parse_DocumentNameInAnyCase_IsStillADocument(string question, Source source)
    {
        Assert.Contains(source, Parser.Parse(question).Sources);
    }

    [Fact]
    public void Parse_NameInTextOutsideAscii_IsStillFound()
    {
        // The en dash makes the text non-ASCII: the name pattern runs as it always did.
        var parsed = Parser.Parse("remittances \u2013 what did Kenya say");

        Assert.Equal([Source.Kenya], parsed.Sources);
    }

    [Fact]
    public void Parse_KenyaSectionInCapitals_IsASection()
    {
        Assert.Equal(["IV"], Parser.Parse("KENYA SECTION IV").KenyaSections);
        Assert.Equal(["II"], Parser.Parse("what is in Part II of the Kenyan position").KenyaSections);
    }

    [Fact]
    public void Parse_NoDigit_NoReference_AndDigitsStillReferences()
    {
        Assert.False(Parser.Parse("objective thirteen on detention").HasReferences);
        Assert.Equal([new ObjectiveReference(13)], Parser.Parse("objective 13").Objectives);
        Assert.Equal([67], Parser.Parse("PD 67").PdParagraphs);
        Assert.Equal([new ObjectiveReference(13, "h")], Parser.Parse("13(h)").Objectives);
    }

    [Theory]
    [InlineData("remittances\tand detention")]
    [InlineData("remittances  and detention")]
    [InlineData("remittances\u00a0and detention")]
    [InlineData(" remittances and detention ")]
    public void Parse_WhitespaceOtherThanLoneSpaces_IsOneSpace(string question)
    {
        // \s+ becomes one space, then the ends are trimmed: the same topic as with single spaces.
        Assert.Equal("remittances and detention", Parser.Parse(question).Topic);
    }

    [Fact]
    public void Parse_MentionsStillRemoved_AndWithoutAngleOrAtNothingIs()
    {
        // Only "<@…>", "<at>…</at>" and a leading "@name" are mentions.
        Assert.Equal(["remittances", "home"], Parser.Parse("<at>GcmBot</at> remittances at home").Words);
        Assert.Equal(["remittances", "home"], Parser.Parse("remittances at home").Words);
    }
}
