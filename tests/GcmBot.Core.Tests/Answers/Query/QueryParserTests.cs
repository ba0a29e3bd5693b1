using GcmBot.Core.Answers.Query;

namespace GcmBot.Core.Tests.Answers.Query;

public sealed class QueryParserTests
{
    private static readonly QueryParser Parser = new(AnswersTestCorpus.Lexicon);

    [Theory]
    [InlineData("what does it say about remittances", "remittances")]
    [InlineData("What does the GCM say about remittances?", "remittances")]
    [InlineData("tell me about remittances!", "remittances")]
    [InlineData("Tell me more about remittances please", "remittances")]
    [InlineData("can you tell me what it says about remittances", "remittances")]
    [InlineData("hi, what about remittances…", "remittances")]
    [InlineData("where does it talk about remittances", "remittances")]
    [InlineData("is there anything on remittances?", "remittances")]
    [InlineData("I want to know about remittances.", "remittances")]
    [InlineData("how does the compact deal with remittances", "remittances")]
    [InlineData("remittances???", "remittances")]
    [InlineData("<@123456789> what does it say about remittances", "remittances")]
    [InlineData("@GcmBot remittances", "remittances")]
    [InlineData("<at>GcmBot</at> tell me about remittances", "remittances")]
    public void Parse_ConversationalFraming_IsStripped(string question, string topic)
    {
        var parsed = Parser.Parse(question);

        Assert.Equal(topic, parsed.Topic);
        Assert.Equal(["remittances"], parsed.Words);
    }

