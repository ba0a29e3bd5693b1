using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void AddWords_FoldsEachWordIntoItsOwnTerm()
    {
        var query = new SearchQuery().AddWords("Remittances, Détention!").AddPhrase("search and rescue");

        Assert.Equal(["remittances", "detention", "search and rescue"], query.Terms);
    }

    [Theory]
    [InlineData("\"a\" OR \"b\"", new[] { "a", "or", "b" })]
    [InlineData("remit* NEAR(x y) AND NOT (z)", new[] { "remit", "near", "x", "y", "and", "not", "z" })]
    [InlineData("text: value ^start~2", new[] { "text", "value", "start", "2" })]
    public void AddWords_QuerySyntax_BecomesPlainWords(string text, string[] expected) =>
        Assert.Equal(expected, new SearchQuery().AddWords(text).Terms);

    [Fact]
    public void AddWords_ManyWords_KeepsAtMostMaxTerms()
    {
        var query = new SearchQuery().AddWords(string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}")));

        Assert.Equal(SearchQuery.MaxTerms, query.Terms.Count);
    }

    [Fact]
    public void AddPhrase_SameStemTwice_KeepsItOnceWithTheHigherWeight()
    {
        var query = new SearchQuery().AddPhrase("detention", 1).AddPhrase("Detentions", 2);

        Assert.Equal(["detention"], query.Terms);
        Assert.Equal([2.0], query.Weights);
    }

    [Fact]
    public void AddWords_OnlySymbolsAndEmoji_IsEmpty()
    {
        var query = new SearchQuery().AddWords("\"*()^: 🚀🤷 -- ;");

        Assert.True(query.IsEmpty);
    }
}
