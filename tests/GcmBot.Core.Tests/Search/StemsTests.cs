using GcmBot.Core.Search.Analysis;

namespace GcmBot.Core.Tests.Search;

public sealed class StemsTests
{
    // Expected stems are the examples in Porter's 1980 paper ("An algorithm for suffix stripping"),
    // steps 1a to 5b, not this code's output.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("adjustment", "adjust")]
    [InlineData("adoption", "adopt")]
    [InlineData("controll", "control")]
    public void Of_PorterPaperExamples_GiveThePapersStems(string word, string stem) =>
        Assert.Equal(stem, Stems.Of(word));

    [Theory]
    [InlineData("detained", "detains")]
    [InlineData("remittance", "remittances")]
    [InlineData("locking", "locked")]
    public void Of_InflectedForms_ShareAStem(string one, string other) =>
        Assert.Equal(Stems.Of(one), Stems.Of(other));

    [Theory]
    [InlineData("2030")]
    [InlineData("is")]
    public void Of_NumbersAndShortWords_AreKept(string word) =>
        Assert.Equal(word, Stems.Of(word));
}
