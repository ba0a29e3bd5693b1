using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Search;

/// <summary>
/// Equal scores come out in corpus order, however the search sorts: the evaluation questions may
/// have no ties, so these passages are made to tie (the same text, context and kind score the same).
/// </summary>
public sealed class SearchTiesTests
{
    // Ids out of alphabetical order, so corpus order is not id order.
    private static readonly Passage[] Sample =
    [
        Same("kenya/I/9"),
        new("gcm/8/a", "gcm-objectives", "GCM objective 8(a)", "Develop procedures on search and rescue of migrants.", "Objective 8", PassageKind.Action),
        Same("kenya/I/2"),
        Same("kenya/I/7"),
        new("pd/67", "progress-declaration", "Progress Declaration ¶67", "Reduce the cost of remittances.", "Recommended actions", PassageKind.Paragraph),
        Same("kenya/I/1"),
    ];

    [Fact]
    public void Search_EqualScores_ComeInCorpusOrder()
    {
        using var index = PassageIndex.Build(Sample);

        var hits = index.Search(new SearchQuery().AddWords("detention"));

        // The four passages that say "detention" are written alike above, so their scores are equal.
        Assert.Equal(["kenya/I/9", "kenya/I/2", "kenya/I/7", "kenya/I/1"], hits.Select(h => h.Passage.Id));
        Assert.Single(hits.Select(h => h.Score).Distinct());
    }

    [Fact]
    public void Search_LimitAmongEqualScores_KeepsTheFirstInCorpusOrder()
    {
        using var index = PassageIndex.Build(Sample);

        var hits = index.Search(new SearchQuery().AddWords("detention"), 2);

        Assert.Equal(["kenya/I/9", "kenya/I/2"], hits.Select(h => h.Passage.Id));
    }

    [Fact]
    public void Search_HigherScore_ComesBeforeEarlierPassages()
    {
        using var index = PassageIndex.Build(Sample);

        // "remittances" is only in pd/67, which also has no "detention": with both words, the four
        // alike passages cover half of the query and pd/67 the other half, so the rarer word's
        // passage (one in six against four in six) ranks first although it stands later in the corpus.
        var hits = index.Search(new SearchQuery().AddWords("detention remittances"));

        Assert.Equal(["pd/67", "kenya/I/9", "kenya/I/2", "kenya/I/7", "kenya/I/1"], hits.Select(h => h.Passage.Id));
    }

    private static Passage Same(string id) =>
        new(id, "kenya-position", "Kenya position", "Avoid the practice of detention.", "I. Human rights.", PassageKind.Bullet);
}
