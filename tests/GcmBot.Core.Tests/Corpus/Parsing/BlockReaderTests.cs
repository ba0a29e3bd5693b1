using GcmBot.Core.Corpus.Parsing;

namespace GcmBot.Core.Tests.Corpus.Parsing;

public sealed class BlockReaderTests
{
    [Fact]
    public void Read_LowercaseTextAfterABlankLine_ContinuesTheParagraphWithOneSpace()
    {
        var blocks = BlockReader.Read(["12. We must generate greater", "", "predictability for all."]);
        var block = Assert.Single(blocks);
        Assert.Equal((BlockKind.Numbered, 12, "We must generate greater predictability for all."), (block.Kind, block.Number, block.Text));
    }

    [Fact]
    public void Read_FootnoteBetweenTwoHalves_IsTakenOutAndTheHalvesJoined()
    {
        var blocks = BlockReader.Read(["4. In adopting the Agenda¹ we recognized growth", "", "¹ Resolution 70/1.", "", "and development."]);
        Assert.Equal(2, blocks.Count);
        Assert.Equal("In adopting the Agenda¹ we recognized growth and development.", blocks[0].Text);
        Assert.Equal((BlockKind.Footnote, 1, "Resolution 70/1."), (blocks[1].Kind, blocks[1].Number, blocks[1].Text));
    }

    [Fact]
    public void Read_CapitalisedTextAfterAParagraphStoppingMidSentence_ContinuesIt()
    {
        var stopped = "66. We reaffirm that international refugee law provides the legal framework. We will ensure, in this context, protection for all who need it. We take note of regional refugee instruments, such as the Organization of African";
        var blocks = BlockReader.Read([stopped, "", "¹² Footnote.", "", "Unity Convention governing refugee problems in Africa."]);
        Assert.EndsWith("Organization of African Unity Convention governing refugee problems in Africa.", blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CapitalisedTextAfterAHeadingOrAFinishedSentence_StartsANewBlock()
    {
        var blocks = BlockReader.Read(["2. Means of implementation", "", "In terms of both means, ICMPD holds a position.", "", "Another paragraph."]);
        Assert.Equal([BlockKind.Numbered, BlockKind.Prose, BlockKind.Prose], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Read_LineRightBelowAnother_IsNeverAContinuation()
    {
        var blocks = BlockReader.Read(["- viii) Help establish local hate crime units; and", "Ensure existing obligations are upheld."]);
        Assert.Equal([BlockKind.Item, BlockKind.Prose], blocks.Select(b => b.Kind));
        Assert.Equal("viii", blocks[0].Marker);
    }

    [Fact]
    public void Read_ShortLineWithoutFullStop_IsAHeadingAndNothingJoinsIt()
    {
        var blocks = BlockReader.Read(["20. We note the need to prevent and reduce such displacement", "", "Commitments", "", "21. We have endorsed today a set of commitments."]);
        Assert.Equal([BlockKind.Numbered, BlockKind.Heading, BlockKind.Numbered], blocks.Select(b => b.Kind));
        Assert.Equal("We note the need to prevent and reduce such displacement", blocks[0].Text);
    }

    [Fact]
    public void Read_IgnoredAndLetterlessLines_AreGapsNotText()
    {
        var blocks = BlockReader.Read(
            ["4. We recognized growth", "16-16163 (E)", ".....", "Please recycle", "and development."],
            new HashSet<string>(StringComparer.Ordinal) { "16-16163 (E)", "Please recycle" });
        Assert.Equal("We recognized growth and development.", Assert.Single(blocks).Text);
    }

    [Theory]
    [InlineData("- a) Develop a roadmap", nameof(BlockKind.Item), "a", "Develop a roadmap")]
    [InlineData("(iv) Focus on cohesion;", nameof(BlockKind.Item), "iv", "Focus on cohesion;")]
    [InlineData(" - (n) Addressing crises;", nameof(BlockKind.Item), "n", "Addressing crises;")]
    [InlineData("- ❖ Respect international norms", nameof(BlockKind.Bullet), null, "❖ Respect international norms")]
    [InlineData(" - early action to address conflict;", nameof(BlockKind.SubBullet), null, "early action to address conflict;")]
    [InlineData("IV. Contributions of migrants and diaspora.", nameof(BlockKind.Heading), null, "IV. Contributions of migrants and diaspora.")]
    public void Read_LineMarkers_AreRecognisedAndLeftOutOfTheText(string line, string kind, string? marker, string text)
    {
        var block = Assert.Single(BlockReader.Read([line]));
        Assert.Equal((kind, marker, text), (block.Kind.ToString(), block.Marker, block.Text));
        Assert.Equal(line.Trim(), block.FullText);
    }

    [Fact]
    public void Read_BulletMarkedNumberWithoutFullStop_IsANumberedParagraph()
    {
        var block = Assert.Single(BlockReader.Read(["- 14 With the New York Declaration we adopted commitments."]));
        Assert.Equal((BlockKind.Numbered, 14, "With the New York Declaration we adopted commitments."), (block.Kind, block.Number, block.Text));
    }
}
