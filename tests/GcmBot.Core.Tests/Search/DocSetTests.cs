using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Search;

/// <summary>DocSet.IndexOf against a plain search of the same positions (Array.IndexOf), over words' edges and past the last.</summary>
public sealed class DocSetTests
{
    [Fact]
    public void IndexOf_Empty_IsNeverFound()
    {
        var set = DocSet.Of([]);

        Assert.Equal(-1, set.IndexOf(0));
        Assert.Equal(-1, set.IndexOf(1_000));
    }

    [Fact]
    public void IndexOf_WordEdges_AreTheirPlaceInTheList()
    {
        int[] docs = [0, 1, 63, 64, 65, 127, 128, 1_233];
        var set = DocSet.Of(docs);

        for (var doc = 0; doc < 1_400; doc++)
        {
            Assert.Equal(Array.IndexOf(docs, doc), set.IndexOf(doc));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void IndexOf_RandomSets_AreTheirPlaceInTheList(int seed)
    {
        var random = new Random(seed);
        var docs = Enumerable.Range(0, 1_234).Where(_ => random.Next(4) == 0).ToArray();
        var set = DocSet.Of(docs);

        for (var doc = 0; doc < 1_300; doc++)
        {
            Assert.Equal(Array.IndexOf(docs, doc), set.IndexOf(doc));
        }
    }
}
