using GcmBot.Core.Tests.Answers;
using GcmBot.Core.Text;

namespace GcmBot.Core.Tests.Text;

public sealed class SentencesTests
{
    [Fact]
    public void Split_Paragraph_GivesExactSentenceRanges()
    {
        const string text = "Many countries eased regulations. However, the cost remained at 6.3 per cent during 2021.";

        var sentences = Sentences.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

        Assert.Equal(["Many countries eased regulations.", "However, the cost remained at 6.3 per cent during 2021."], sentences);
    }

    [Theory]
    [InlineData("See the report (A/76/642) e.g. Member States. Then more.", 2)]
    [InlineData("Decision Assembly/AU/Dec.695 (XXXI) of the Assembly. Next.", 2)]
    [InlineData("One sentence without a final stop", 1)]
    [InlineData("", 0)]
    public void Split_AbbreviationsAndNumbers_DoNotEndASentence(string text, int count) =>
        Assert.Equal(count, Sentences.Split(text).Count);

    [Fact]
    public void Split_EveryDeclarationParagraph_CoversItsTextWithoutGapsButSpaces()
    {
        foreach (var paragraph in AnswersTestCorpus.Corpus.ProgressDeclaration.Paragraphs)
        {
            var rebuilt = string.Join(" ", Sentences.Split(paragraph.Text).Select(s => paragraph.Text.Substring(s.Start, s.Length)));
            Assert.Equal(paragraph.Text, rebuilt);
        }
    }
}
