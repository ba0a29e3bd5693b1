using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;
using GcmBot.Core.Text;

namespace GcmBot.Core.Tests.Search;

public sealed class PassageIndexTests
{
    private static readonly Passage[] Sample =
    [
        new("gcm/13/a", "gcm-objectives", "GCM objective 13(a)",
            "Use existing relevant human rights mechanisms to improve independent monitoring of migrant detention.",
            "Objective 13", PassageKind.Action),
        new("gcm/8/a", "gcm-objectives", "GCM objective 8(a)",
            "Develop procedures and agreements on search and rescue of migrants.", "Objective 8", PassageKind.Action),
        new("pd/67", "progress-declaration", "Progress Declaration ¶67",
            "We commit to redoubling our efforts to reduce the average transaction cost of migrant remittances.",
            "Recommended actions", PassageKind.Paragraph),
        new("kenya/I/1", "kenya-position", "Kenya position §I, bullet 1",
            "Avoid the practice of detention in favour of reception centers for migrants.",
            "I. Human rights of all migrants.", PassageKind.Bullet),
    ];

    [Fact]
    public void Search_StemmedWord_FindsInflectedForms()
    {
        using var index = PassageIndex.Build(Sample);

        var hits = index.Search(new SearchQuery().AddWords("remittance rescued"));

        Assert.Equal(["gcm/8/a", "pd/67"], hits.Select(h => h.Passage.Id).Order());
        Assert.All(hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public void PassagesWith_Word_GivesThePositionsOfThePassagesThatUseIt()
    {
        using var index = PassageIndex.Build(Sample);

        // Read from Sample: "detention" is written by 13(a) and the Kenya bullet (positions 0 and 3),
        // "rescued" is stemmed like "rescue" in 8(a) (position 1); no passage uses "smartphone".
        Assert.Equal([0, 3], index.PassagesWith("detention"));
        Assert.Equal([1], index.PassagesWith("rescued"));
        Assert.Empty(index.PassagesWith("smartphone"));
    }

    [Fact]
    public void Search_SamePhrasesAgain_KeptMatchesGiveTheSameHits()
    {
        using var index = PassageIndex.Build(Sample);
        var query = new SearchQuery().AddWords("remittance rescued detention");

        var first = index.Search(query);
        var again = index.Search(new SearchQuery().AddWords("remittance rescued detention"));

        // The second search reads each phrase's kept matches; scores and order must not change.
        Assert.Equal(first.Select(h => (h.Passage.Id, h.Score, h.Coverage)), again.Select(h => (h.Passage.Id, h.Score, h.Coverage)));
        // "detention" stands in two sample passages (the GCM 13(a) action and the Kenya bullet), as written above.
        Assert.Equal(2, index.DocumentFrequency("detention"));
    }

    [Fact]
    public void Search_Phrase_MatchesOnlyWordsInOrder()
    {
        using var index = PassageIndex.Build(Sample);

        var hits = index.Search(new SearchQuery().AddPhrase("search and rescue"));

        Assert.Equal("gcm/8/a", Assert.Single(hits).Passage.Id);
    }

    [Fact]
    public void Search_ContextColumn_FindsPassageByHeadingWithLowerScoreThanText()
    {
        using var index = PassageIndex.Build(Sample);

        var hits = index.Search(new SearchQuery().AddWords("human rights"));

        Assert.Equal("gcm/13/a", hits[0].Passage.Id);
        Assert.Contains(hits, h => h.Passage.Id == "kenya/I/1");
    }

    [Fact]
    public void Search_Keywords_AreSearchedButNeverPartOfText()
    {
        using var index = PassageIndex.Build(Sample, p => p.Id == "pd/67" ? "money sent home" : "");

        var hits = index.Search(new SearchQuery().AddPhrase("money sent home"));

        Assert.Equal("pd/67", Assert.Single(hits).Passage.Id);
        Assert.DoesNotContain("money", hits[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_EmptyQuery_ReturnsNothing()
    {
        using var index = PassageIndex.Build(Sample);

        Assert.Empty(index.Search(new SearchQuery().AddWords("\"* () 🚀")));
    }

    [Fact]
    public void Highlights_MarkStemMatchesAsRangesOverExactText()
    {
        using var index = PassageIndex.Build(Sample);
        var passage = Sample[0];

        var ranges = index.Highlights([passage], new SearchQuery().AddWords("detention monitored"))[passage.Id];

        Assert.Equal(["monitoring", "detention"], ranges.Select(r => passage.Text.Substring(r.Start, r.Length)));
    }

    [Fact]
    public void Highlights_PassageWithoutMatch_HasNoRanges()
    {
        using var index = PassageIndex.Build(Sample);

        var ranges = index.Highlights([Sample[1]], new SearchQuery().AddWords("remittances"));

        Assert.Equal(Array.Empty<TextRange>(), ranges[Sample[1].Id]);
    }

    [Fact]
    public void Highlights_TermMatchedOnlyInContextOrKeywords_MarksNothingAndKeepsTextMatches()
    {
        // 8(a) matches "objective" through its context ("Objective 8") and "remittances" through its keywords;
        // only "rescue" is in its text, so only it is marked, twice in a row (the second time from the kept runs).
        using var index = PassageIndex.Build(Sample, p => p.Id == "gcm/8/a" ? "remittances" : "");
        var passage = Sample[1];
        var query = new SearchQuery().AddWords("objective remittances rescue");

        var first = index.Highlights([passage], query)[passage.Id];
        var second = index.Highlights([passage], query)[passage.Id];

        Assert.Contains(1, index.PassagesWith("objective"));
        Assert.Contains(1, index.PassagesWith("remittances"));
        Assert.Equal(["rescue"], first.Select(r => passage.Text.Substring(r.Start, r.Length)));
        Assert.Equal(first, second);
    }
}