    // The topic is echoed in the reply's title; it must be what the user typed, character for character.
    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("**bold** claims about borders", "**bold** claims about borders")]
    [InlineData("what does it say about `code` and _lines_", "'code' and _lines_")]
    public void Parse_CharactersAroundWords_EchoedWhole(string question, string topic)
    {
        Assert.Equal(topic, Parser.Parse(question).Topic);
    }

    [Fact]
    public void Parse_KenyaFraming_StripsFramingAndSetsKenyaFilter()
    {
        var parsed = Parser.Parse("what did Kenya say on remittances?");

        Assert.Equal("remittances", parsed.Topic);
        Assert.Equal([Source.Kenya], parsed.Sources);
        Assert.DoesNotContain("kenya", parsed.Words);
    }

    [Fact]
    public void Parse_SearchAndRescue_KeepsSearchAsATopicWord()
    {
        var parsed = Parser.Parse("search and rescue");

        Assert.Equal("search and rescue", parsed.Topic);
        Assert.Contains(parsed.Topics, t => t.Objective == 8 && t.Phrase == "search and rescue");
    }

    [Theory]
    [InlineData("objective 13", 13, null)]
    [InlineData("Objective #13", 13, null)]
    [InlineData("obj 13h", 13, "h")]
    [InlineData("obj. 13 (h)", 13, "h")]
    [InlineData("objective 13(h)", 13, "h")]
    [InlineData("objective 13 and the others", 13, null)]
    [InlineData("tell me about objective 13 h", 13, "h")]
    [InlineData("what does 13(h) say", 13, "h")]
    [InlineData("goal 20", 20, null)]
    public void Parse_ObjectiveReference_IsRecognisedAnywhere(string question, int number, string? letter)
    {
        var parsed = Parser.Parse(question);

        Assert.Equal(new ObjectiveReference(number, letter), parsed.Objectives[0]);
    }

    [Fact]
    public void Parse_SeveralObjectives_AreAllReferenced()
    {
        var parsed = Parser.Parse("compare objectives 13 and 21");

        Assert.Equal([new ObjectiveReference(13), new ObjectiveReference(21)], parsed.Objectives);
    }

    [Theory]
    [InlineData("objective 24")]
    [InlineData("objective 0")]
    [InlineData("objective 123")]
    public void Parse_ObjectiveOutOfRange_IsNotAReference(string question) =>
        Assert.Empty(Parser.Parse(question).Objectives);

    [Theory]
    [InlineData("paragraph 67 of the progress declaration", 67)]
    [InlineData("para 67 in the PD", 67)]
    [InlineData("PD 67", 67)]
    [InlineData("pd ¶67", 67)]
    [InlineData("Progress Declaration paragraph 67", 67)]
    [InlineData("what does the Progress Declaration's paragraph 43 say", 43)]
    [InlineData("¶9", 9)]
    [InlineData("paragraph 12", 12)]
    public void Parse_PdParagraphReference_IsRecognised(string question, int paragraph) =>
        Assert.Equal([paragraph], Parser.Parse(question).PdParagraphs);

    [Theory]
    [InlineData("paragraph 12 of the zero draft")]
    [InlineData("PD 99")]
    [InlineData("what does the New York Declaration say in paragraph 8")]
    public void Parse_ParagraphOfAnotherDocumentOrOutOfRange_IsNotAPdReference(string question) =>
        Assert.Empty(Parser.Parse(question).PdParagraphs);

    [Theory]
    [InlineData("Kenya section IV", "IV")]
    [InlineData("kenya's position section iv", "IV")]
    [InlineData("Kenya §IV", "IV")]
    [InlineData("section IV of Kenya's position", "IV")]
    [InlineData("Kenya section 4", "IV")]
    [InlineData("what is in Kenya VI", "VI")]
    [InlineData("section V", "V")]
    public void Parse_KenyaSectionReference_IsRecognised(string question, string numeral)
    {
        var parsed = Parser.Parse(question.Contains("kenya", StringComparison.OrdinalIgnoreCase) ? question : question + " in the Kenya position");

        Assert.Equal([numeral], parsed.KenyaSections);
    }

    [Fact]
    public void Parse_SectionWithoutKenya_IsNotAKenyaReference() =>
        Assert.Empty(Parser.Parse("section IV").KenyaSections);

    [Theory]
    [InlineData("remittances in the Progress Declaration", Source.ProgressDeclaration)]
    [InlineData("what did the IMRF say on remittances", Source.ProgressDeclaration)]
    [InlineData("Kenya's position on remittances", Source.Kenya)]
    [InlineData("what does the zero draft say about remittances", Source.ZeroDraft)]
    [InlineData("ICMPD on remittances", Source.Icmpd)]
    [InlineData("remittances in the New York Declaration", Source.NewYorkDeclaration)]
    [InlineData("remittances in the Secretary-General's report", Source.SecretaryGeneralReport)]
    [InlineData("remittances in the delegation report", Source.DelegationReport)]
    public void Parse_DocumentName_BecomesAFilterAndIsNotSearched(string question, Source source)
    {
        var parsed = Parser.Parse(question);

        Assert.Equal([source], parsed.Sources);
        Assert.Equal(["remittances"], parsed.Words);
    }

    [Theory]
    [InlineData("money sent home", 20, "remittances")]
    [InlineData("sending money back to my family", 20, "remittances")]
    [InlineData("locking up migrants", 13, "detention")]
    [InlineData("locking children up", 13, "detention")]
    [InlineData("people drowning at sea", 8, "search and rescue")]
    [InlineData("saving lives", 8, "save lives")]
    [InlineData("passports confiscated by employers", 6, "recruitment")]
    public void Parse_EverydayParaphrase_MapsToObjectiveAndDocumentWords(string question, int objective, string means)
    {
        var parsed = Parser.Parse(question);

        Assert.Contains(parsed.Topics, t => t.Objective == objective && t.Means.Contains(means));
    }

    [Fact]
    public void Parse_ParaphraseWords_AreReplacedByTheDocumentsWords()
    {
        var parsed = Parser.Parse("locking up migrants");

        Assert.DoesNotContain("locking", parsed.Words);
        Assert.Contains("migrants", parsed.Words);
    }

    [Fact]
    public void Parse_PhraseInsideLongerPhraseOfAnotherTopic_DoesNotCount()
    {
        var parsed = Parser.Parse("integrated border management");

        Assert.All(parsed.Topics, t => Assert.Equal(11, t.Objective));
    }

    [Fact]
    public void Parse_Synonym_ExpandsSearchWithoutPointingToAnObjective()
    {
        var parsed = Parser.Parse("training police");

        Assert.Contains(parsed.Topics, t => t.IsSynonym && t.Phrase == "police" && t.Means.Contains("law enforcement"));
        Assert.DoesNotContain("police", parsed.Words);
    }

    [Fact]
    public void Parse_HyphenatedCompound_IsOneSearchPhrase()
    {
        var parsed = Parser.Parse("gender-responsive policies for 2030");

        Assert.Equal(["gender responsive", "policies", "2030"], parsed.Words);
    }

    [Fact]
    public void Parse_BritishSpelling_MatchesLexicon() =>
        Assert.Contains(Parser.Parse("recognising qualifications").Topics, t => t.Objective == 18);
}
