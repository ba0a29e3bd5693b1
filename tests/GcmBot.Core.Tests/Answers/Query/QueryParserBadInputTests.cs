using GcmBot.Core.Answers.Query;
using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Answers.Query;

/// <summary>Hostile or odd input never throws and never reaches FTS5 as syntax.</summary>
public sealed class QueryParserBadInputTests
{
    private static readonly QueryParser Parser = new(AnswersTestCorpus.Lexicon);

    public static TheoryData<string> BadInputs => new()
    {
        "\"remittances",
        "remittances\"\"\"",
        "remit*",
        "*",
        "remittances NEAR detention",
        "NEAR(remittances detention, 2)",
        "remittances AND detention",
        "remittances OR",
        "NOT detention",
        "AND OR NOT",
        "(remittances",
        "remittances))",
        "text:remittances",
        "{text context}: remittances",
        "^remittances",
        "remittances + detention - smuggling",
        "💸💸💸 money sent home 🏠",
        "🤷",
        "\u0000\u0001\u001f",
        "'; DROP TABLE passages; --",
        "",
        "   ",
        "?!?!",
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Parse_BadInput_GivesOnlyPlainWords(string question)
    {
        var parsed = Parser.Parse(question);

        Assert.All(parsed.Words, w => Assert.True(w.All(c => char.IsLetterOrDigit(c) || c == ' '), w));
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void SearchTerms_BadInput_EveryTermIsPlainWordsSoQuerySyntaxCannotApply(string question)
    {
        var fts = new SearchQuery();
        foreach (var word in Parser.Parse(question).Words)
        {
            fts.AddPhrase(word);
        }

        Assert.All(fts.Terms, t => Assert.DoesNotContain('"', t));
        Assert.All(fts.Terms, t => Assert.Matches("^[\\p{L}\\p{N} ]+$", t));
    }

    [Fact]
    public void Parse_NullQuestion_IsEmpty() =>
        Assert.True(Parser.Parse(null).IsEmpty);

    [Fact]
    public void Parse_TenKilobytes_IsCutAndParsedQuickly()
    {
        var essay = string.Concat(Enumerable.Repeat("remittances (money sent home) AND \"detention\" NEAR 13(h) 💸 ", 200));
        Assert.True(essay.Length > 10_000);

        var parsed = Parser.Parse(essay);

        Assert.Contains("remittances", parsed.Words);
        Assert.True(parsed.Words.Count <= SearchQuery.MaxTerms);
    }
}
