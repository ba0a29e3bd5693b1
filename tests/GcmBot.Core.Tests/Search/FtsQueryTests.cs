using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Search;

public sealed class FtsQueryTests
{
    [Fact]
    public void ToMatchExpression_QuotesEveryTermAndJoinsWithOr()
    {
        var query = new FtsQuery().AddWords("Remittances, detention!").AddPhrase("search and rescue");

        Assert.Equal("\"remittances\" OR \"detention\" OR \"search and rescue\"", query.ToMatchExpression());
    }

    [Theory]
    [InlineData("\"a\" OR \"b\"")]
    [InlineData("remit* NEAR(x y) AND NOT (z)")]
    [InlineData("col: value ^start")]
    public void AddWords_FtsSyntax_BecomesPlainQuotedWords(string text)
    {
        var expression = new FtsQuery().AddWords(text).ToMatchExpression();

        Assert.All(expression.Split(" OR "), t => Assert.Matches("^\"[\\p{L}\\p{N} ]+\"$", t));
    }

    [Fact]
    public void AddWords_ManyWords_KeepsAtMostMaxTerms()
    {
        var query = new FtsQuery().AddWords(string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}")));

        Assert.Equal(FtsQuery.MaxTerms, query.Terms.Count);
    }

    [Fact]
    public void AddPhrase_SamePhraseTwice_KeepsItOnceWithTheHigherWeight()
    {
        var query = new FtsQuery().AddPhrase("detention", 1).AddPhrase("Detention", 2);

        Assert.Equal(["detention"], query.Terms);
        Assert.Equal([2.0], query.Weights);
    }

    [Fact]
    public void AddWords_OnlySymbolsAndEmoji_IsEmpty()
    {
        var query = new FtsQuery().AddWords("\"*()^: 🚀🤷 -- ;");

        Assert.True(query.IsEmpty);
        Assert.Equal("", query.ToMatchExpression());
    }
}
